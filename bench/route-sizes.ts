import type { Browser, Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { CONSOLE_URL, VIEWPORT } from './bench-env';
import { type Size, sizeOf } from './bundle-size';
import { CHAT_ROWS, openLoginPage, signInToList } from './console-session';

export interface RouteSizes {
  /** JS, CSS and HTML the browser loads to show the sign-in form. */
  login: { size: Size; files: string[] };
  /** ... to show the chat list, loading `/chats` afresh while signed in. */
  chats: { size: Size; files: string[] };
  /** ... to show the baseline app and open its dialog. */
  baseline: { size: Size; files: string[] };
}

/** Records the build files (JS, CSS, HTML) a page requests while `action` runs. */
async function recordFiles(
  page: Page,
  origin: string,
  action: () => Promise<void>,
): Promise<string[]> {
  const files = new Set<string>();
  const listener = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.origin !== origin) {
      return;
    }
    const path = url.pathname.replace(/^\//, '');
    if (path === '' || /\.(js|css)$/.test(path) || !path.includes('.')) {
      files.add(path.includes('.') ? path : 'index.html');
    }
  };
  page.on('request', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  return [...files].sort();
}

/**
 * What Chromium actually loads: the sign-in page, the chat list (reloaded while signed in, so
 * with every lazy chunk it needs), and the baseline app, each measured from the build's files.
 */
export async function measureRouteSizes(
  browser: Browser,
  consoleDist: string,
  baselineDist: string,
): Promise<RouteSizes> {
  const origin = new URL(CONSOLE_URL).origin;
  // The login page, from a cold profile.
  const fresh = await browser.newContext({ viewport: VIEWPORT });
  const loginPage = await fresh.newPage();
  const loginFiles = await recordFiles(loginPage, origin, async () => {
    await loginPage.goto(`${CONSOLE_URL}/login`);
    await loginPage.getByLabel('Work email').waitFor();
  });
  await fresh.close();

  const signedIn = await openLoginPage(browser);
  await signInToList(signedIn.page);
  const chatsFiles = await recordFiles(signedIn.page, origin, async () => {
    await signedIn.page.reload();
    await signedIn.page.locator(CHAT_ROWS).first().waitFor();
    // What the route fetches once the browser is idle (the conversation's code, the customer
    // panel) belongs to it too: give the idle callbacks their time so every run counts them.
    await signedIn.page.waitForTimeout(3_000);
  });
  await signedIn.context.close();

  // The baseline, served from its build folder by the browser itself.
  const baselineContext = await browser.newContext({ viewport: VIEWPORT });
  const baselineOrigin = 'http://baseline.localhost';
  await baselineContext.route(`${baselineOrigin}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname.replace(/^\//, '') || 'index.html';
    const file = join(baselineDist, path);
    await route.fulfill(
      existsSync(file) ? { path: file } : { path: join(baselineDist, 'index.html') },
    );
  });
  const baselinePage = await baselineContext.newPage();
  const baselineFiles = await recordFiles(baselinePage, baselineOrigin, async () => {
    await baselinePage.goto(`${baselineOrigin}/`);
    await baselinePage.getByRole('button', { name: 'Open dialog' }).click();
    await baselinePage.getByRole('dialog').waitFor();
  });
  await baselineContext.close();

  return {
    login: { size: sizeOf(consoleDist, loginFiles), files: loginFiles },
    chats: { size: sizeOf(consoleDist, chatsFiles), files: chatsFiles },
    baseline: { size: sizeOf(baselineDist, baselineFiles), files: baselineFiles },
  };
}
