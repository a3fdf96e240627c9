import { type Page, expect, test } from '@playwright/test';

import {
  chatActions,
  chatList,
  conversationTitle,
  messageLog,
  openChatBySearch,
  showScope,
  signInToChats,
} from './support/console';
import { ASHA } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

/** Whether the window itself scrolls, rather than one of the console's columns. */
async function pageScrolls(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    window.scrollTo(0, 10_000);
    const scrolled = window.scrollY > 0;
    window.scrollTo(0, 0);
    const root = document.scrollingElement ?? document.documentElement;
    return scrolled || root.scrollHeight > window.innerHeight;
  });
}

/** Whether the column holds an element that scrolls vertically. */
async function columnScrolls(page: Page, column: string): Promise<boolean> {
  return page.locator(column).evaluate((host) =>
    [host, ...host.querySelectorAll('*')].some((element) => {
      const overflow = getComputedStyle(element).overflowY;
      return (
        (overflow === 'auto' || overflow === 'scroll') &&
        element.scrollHeight > element.clientHeight + 1
      );
    }),
  );
}

test('the console is a fixed frame: the columns scroll, toasts keep off the conversation and the customer panel', async ({
  page,
}) => {
  test.setTimeout(180_000);
  // The 1440 x 900 window of the config: the width at which names were cut short.
  await signInToChats(page, ASHA);
  await showScope(page, 'All');

  await test.step('the page never scrolls; the chat list does', async () => {
    await expect(chatList(page).getByRole('option').nth(8)).toBeAttached();
    expect(await pageScrolls(page)).toBe(false);
    expect(await columnScrolls(page, 'app-chat-list')).toBe(true);
  });

  // 24 characters: the length a name must show in full beside the actions.
  const customer = { ...newCustomer('Sri'), name: 'Sri Venkateswara Travels' };
  await injectInbound({ ...customer, text: 'Please confirm my airport drop for tomorrow.' });
  await openChatBySearch(page, customer.name);

  await test.step('with a conversation and the customer panel open, still only the columns scroll', async () => {
    await expect(page.locator('app-customer-panel')).toContainText(customer.number);
    expect(await pageScrolls(page)).toBe(false);
  });

  await test.step('the confirmation toast sits over the chat list, clear of the other columns', async () => {
    await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
    const toast = page
      .locator('#toast-container .ngx-toastr')
      .filter({ hasText: 'Chat resolved.' });
    await expect(toast).toBeVisible();
    // Read at once: a success toast leaves after a few seconds.
    const box = await toast.evaluate((element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, right: rect.right };
    });
    const list = await page
      .locator('app-chat-list')
      .evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    expect(box.left).toBeGreaterThanOrEqual(list.left);
    expect(box.right).toBeLessThanOrEqual(list.right);
  });

  await test.step('a resolved chat shows its whole name, with the full name as title', async () => {
    await page
      .getByRole('dialog', { name: 'Rate this chat' })
      .getByRole('button', { name: 'Skip' })
      .click();
    await expect(chatActions(page).getByRole('button', { name: 'Reopen' })).toBeVisible();
    const title = conversationTitle(page);
    await expect(title).toHaveText(customer.name);
    await expect(title).toHaveAttribute('title', customer.name);
    const cut = await title.evaluate((h) => h.scrollWidth > h.clientWidth);
    expect(cut).toBe(false);
    expect(await pageScrolls(page)).toBe(false);
  });

  await test.step('at 1280 x 720, history and a full customer panel scroll in their columns', async () => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await page.goto('/chats/chat_s001');
    await expect(conversationTitle(page)).toHaveText('Geeta Kapoor', { timeout: 30_000 });
    // The lower sections are built as they come into view; the first two fill the column.
    await expect(page.getByRole('heading', { name: 'Context history' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Rides' })).toBeVisible();
    expect(await pageScrolls(page)).toBe(false);
    expect(await columnScrolls(page, 'app-customer-panel')).toBe(true);

    await page.goto('/chats/chat_s002');
    await expect(messageLog(page).locator('app-message-bubble').first()).toBeVisible({
      timeout: 30_000,
    });
    expect(await pageScrolls(page)).toBe(false);
    // The history scrolls in its own box, under the header and above the composer.
    expect(await messageLog(page).evaluate((log) => getComputedStyle(log).overflowY)).toBe('auto');
  });
});
