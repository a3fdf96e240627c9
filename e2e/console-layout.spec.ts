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

test('the console is a fixed frame: the columns scroll, alerts keep off the chat list, own actions confirm in place', async ({
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

  await test.step('resolving is confirmed in place, with Undo, and raises no toast', async () => {
    await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
    // The customer waits for a reply: the dialog asks first, then resolves.
    await page
      .getByRole('dialog', { name: 'Resolve this chat?' })
      .getByRole('button', { name: 'Resolve', exact: true })
      .click();
    const confirmation = page.getByTestId('action-confirmation');
    await expect(confirmation).toContainText('Chat resolved.');
    await expect(confirmation.getByRole('button', { name: 'Undo resolve' })).toBeVisible();
    await expect(
      page.locator('#toast-container .ngx-toastr').filter({ hasText: 'Chat resolved.' }),
    ).toHaveCount(0);
  });

  await test.step('alerts sit top right, never over the chat list, three at most, names cut', async () => {
    // The longest name the stack takes (100 characters): more than a toast line holds.
    const name = 'Lakshmi Narasimha Venkata Subrahmanya Sastry '.repeat(3).slice(0, 100).trim();
    const long = { ...newCustomer('Long'), name };
    for (let i = 0; i < 4; i++) {
      await injectInbound({ ...newCustomer('Burst'), text: `Burst ${i}` });
    }
    await injectInbound({ ...long, text: 'A very long name.' });
    const toasts = page.locator('#toast-container .ngx-toastr');
    const longToast = toasts.filter({ hasText: 'New chat from Lakshmi' });
    await expect(longToast).toBeVisible({ timeout: 30_000 });
    expect(await toasts.count()).toBeLessThanOrEqual(3);
    const list = await page
      .locator('app-chat-list')
      .evaluate((element) => element.getBoundingClientRect().toJSON() as DOMRect);
    const boxes = await toasts.evaluateAll((elements) =>
      elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect),
    );
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(list.right);
      expect(box.height).toBeLessThan(140);
    }
    // Cut before it reaches the page; the whole line shows on hover.
    const shown = (await longToast.locator('.toast-message').textContent()) ?? '';
    expect(shown.length).toBeLessThan(100);
    expect(shown.trim().endsWith('…')).toBe(true);
    await expect(longToast).toHaveAttribute('title', shown.trim());
  });

  await test.step('a resolved chat shows its whole name, with the full name as title', async () => {
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
