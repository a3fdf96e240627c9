import { type Page, expect, test } from '@playwright/test';

import { escapeRegExp, signIn } from './support/console';
import { SUPERVISOR, VIKRAM } from './support/demo-users';
import { injectInbound, newCustomer, waitUntilNobodyOnline } from './support/stack-client';

async function openDashboard(page: Page): Promise<void> {
  await signIn(page, SUPERVISOR);
  await expect(page.locator('app-live-indicator')).toHaveText('Live', { timeout: 30_000 });
}

test('a reloaded dashboard has the whole day and the feeds, and leads to assigning a chat', async ({
  page,
}) => {
  test.setTimeout(150_000);
  // Nobody is online, so the stack leaves this chat unassigned.
  await waitUntilNobodyOnline();
  const customer = newCustomer('Tanvi');
  const inbound = await injectInbound({ ...customer, text: 'Nobody has answered me yet.' });
  expect(inbound.chat.assigned_executive_id).toBeNull();

  await openDashboard(page);
  await page.reload();
  await expect(page.locator('app-live-indicator')).toHaveText('Live', { timeout: 30_000 });

  await test.step('the day so far is there after a reload, not one point', async () => {
    const hours = page.getByRole('table', { name: /Chats by status, at the last update/ });
    // One row an hour since midnight: a stack started today still has the day from its samples.
    const midnight = new Date(new Date().toLocaleString('en-US', { timeZone: 'Asia/Kolkata' }));
    const expected = midnight.getHours() + 1;
    await expect(hours.getByRole('row')).toHaveCount(expected + 1);
    await expect(page.getByText('A point is added every five minutes')).toHaveCount(0);
  });

  await test.step('the feeds remember the last hours, each linking to its chat', async () => {
    const alerts = page.getByRole('list', { name: 'SLA alerts' }).getByRole('link');
    const assignments = page.getByRole('list', { name: 'Assignments' }).getByRole('link');
    await expect(alerts.first()).toBeVisible();
    await expect(assignments.first()).toBeVisible();
    await expect(alerts.first()).toHaveAttribute('href', /^\/chats\/chat_/);
  });

  await test.step('the figures show which way they moved', async () => {
    await expect(page.locator('app-summary-cards .trend').first()).toContainText(
      /vs 1 h ago|1 h ago/,
    );
  });

  await test.step('a driver figure leads to the driver and partner chats alone', async () => {
    const drivers = page.getByRole('region', { name: 'Driver and partner chats only' });
    await drivers.getByRole('link', { name: /^Pending \d+/ }).click();
    await expect(page).toHaveURL(/\/chats\?stakeholder=driver$/);
    await expect(
      page.getByRole('status').filter({ hasText: 'Driver and partner chats ·' }),
    ).toBeVisible();
    await expect(page.getByRole('tab', { name: /Pending/, selected: true })).toBeVisible();
    const rows = page.getByRole('listbox', { name: 'Chats' }).getByRole('option');
    await expect(rows.first().locator('.stakeholder')).toContainText('Driver');
    await expect(rows.locator('.stakeholder').filter({ hasText: 'Customer' })).toHaveCount(0);
    await page.goBack();
    await expect(page.locator('app-live-indicator')).toHaveText('Live', { timeout: 30_000 });
  });

  await test.step('Unassigned leads to the list of unassigned chats', async () => {
    await page
      .getByRole('region', { name: 'Right now' })
      .getByRole('link', { name: /^Unassigned \d+/ })
      .click();
    await expect(page).toHaveURL(/\/chats\?filter=unassigned$/);
    await expect(page.getByRole('status').filter({ hasText: 'Unassigned ·' })).toBeVisible();
    await page
      .getByRole('listbox', { name: 'Chats' })
      .getByRole('option', { name: new RegExp(escapeRegExp(customer.name)) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/chats/${inbound.chat.chat_id}\\?filter=unassigned$`));
  });

  await test.step('the supervisor assigns it, with a reason', async () => {
    await page
      .getByRole('button', { name: /^\S*\s*Assign$/ })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Assign chat' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('option', { name: new RegExp(VIKRAM.name) }).click();
    await dialog.getByRole('combobox', { name: 'Reason' }).click();
    await page.locator('mat-option').first().click();
    await dialog.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('app-conversation-header')).toContainText(VIKRAM.name);
  });
});

for (const [width, height] of [
  [1280, 720],
  [1920, 1080],
] as const) {
  test(`the wallboard at ${width}x${height}: figures and board legible, no toast`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await openDashboard(page);
    await page.getByRole('button', { name: 'Wallboard' }).click();
    await expect(page.getByRole('button', { name: 'Leave wallboard' })).toBeVisible();
    const board = page.getByRole('table', { name: 'Executives' });
    await expect(board.getByRole('row', { name: new RegExp(VIKRAM.name) })).toBeInViewport();
    // A label that does not fit would be cut: each one is as wide as its text.
    for (const label of await page.locator('app-summary-cards .label').all()) {
      const cut = await label.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(cut, await label.innerText()).toBe(false);
    }
    await expect(page.locator('.toast-container')).toBeHidden();
    await page.screenshot({
      path: `docs/screenshots/wallboard-${width}x${height}.png`,
      animations: 'disabled',
    });
    await context.close();
  });
}
