import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Where screenshots of the main pages are kept as test artifacts. */
export const SCREENSHOT_DIR = resolve(__dirname, '..', '..', '..', 'test-results', 'screenshots');

/** Flags that keep Chromium from reaching out to Google's services from a closed machine. */
const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
];

export interface PhoneBrowser {
  context: BrowserContext;
  page: Page;
  /** Saves a PNG of the page as it is now under SCREENSHOT_DIR. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

/** Headless Chromium sized like a phone, with a fresh profile. */
export async function openPhone(): Promise<PhoneBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'dealer-hub-chromium-'));
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: QUIET_FLAGS,
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
  });
  const page = context.pages()[0] ?? (await context.newPage());

  return {
    context,
    page,
    shot: async (name) => {
      // Taro H5 slides pages in; capture the settled page, not the transition.
      await page.evaluate(async () => {
        const finite = document
          .getAnimations()
          .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
        await Promise.all(finite.map((a) => a.finished.catch(() => undefined)));
      });
      await page.screenshot({ path: join(SCREENSHOT_DIR, `${name}.png`) });
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
