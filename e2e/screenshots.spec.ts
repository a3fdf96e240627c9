import { type Page, expect, test } from '@playwright/test';

import {
  chatActions,
  conversationTitle,
  loginForm,
  messageLog,
  openChatBySearch,
  signIn,
  signInToChats,
} from './support/console';
import { PRIYA, SUPERVISOR } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

/** A seeded active chat of Priya's, with a photo in its history. */
const SEEDED_CHAT = 'chat_s002';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `docs/screenshots/${name}.png`, animations: 'disabled' });
}

async function openSeededChat(page: Page): Promise<void> {
  await page.goto(`/chats/${SEEDED_CHAT}`);
  await expect(conversationTitle(page)).not.toBeEmpty({ timeout: 30_000 });
  await expect(messageLog(page).getByRole('button', { name: /^Enlarge photo/ })).toBeVisible();
  await expect(messageLog(page).getByRole('img').first()).toBeVisible();
}

test.describe('screenshots of the main states, for docs/screenshots', () => {
  test('login', async ({ page }) => {
    await page.goto('/login');
    await expect(loginForm(page).email).toBeVisible();
    await shoot(page, 'login');

    await loginForm(page).email.fill('asha@oneway.local');
    await loginForm(page).password.fill('wrong password');
    await loginForm(page).submit.click();
    await expect(loginForm(page).error).toBeVisible();
    await shoot(page, 'login-error');
  });

  test('console states: conversation, shortcuts, template picker, rating dialog, dark', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInToChats(page, PRIYA);
    await openSeededChat(page);
    await shoot(page, 'chats');

    await page.keyboard.press('?');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(overlay).toBeVisible();
    await shoot(page, 'keyboard-shortcuts');
    await page.keyboard.press('Escape');
    await expect(overlay).toBeHidden();

    await page.getByRole('button', { name: 'Templates' }).click();
    const picker = page.getByRole('dialog', { name: 'Send a template' });
    await picker.getByRole('option', { name: /payment_reminder/ }).click();
    await picker.getByRole('textbox', { name: /^Amount/ }).fill('₹1,850');
    await picker.getByRole('textbox', { name: /^Booking id/ }).fill('OW482913');
    await expect(picker).toContainText('₹1,850 is pending for booking OW482913');
    await shoot(page, 'template-picker');
    await picker.getByRole('button', { name: 'Cancel' }).click();
    await expect(picker).toBeHidden();

    const customer = newCustomer('Anjali');
    const opened = await injectInbound({
      ...customer,
      text: 'The driver was very polite, thank you!',
    });
    expect(opened.chat.assigned_executive_id).toBe(PRIYA.executive_id);
    await openChatBySearch(page, customer.name);
    await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
    // Anjali's thanks is unanswered: the dialog asks before resolving, and rates in one go.
    const rating = page.getByRole('dialog', { name: 'Resolve this chat?' });
    await rating.getByRole('radio', { name: /^5 stars/ }).check();
    await rating.getByRole('textbox', { name: 'Comment (optional)' }).fill('Happy customer.');
    await shoot(page, 'rating-dialog');
    await rating.getByRole('button', { name: 'Resolve and save rating' }).click();
    await expect(rating).toBeHidden();

    // Back to the seeded conversation, inside the app (no reload).
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`/chats/${SEEDED_CHAT}$`));
    await expect(messageLog(page).getByRole('button', { name: /^Enlarge photo/ })).toBeVisible();
    await page.getByRole('button', { name: /^Theme: / }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveClass(/theme-dark/);
    await expect(page.getByRole('menu')).toBeHidden();
    await shoot(page, 'chats-dark');
  });

  test('the supervisor dashboard and its wallboard mode', async ({ page, browser }) => {
    test.setTimeout(180_000);
    // An executive at work in a browser of her own, so new chats are assigned while the
    // supervisor watches.
    const executive = await (await browser.newContext()).newPage();
    await signInToChats(executive, PRIYA);
    await signIn(page, SUPERVISOR);
    await expect(page.locator('app-live-indicator')).toHaveText('Live', { timeout: 30_000 });
    const customers = ['Meera', 'Karthik', 'Sameer'].map((name) => newCustomer(name));
    for (const customer of customers) {
      await injectInbound({ ...customer, text: 'Is my cab on the way?' });
    }
    const board = page.getByRole('table', { name: 'Executives' });
    await expect(board.getByRole('row', { name: /Priya/ })).toContainText('Online');
    const feed = page.getByRole('list', { name: 'Assignments' });
    for (const customer of customers) {
      await expect(feed.getByRole('link', { name: new RegExp(customer.name) })).toBeVisible();
    }
    await expect(page.locator('app-status-chart canvas')).toBeVisible();
    await expect(page.locator('app-load-chart canvas')).toBeVisible();
    await shoot(page, 'dashboard');

    await page.getByRole('button', { name: 'Wallboard' }).click();
    await expect(page.getByRole('button', { name: 'Leave wallboard' })).toBeVisible();
    await expect(page.locator('app-status-chart canvas')).toBeVisible();
    await shoot(page, 'wallboard');
    await executive.context().close();
  });
});
