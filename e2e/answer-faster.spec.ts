import { type Page, expect, test } from '@playwright/test';

import {
  chatList,
  composer,
  conversationTitle,
  messageBubble,
  signInToChats,
} from './support/console';
import { RAHUL } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

/** A seeded booking with a driver assigned (see `customer-panel.spec.ts`). */
const BOOKING_WITH_DRIVER = 'OW8721244';

/** The `/` list under the reply box. */
function quickReplies(page: Page) {
  return page.getByRole('listbox', { name: 'Quick replies' });
}

/** The right-hand panel. */
function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Customer details' });
}

test.describe('answering faster', () => {
  test('"Where is my cab?" is answered with a quick reply filled from the driver and cab, by keyboard', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    await signInToChats(page, RAHUL);
    const customer = newCustomer('Salma');
    const inbound = await injectInbound({
      ...customer,
      text: `Where is my cab? My booking is ${BOOKING_WITH_DRIVER}`,
    });
    expect(inbound.chat.assigned_executive_id).toBe(RAHUL.executive_id);
    await expect(chatList(page).getByRole('option').first()).toContainText(customer.name);
    const keys = page.keyboard;

    await test.step('j opens the chat, r goes to the reply box', async () => {
      await keys.press('j');
      await expect(conversationTitle(page)).toHaveText(customer.name);
      await keys.press('r');
      await expect(composer(page)).toBeFocused();
    });

    await test.step('a reply with a gap left is not sent', async () => {
      await keys.type('/where');
      await expect(quickReplies(page)).toBeVisible();
      await expect(quickReplies(page).getByRole('option', { selected: true })).toContainText(
        'Where is my cab?',
      );
      await keys.press('Enter');
      await expect(quickReplies(page)).toBeHidden();
      // The driver is not looked up yet: their name stays a gap, and it is selected to fill.
      await expect(composer(page)).toHaveValue(/^Hi Salma \w+, your driver \{driver_name\}/);
      await keys.press('Control+Enter');
      await expect(
        page.getByRole('alert').filter({ hasText: 'Fill {driver_name} before sending.' }),
      ).toBeVisible();
      await keys.press('Control+a');
      await keys.press('Delete');
      await expect(composer(page)).toHaveValue('');
    });

    const driver = panel(page).getByRole('group', { name: 'Driver' });
    await test.step('the booking the customer quoted is looked up in the panel', async () => {
      const chip = panel(page).getByRole('button', {
        name: `Look up booking ${BOOKING_WITH_DRIVER}`,
      });
      await chip.scrollIntoViewIfNeeded();
      await chip.focus();
      await keys.press('Enter');
      await expect(driver.getByRole('button', { name: /^Copy cab number / })).toBeVisible();
    });
    // The name's cell also holds its "Insert into reply" button.
    const driverName = (await driver.locator('dd').first().innerText()).split('\n')[0].trim();
    const cabNumber = (
      (await driver
        .getByRole('button', { name: /^Copy cab number / })
        .getAttribute('aria-label')) ?? ''
    ).replace('Copy cab number ', '');

    await test.step('the quick reply fills itself from the driver and cab, and is sent', async () => {
      await keys.press('r');
      await expect(composer(page)).toBeFocused();
      await keys.type('/');
      await expect(quickReplies(page).getByRole('option').first()).toContainText(driverName);
      await page.screenshot({
        path: 'docs/screenshots/quick-replies.png',
        animations: 'disabled',
      });
      await keys.type('cab');
      await expect(quickReplies(page).getByRole('option', { selected: true })).toContainText(
        'Where is my cab?',
      );
      await keys.press('Enter');
      const reply = composer(page);
      await expect(reply).toHaveValue(new RegExp(`your driver ${driverName} \\(\\+91\\d+\\)`));
      await expect(reply).toHaveValue(new RegExp(`in ${cabNumber}\\. Pickup at [^{}]*\\d:\\d\\d`));
      await expect(reply).not.toHaveValue(/\{/);
      const text = await reply.inputValue();
      await keys.press('Control+Enter');
      await expect(messageBubble(page, text)).toBeVisible();
      await expect(reply).toHaveValue('');
    });

    await test.step('Insert into reply adds the driver in a sentence', async () => {
      await driver.getByRole('button', { name: "Insert driver's details into reply" }).click();
      await expect(composer(page)).toHaveValue(
        new RegExp(`^Your driver is ${driverName}, \\+91\\d+, in cab ${cabNumber}`),
      );
    });
  });

  test('a bad quick-replies.json shows its error and the console keeps working', async ({
    page,
  }) => {
    await page.route('**/quick-replies.json', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          replies: [
            { id: 'eta', title: '', body: 'Your cab is near.' },
            { id: 'thanks', title: 'Thanks', body: 'Thank you for waiting, {customer_name}.' },
          ],
        }),
      }),
    );
    await signInToChats(page, RAHUL);
    const customer = newCustomer('Imran');
    await injectInbound({ ...customer, text: 'Is my booking confirmed?' });
    await expect(chatList(page).getByRole('option').first()).toContainText(customer.name);
    const keys = page.keyboard;
    await keys.press('j');
    await expect(conversationTitle(page)).toHaveText(customer.name);
    await keys.press('r');
    await keys.type('/');
    await expect(
      page.getByRole('alert').filter({ hasText: 'Reply 1 ("eta"): "title" is missing' }),
    ).toBeVisible();
    // The good entry of the file still works.
    await expect(quickReplies(page).getByRole('option')).toHaveText([/Thanks/]);
    await keys.press('Escape');
    await expect(quickReplies(page)).toBeHidden();
    await keys.type('Yes, it is confirmed.');
    await expect(composer(page)).toHaveValue('/Yes, it is confirmed.');
    await keys.press('Control+a');
    await keys.type('Yes, your booking is confirmed.');
    await keys.press('Control+Enter');
    await expect(messageBubble(page, 'Yes, your booking is confirmed.')).toBeVisible();
  });

  test('the command palette opens a chat by booking id and resolves it', async ({ page }) => {
    test.setTimeout(120_000);
    await signInToChats(page, RAHUL);
    const customer = newCustomer('Nisha');
    const bookingId = `OW7${`${Date.now()}`.slice(-6)}`;
    await injectInbound({ ...customer, text: `The app does not show booking ${bookingId}` });
    const keys = page.keyboard;

    await keys.press('Control+k');
    const palette = page.getByRole('dialog', { name: 'Command palette' });
    await expect(palette).toBeVisible();
    const box = palette.getByRole('combobox', { name: 'Find a chat or run a command' });
    await expect(box).toBeFocused();
    // Each command lists its own keys.
    await expect(palette.getByRole('option', { name: /Show keyboard shortcuts/ })).toContainText(
      '?',
    );

    await keys.type(bookingId);
    const found = palette.getByRole('group', { name: 'Chats' }).getByRole('option');
    await expect(found).toHaveCount(1);
    await expect(found).toContainText(customer.name);
    await keys.press('Enter');
    await expect(palette).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/chats/[^/]+$`));
    await expect(conversationTitle(page)).toHaveText(customer.name);

    await keys.press('Control+k');
    await expect(palette).toBeVisible();
    await expect(palette.getByRole('option', { name: /Resolve the chat/ })).toBeVisible();
    await page.screenshot({ path: 'docs/screenshots/command-palette.png', animations: 'disabled' });
    await keys.type('resolve');
    await expect(palette.getByRole('option', { selected: true })).toContainText('Resolve the chat');
    await expect(palette.getByRole('option', { selected: true })).toContainText('E');
    await keys.press('Enter');
    // Nisha waits for a reply: the palette's resolve asks first, like the button and `e`.
    const rating = page.getByRole('dialog', { name: 'Resolve this chat?' });
    await expect(rating).toContainText(`${customer.name} has waited`);
    await rating.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect(rating).toBeHidden();
    await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  });
});
