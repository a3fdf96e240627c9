import { type BrowserContext, type Page, type Response, expect, test } from '@playwright/test';
import { cpSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { Child, waitFor } from './support/child-process';
import { chatList, signInToChats } from './support/console';
import { PRIYA } from './support/demo-users';
import { CONSOLE_PORT, STACK_PORT_BASE } from './support/e2e-env';

/*
 * The service worker (public/sw.js) keeps the console's shell and code in the browser. The console
 * here is a copy of the build on a server of its own, so the spec can deploy a "new build" into it
 * and restart it with another config.json.
 */
const CONSOLE = `http://localhost:${CONSOLE_PORT + 2}`;
const dist = mkdtempSync(join(tmpdir(), 'console-sw-'));
let socketAuthPayload = false;
const consoleServer = new Child(['scripts/serve-console.ts'], () => ({
  CONSOLE_PORT: String(CONSOLE_PORT + 2),
  STACK_PORT_BASE: String(STACK_PORT_BASE),
  CONSOLE_DIST: dist,
  CONSOLE_SOCKET_AUTH_PAYLOAD: socketAuthPayload ? '1' : '0',
}));
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  const built = resolve(process.env['CONSOLE_DIST'] ?? 'dist/customer-care-chat-v2/browser');
  cpSync(built, dist, { recursive: true });
  consoleServer.start();
  await waitFor(`${CONSOLE}/config.json`);
});

test.afterAll(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await consoleServer.stop('SIGTERM');
  rmSync(dist, { recursive: true, force: true });
});

/** The main script of the build in `dist` (its name changes with every build). */
function mainScript(): string {
  return readdirSync(dist).find((name) => /^main-[A-Z0-9]{8}\.js$/.test(name))!;
}

/** Waits until the page is controlled by the console's worker. */
async function controlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });
}

/** Every response the page gets for `path` while it is open. */
function responsesOf(page: Page, path: string): Response[] {
  const seen: Response[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === path) {
      seen.push(response);
    }
  });
  return seen;
}

test('a returning executive gets the code from the worker and config.json fresh from the server', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: CONSOLE });
  contexts.push(context);
  const first = await context.newPage();
  await signInToChats(first, PRIYA);
  await controlled(first);
  await first.close();

  // A second visit, after the server was restarted with another config.json.
  await consoleServer.stop('SIGTERM');
  socketAuthPayload = true;
  consoleServer.start();
  await waitFor(`${CONSOLE}/config.json`);
  const page = await context.newPage();
  const main = responsesOf(page, `/${mainScript()}`);
  const configs = responsesOf(page, '/config.json');
  await signInToChats(page, PRIYA);

  expect(main.length, 'the main script was requested').toBeGreaterThan(0);
  expect(main.every((response) => response.fromServiceWorker())).toBe(true);
  expect(configs.length, 'config.json was requested').toBeGreaterThan(0);
  for (const response of configs) {
    expect(response.fromServiceWorker(), 'config.json never comes from the worker').toBe(false);
    expect(((await response.json()) as { socketAuthPayload: boolean }).socketAuthPayload).toBe(
      true,
    );
  }
  const cachedConfigs = await page.evaluate(async () => {
    const found: string[] = [];
    for (const name of await caches.keys()) {
      const keys = await (await caches.open(name)).keys();
      found.push(...keys.map((key) => key.url).filter((url) => url.includes('config.json')));
    }
    return found;
  });
  expect(cachedConfigs, 'config.json is in no cache').toEqual([]);
});

test('a new build is offered with "A new version is ready" and Reload moves to it', async ({
  browser,
}) => {
  const context = await browser.newContext({ baseURL: CONSOLE });
  contexts.push(context);
  const page = await context.newPage();
  await signInToChats(page, PRIYA);
  await controlled(page);
  await expect(page.getByText('A new version is ready')).toHaveCount(0);

  // Deploy a new build: the same code under a new main script name, as a rebuild would give.
  const before = mainScript();
  const next = 'main-E2ENEWBD.js';
  renameSync(join(dist, before), join(dist, next));
  const index = join(dist, 'index.html');
  writeFileSync(index, readFileSync(index, 'utf8').replace(before, next));

  // The console checks for a new build when the executive comes back to its tab.
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  const prompt = page.getByRole('status').filter({ hasText: 'A new version is ready' });
  await expect(prompt).toBeVisible({ timeout: 30_000 });
  // The old build keeps working while the prompt waits.
  await expect(chatList(page).getByRole('option').first()).toBeVisible();
  await page.screenshot({ path: 'docs/screenshots/update-prompt.png' });

  await prompt.getByRole('button', { name: 'Reload' }).click();
  await expect(page.locator(`script[src="${next}"]`)).toHaveCount(1, { timeout: 30_000 });
  // Still signed in, in the new build, and the prompt is gone.
  await expect(chatList(page).getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('A new version is ready')).toHaveCount(0);
});
