// Headless Debian Chromium for the browser tests (installed by .ci/run), and Web Chat locators.
import { chromium, type Browser, type Page } from 'playwright-core';

/** Flags for a quiet, sandbox-free headless Chromium in CI containers. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches /usr/bin/chromium headless. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** Message bubbles with this text (Web Chat also renders hidden screen-reader twins, not counted here). */
export const bubbles = (page: Page, text: string) =>
  page.locator('.webchat__bubble__content', { hasText: text });
