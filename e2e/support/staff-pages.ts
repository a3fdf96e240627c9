import { type Browser, type BrowserContext, type Page, test } from '@playwright/test';

import { signIn, signInToChats } from './console';
import type { DemoLogin } from './demo-users';

/**
 * Staff members each in a browser context of their own, as on their own computers. Call in a spec
 * file's top level: every context is closed after each test, even when a step fails, since an
 * open console keeps its executive online and round-robin would hand the next tests' chats to them.
 */
export function staffPages(options: { supervisorOnChats?: boolean } = {}) {
  const contexts: BrowserContext[] = [];
  test.afterEach(async () => {
    await Promise.all(contexts.splice(0).map((context) => context.close()));
  });
  /** A signed-in staff member: an executive on the chat list, a supervisor on the dashboard. */
  return async function staffPage(browser: Browser, user: DemoLogin): Promise<Page> {
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    if (user.role === 'supervisor') {
      await signIn(page, user);
      if (options.supervisorOnChats) {
        await page.goto('/chats');
      }
    } else {
      await signInToChats(page, user);
    }
    return page;
  };
}
