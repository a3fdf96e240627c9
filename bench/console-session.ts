import { type Browser, type BrowserContext, type Page, chromium } from '@playwright/test';

import { CHROMIUM_ARGS } from '../e2e/support/chromium';
import { CHROME_BIN, CONSOLE_URL, VIEWPORT } from './bench-env';
import { installProbe } from './page-probe';

/** Asha, the executive every browser scenario signs in as. */
export const ASHA = { email: 'asha@oneway.local', password: 'asha123' };

/** Launches Debian's Chromium the way the e2e tests do. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROME_BIN,
    args: [...CHROMIUM_ARGS],
  });
}

/** A fresh browser profile with the probe installed in every page it opens. */
export async function newBenchContext(
  browser: Browser,
  options: { serviceWorkers?: 'allow' | 'block' } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'en-IN', ...options });
  // tsx may wrap named functions in a `__name` helper the page does not have: give it one.
  await context.addInitScript({
    content: `var __name = (fn) => fn;\n(${installProbe.toString()})();`,
  });
  return context;
}

/** A new page (a new tab: signed out) of `context`, on the login page (of the build at `origin`). */
export async function openLoginIn(context: BrowserContext, origin = CONSOLE_URL): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/login`);
  await page.getByLabel('Work email').waitFor();
  return page;
}

/** A fresh browser profile with the probe installed, on the login page. */
export async function openLoginPage(
  browser: Browser,
  origin = CONSOLE_URL,
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newBenchContext(browser);
  return { context, page: await openLoginIn(context, origin) };
}

/** The selector of the chat list's rows. */
export const CHAT_ROWS = '[role="listbox"][aria-label="Chats"] [role="option"]';

/**
 * Starts watching, in the page, for a usable chat list: a row painted that a click at its centre
 * would reach. Resolves (in the page) to the time it was painted.
 */
export async function armListWatch(page: Page): Promise<void> {
  await page.evaluate((selector) => {
    const bench = (window as unknown as { __bench: BenchProbe }).__bench;
    bench.listReady = bench.whenPainted(() => {
      const row = document.querySelector(selector);
      if (!row) {
        return false;
      }
      const box = row.getBoundingClientRect();
      if (box.height === 0) {
        return false;
      }
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit !== null && row.contains(hit);
    }, 60_000);
  }, CHAT_ROWS);
}

/** Fills in and sends the sign-in form; returns the page time of the click. */
export async function submitLogin(page: Page): Promise<number> {
  await page.getByLabel('Work email').fill(ASHA.email);
  await page.getByLabel('Password', { exact: true }).fill(ASHA.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  return page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.lastClick);
}

/** Signs in and waits for the chat list; returns the page time its first rows were painted. */
export async function signInToList(page: Page): Promise<number> {
  await armListWatch(page);
  await submitLogin(page);
  return page.evaluate(() => (window as unknown as { __bench: BenchProbe }).__bench.listReady!);
}

/** The in-page probe, as the harness sees it (see `page-probe.ts`). */
export interface BenchProbe {
  longTasks: { start: number; duration: number }[];
  arrivals: Record<string, number>;
  painted: Record<string, number>;
  lastClick: number;
  listReady?: Promise<number>;
  afterPaint(): Promise<number>;
  whenPainted(test: () => boolean, timeoutMs: number): Promise<number>;
}

/** Reads the probe's state (a copy). */
export function readProbe(
  page: Page,
): Promise<Pick<BenchProbe, 'longTasks' | 'arrivals' | 'painted' | 'lastClick'>> {
  return page.evaluate(() => {
    const bench = (window as unknown as { __bench: BenchProbe }).__bench;
    return {
      longTasks: bench.longTasks,
      arrivals: bench.arrivals,
      painted: bench.painted,
      lastClick: bench.lastClick,
    };
  });
}

/**
 * Clicks the list row of `chatId` and returns the milliseconds from the click to the first frame
 * painted with `text` in the message log.
 */
export async function clickToPaint(page: Page, chatId: string, text: string): Promise<number> {
  await page.evaluate((wanted) => {
    const bench = (window as unknown as { __bench: BenchProbe & { opened?: Promise<number> } })
      .__bench;
    bench.opened = bench.whenPainted(() => {
      const log = document.querySelector('[role="log"][aria-label="Messages"]');
      return (
        !!log &&
        [...log.querySelectorAll('app-message-bubble')].some((b) => b.textContent?.includes(wanted))
      );
    }, 30_000);
  }, text);
  const row = page.locator(`[data-chat-id="${chatId}"]`);
  // A busy list can re-render the row under the pointer; then a click from inside the page does.
  await row.click({ timeout: 10_000 }).catch(() => row.evaluate((el: HTMLElement) => el.click()));
  return page.evaluate(async () => {
    const bench = (window as unknown as { __bench: BenchProbe & { opened?: Promise<number> } })
      .__bench;
    const paintedAt = await bench.opened!;
    return paintedAt - bench.lastClick;
  });
}
