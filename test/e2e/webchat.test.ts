// Web Chat in headless Chromium against the local Direct Line: chat, reload, resume.
import fs from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { E2E_WELCOME, startTestServer, type E2eServer } from './startTestServer';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let server: E2eServer;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Message bubbles with this text (Web Chat also renders hidden screen-reader twins, not counted here). */
const bubbles = (page: Page, text: string) => page.locator('.webchat__bubble__content', { hasText: text });

test('chat, reload, and the conversation resumes with its history', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  const directLineCalls: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/v3/directline/') && !url.pathname.endsWith('/activities')) {
      directLineCalls.push(`${req.method()} ${url.pathname}`);
    }
  });

  await page.goto(`${server.url}/`);
  await bubbles(page, E2E_WELCOME).first().waitFor();
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill('Do you have a two-person tent?');
  await box.press('Enter');
  await bubbles(page, 'You said: Do you have a two-person tent?').first().waitFor();

  const saved = await page.evaluate(() =>
    JSON.parse(sessionStorage.getItem('shopkeeper.conversation') ?? 'null'),
  );
  expect(saved).toEqual({ conversationId: expect.any(String), token: expect.any(String) });
  const userId = await page.evaluate(() => localStorage.getItem('shopkeeper.userId'));
  expect(directLineCalls).toEqual(['POST /v3/directline/conversations']);

  directLineCalls.length = 0;
  await page.reload();
  await bubbles(page, 'You said: Do you have a two-person tent?').first().waitFor();
  await expect(bubbles(page, E2E_WELCOME).count()).resolves.toBe(1);
  // The page checks the saved conversation, then Web Chat reconnects to it: no new conversation.
  expect(directLineCalls).toEqual([
    `GET /v3/directline/conversations/${saved.conversationId}`,
    `GET /v3/directline/conversations/${saved.conversationId}`,
  ]);
  await expect(page.evaluate(() => localStorage.getItem('shopkeeper.userId'))).resolves.toBe(userId);

  await box.fill('Still there?');
  await box.press('Enter');
  await bubbles(page, 'You said: Still there?').first().waitFor();
  fs.mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/webchat.png' });
  expect(problems).toEqual([]);
});
