import { type Page, expect, test } from '@playwright/test';

import {
  chatList,
  chatRow,
  composer,
  conversationTitle,
  messageBubble,
  signInToChats,
} from './support/console';
import { RAHUL } from './support/demo-users';
import { injectInbound, newCustomer, unknownNumber } from './support/stack-client';

/** `+916123456789` as the console writes it: `+91 61234 56789`. */
function readable(number: string): string {
  return `${number.slice(0, 3)} ${number.slice(3, 8)} ${number.slice(8)}`;
}

/** The right-hand panel. */
function panel(page: Page) {
  return page.getByRole('complementary', { name: 'Customer details' });
}

test('a customer nobody knows is shown by number and greeted without a stand-in name', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInToChats(page, RAHUL);
  const number = unknownNumber();
  const shown = readable(number);
  const landed = await injectInbound({
    number,
    text: 'My refund has not come yet. It has been a week.',
  });
  expect(landed.chat.customer_name).toBe('');
  expect(landed.chat.assigned_executive_id).toBe(RAHUL.executive_id);

  await test.step('the row, the header, the panel and the message show the number', async () => {
    const row = chatRow(page, shown);
    await expect(row).toHaveCount(1);
    await expect(chatList(page)).not.toContainText('WhatsApp');
    await row.click();
    await expect(conversationTitle(page)).toHaveText(shown);
    await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(shown);
    const inbound = messageBubble(page, 'My refund has not come yet.');
    await expect(inbound.locator('.sender')).toHaveText(shown);
    await expect(composer(page)).toHaveAccessibleName(`Reply to ${shown}`);
  });

  await test.step('a quick reply greets with a plain "Hi,"', async () => {
    await composer(page).focus();
    await page.keyboard.type('/refund');
    const replies = page.getByRole('listbox', { name: 'Quick replies' });
    await expect(replies.getByRole('option', { selected: true })).toContainText('refund');
    await page.keyboard.press('Enter');
    await expect(composer(page)).toHaveValue(/^Hi, the refund for booking \{booking_id\}/);
    await composer(page).fill('');
  });

  await test.step('a suggested reply greets with "Hello,"', async () => {
    await page.getByRole('button', { name: 'Suggest a reply' }).click();
    await expect(composer(page)).toHaveValue(/^Hello, /);
    await expect(composer(page)).not.toHaveValue(/WhatsApp/);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(composer(page)).toHaveValue('');
  });

  await test.step('a template needs no name, and its greeting names nobody', async () => {
    await page.getByRole('button', { name: 'Templates' }).click();
    const picker = page.getByRole('dialog', { name: 'Send a template' });
    await picker.getByRole('searchbox', { name: 'Search templates' }).fill('follow');
    await picker.getByRole('option', { name: /conversation_follow_up/ }).click();
    await expect(picker.getByRole('textbox', { name: /^Customer name/ })).toHaveValue('');
    await expect(picker).toContainText('Optional: left empty, the greeting names nobody');
    await expect(picker.getByTestId('template-preview')).toHaveText(
      /^Hi, we are following up on your recent query/,
    );
    await picker.getByRole('button', { name: 'Send template' }).click();
    await expect(picker).toBeHidden();
    const sent = messageBubble(page, 'Template · conversation_follow_up');
    await expect(sent).toContainText('Hi, we are following up on your recent query');
    await expect(sent.getByRole('img', { name: 'Sent' })).toBeVisible();
  });

  await test.step('screenshots of the chat at 1440x900 and 1280x720', async () => {
    const toasts = page.locator('#toast-container .ngx-toastr');
    // Alerts close on a click; one may come or go meanwhile, so close the first until none is left.
    await expect(async () => {
      if ((await toasts.count()) > 0) {
        await toasts.first().click({ timeout: 1_000 });
      }
      await expect(toasts).toHaveCount(0, { timeout: 1_000 });
    }).toPass();
    await page.screenshot({ path: 'docs/screenshots/unknown-contact.png', animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 720 });
    await expect(conversationTitle(page)).toHaveText(shown);
    await page.screenshot({
      path: test.info().outputPath('unknown-contact-1280x720.png'),
      animations: 'disabled',
    });
    await page.setViewportSize({ width: 1440, height: 900 });
  });

  await test.step('once the customer writes with a profile name, the name replaces the number', async () => {
    const { name } = newCustomer('Meena');
    await injectInbound({ number, name, text: 'Thank you, waiting for it.' });
    await expect(conversationTitle(page)).toHaveText(name);
    // The row by its number (a name can repeat when the suite runs again on the same stack).
    await expect(chatRow(page, number)).toContainText(name);
  });
});
