import type { Browser, BrowserContext, Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

import { CONSOLE_URL, VIEWPORT } from './bench-env';
import { type Size, sizeOf } from './bundle-size';
import { CHAT_ROWS, newBenchContext, openLoginPage, signInToList } from './console-session';

/** The files a route loaded, and of them those needed before it was usable. */
export interface RouteFiles {
  size: Size;
  files: string[];
  /** Requested before the page was usable (the form shown, the list's rows); the rest came after. */
  beforeUsable?: { size: Size; files: string[] };
}

export interface RouteSizes {
  /** JS, CSS and HTML the browser loads to show the sign-in form. */
  login: RouteFiles;
  /** ... to show the chat list, loading `/chats` afresh while signed in. */
  chats: RouteFiles;
  /** ... to show the baseline app and open its dialog. */
  baseline: { size: Size; files: string[] };
}

/** The path of a build file inside the build folder, or null for anything else. */
function buildPath(url: URL): string | null {
  const path = url.pathname.replace(/^\//, '');
  if (path === '' || /\.(js|css)$/.test(path) || !path.includes('.')) {
    return path.includes('.') ? path : 'index.html';
  }
  return null;
}

/**
 * Arms, in every page of `context` from its first moment, a watch for the first frame painted
 * with an element matching `selector` (the probe's `whenPainted`), kept as `__bench.usable`.
 */
async function watchUsable(context: BrowserContext, selector: string): Promise<void> {
  await context.addInitScript({
    content: `window.__bench.usable = window.__bench.whenPainted(() => {
      const el = document.querySelector(${JSON.stringify(selector)});
      return !!el && el.getBoundingClientRect().height > 0;
    }, 60000);`,
  });
}

/**
 * Records the build files (JS, CSS, HTML) a page requests while `action` runs and until the
 * network is idle; with a usable watch armed ({@link watchUsable}), also those it requested
 * before it was usable (from the page's resource timing, on the page's own clock).
 */
async function recordFiles(
  page: Page,
  origin: string,
  action: () => Promise<void>,
): Promise<{ files: string[]; before: string[] }> {
  const files = new Set<string>();
  const listener = (request: { url(): string }) => {
    const url = new URL(request.url());
    const path = url.origin === origin ? buildPath(url) : null;
    if (path) {
      files.add(path);
    }
  };
  page.on('request', listener);
  await action();
  await page.waitForLoadState('networkidle');
  page.off('request', listener);
  const timing = await page.evaluate(async () => {
    const bench = (window as unknown as { __bench?: { usable?: Promise<number> } }).__bench;
    const usable = bench?.usable ? await bench.usable : Infinity;
    return {
      usable,
      starts: performance
        .getEntriesByType('resource')
        .map((entry) => ({ url: entry.name, at: entry.startTime })),
    };
  });
  const before = new Set(files.has('index.html') ? ['index.html'] : []);
  for (const { url, at } of timing.starts) {
    const parsed = new URL(url);
    const path = parsed.origin === origin ? buildPath(parsed) : null;
    if (path && at <= timing.usable) {
      before.add(path);
    }
  }
  return { files: [...files].sort(), before: [...before].sort() };
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
  const fresh = await newBenchContext(browser);
  await watchUsable(fresh, 'input[type="email"]');
  const loginPage = await fresh.newPage();
  const loginFiles = await recordFiles(loginPage, origin, async () => {
    await loginPage.goto(`${CONSOLE_URL}/login`);
    await loginPage.getByLabel('Work email').waitFor();
  });
  await fresh.close();

  const signedIn = await openLoginPage(browser);
  await signInToList(signedIn.page);
  await watchUsable(signedIn.context, CHAT_ROWS);
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

  const route = ({ files, before }: { files: string[]; before: string[] }): RouteFiles => ({
    size: sizeOf(consoleDist, files),
    files,
    beforeUsable: { size: sizeOf(consoleDist, before), files: before },
  });
  return {
    login: route(loginFiles),
    chats: route(chatsFiles),
    baseline: { size: sizeOf(baselineDist, baselineFiles.files), files: baselineFiles.files },
  };
}
