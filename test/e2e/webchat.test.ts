// The real Shopkeeper in Web Chat in headless Chromium: welcome, a product
// search answered with cards, Details, reload and resume — with replies pushed
// over the Direct Line WebSocket stream, never polled.
import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { bubbles, launchChromium } from '../helpers/browser';
import { startTestServer } from '../helpers/testServer';

const WELCOME = 'I can find products for you';

let server: Awaited<ReturnType<typeof startTestServer>>;
let browser: Browser;

beforeAll(async () => {
  server = await startTestServer();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Adaptive cards whose text contains `text`. */
const cards = (page: Page, text: string) => page.locator('.ac-adaptiveCard', { hasText: text });

test('search shows product cards, Details works, and a reload resumes the conversation', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const problems: string[] = [];
  page.on('pageerror', (err) => problems.push(err.message));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
  const directLineCalls: string[] = [];
  const polls: string[] = [];
  page.on('request', (req) => {
    const url = new URL(req.url());
    if (url.pathname.startsWith('/v3/directline/') && !url.pathname.endsWith('/activities')) {
      directLineCalls.push(`${req.method()} ${url.pathname}`);
    }
    if (req.method() === 'GET' && url.pathname.endsWith('/activities')) polls.push(url.pathname);
  });
  const streams: string[] = [];
  page.on('websocket', (ws) => streams.push(new URL(ws.url()).pathname));

  await page.goto(`${server.base}/`);
  await bubbles(page, WELCOME).first().waitFor();
  const box = page.locator('[data-id="webchat-sendbox-input"]');
  await box.fill('ridgline jaket');
  await box.press('Enter');
  await cards(page, 'Ridgeline Shell Jacket').first().waitFor();
  await expect(cards(page, 'Ridgeline Shell Jacket').first().textContent()).resolves.toMatch(/\$\d+\.\d\d/);

  await cards(page, 'Ridgeline Shell Jacket')
    .first()
    .locator('button.ac-pushButton', { hasText: 'Details' })
    .click();
  await cards(page, 'Sizes').first().waitFor();
  await expect(cards(page, 'Sizes').first().textContent()).resolves.toContain('Ridgeline Shell Jacket');

  const saved = await page.evaluate(() =>
    JSON.parse(sessionStorage.getItem('shopkeeper.conversation') ?? 'null'),
  );
  expect(saved).toEqual({ conversationId: expect.any(String), token: expect.any(String) });
  const userId = await page.evaluate(() => localStorage.getItem('shopkeeper.userId'));
  expect(directLineCalls).toEqual(['POST /v3/directline/conversations']);
  expect(streams).toEqual([`/v3/directline/conversations/${saved.conversationId}/stream`]);

  directLineCalls.length = 0;
  await page.reload();
  await cards(page, 'Sizes').first().waitFor();
  await expect(cards(page, 'Ridgeline Shell Jacket').count()).resolves.toBeGreaterThanOrEqual(2);
  await expect(bubbles(page, WELCOME).count()).resolves.toBe(1);
  // The page checks the saved conversation, then Web Chat reconnects to it: no new conversation.
  expect(directLineCalls).toEqual([
    `GET /v3/directline/conversations/${saved.conversationId}`,
    `GET /v3/directline/conversations/${saved.conversationId}`,
  ]);
  await expect(page.evaluate(() => localStorage.getItem('shopkeeper.userId'))).resolves.toBe(userId);

  await box.fill('show me tents');
  await box.press('Enter');
  await cards(page, 'Tents').first().waitFor();
  fs.mkdirSync('test-results', { recursive: true });
  await page.screenshot({ path: 'test-results/webchat.png' });
  expect(problems).toEqual([]);
  expect(polls).toEqual([]);
});
