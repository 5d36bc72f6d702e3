import type { Page } from 'playwright-core';

/** Signs in on the H5 login page with a demo account and waits for the home page. */
export async function signIn(page: Page, url: string, account: string): Promise<void> {
  await page.goto(`${url}/#/pages/login/index`);
  await page.locator(`.login__account--${account}`).click();
  await page.locator('.home__greeting').waitFor();
}

/** Opens a route directly and waits until `ready` shows. */
export async function go(page: Page, url: string, route: string, ready: string): Promise<void> {
  await page.goto(`${url}/#/${route}`);
  await page.locator(ready).first().waitFor();
}
