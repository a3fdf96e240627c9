import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';

import {
  chatActions,
  chatRow,
  composer,
  conversationTitle,
  messageBubble,
  messageLog,
  openChatBySearch,
  signInToChats,
} from './support/console';
import { traceDeliveryStates } from './support/delivery-trace';
import { ASHA, PRIYA } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

test('an executive answers a customer, annotates the chat, resolves it and hands another over', async ({
  page,
}) => {
  // A whole working session in one test: give it room on a busy two-core machine.
  test.setTimeout(240_000);
  await signInToChats(page, ASHA);

  const kavya = newCustomer('Kavya');
  const firstName = kavya.name.split(' ')[0];
  const opened = await injectInbound({
    ...kavya,
    text: 'Hi, my driver is late and not picking up. Where is my cab?',
  });
  // Asha is the only executive online, so round-robin gives her the new chat.
  expect(opened.chat.assigned_executive_id).toBe(ASHA.executive_id);
  await injectInbound({ number: kavya.number, type: 'image', text: 'Photo of the pickup point' });
  await injectInbound({ number: kavya.number, type: 'document', text: 'Invoice OW7731' });

  await test.step('pick the chat from the list', async () => {
    const row = chatRow(page, kavya.name);
    await expect(row).toContainText('Needs reply');
    await row.click();
    await expect(page).toHaveURL(new RegExp(`/chats/${opened.chat.chat_id}$`));
    await expect(conversationTitle(page)).toHaveText(kavya.name);
    await expect(messageBubble(page, 'Where is my cab?')).toBeVisible();
  });

  await test.step('see the photo and download the document', async () => {
    const photo = messageLog(page).getByRole('button', {
      name: 'Enlarge photo: Photo of the pickup point',
    });
    await expect(photo).toBeVisible();
    await expect
      .poll(() => photo.getByRole('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
      .toBeGreaterThan(0);
    await photo.click();
    const viewer = page.getByRole('dialog');
    await expect(viewer.getByRole('img', { name: 'Photo of the pickup point' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(viewer).toBeHidden();

    const downloading = page.waitForEvent('download');
    await messageLog(page).getByRole('button', { name: 'Download invoice-ow7731.pdf' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('invoice-ow7731.pdf');
    const bytes = await readFile(await download.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  await test.step('reply: the message shows as sending, then as sent', async () => {
    const reply = `Sorry for the wait, ${firstName}. I am calling the driver now.`;
    const states = await traceDeliveryStates(page, reply);
    await composer(page).fill(reply);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    const bubble = messageBubble(page, reply);
    await expect(bubble.getByRole('img', { name: 'Sent' })).toBeVisible();
    await expect(bubble).toHaveCount(1);
    expect(await states()).toEqual(['Sending', 'Sent']);
    await expect(composer(page)).toHaveValue('');
  });

  await test.step('send a template with its variable filled in', async () => {
    await page.getByRole('button', { name: 'Templates' }).click();
    const picker = page.getByRole('dialog', { name: 'Send a template' });
    await picker.getByRole('searchbox', { name: 'Search templates' }).fill('feedback');
    await picker.getByRole('option', { name: /feedback_request/ }).click();
    await picker.getByRole('textbox', { name: /^Booking id/ }).fill('OW7731');
    await expect(picker).toContainText(`Hi ${firstName}, how was your trip OW7731?`);
    await picker.getByRole('button', { name: 'Send template' }).click();
    await expect(picker).toBeHidden();
    const sent = messageBubble(page, 'Template · feedback_request');
    await expect(sent).toContainText(`how was your trip OW7731?`);
    await expect(sent.getByRole('img', { name: 'Sent' })).toBeVisible();
  });

  let suggestion = '';
  await test.step('take a suggested reply: it waits in the composer', async () => {
    await page.getByRole('button', { name: 'Suggest a reply' }).click();
    await expect(composer(page)).not.toHaveValue('');
    await expect(composer(page)).toBeFocused();
    suggestion = await composer(page).inputValue();
  });

  await test.step('tag the chat', async () => {
    const tagField = page.getByRole('combobox', { name: 'Add tag' });
    await tagField.fill('driver la');
    await page.getByRole('option', { name: 'Driver late', exact: true }).click();
    await expect(
      page
        .getByRole('list', { name: 'Tags of this chat' })
        .getByRole('listitem')
        .filter({ hasText: 'Driver late' }),
    ).toBeVisible();
    await expect(chatRow(page, kavya.name)).toContainText('Driver late');
  });

  await test.step('the suggestion was not sent; it goes out once the executive sends it', async () => {
    // The tag went through a round trip with the server after the suggestion arrived.
    await expect(messageBubble(page, suggestion)).toHaveCount(0);
    await expect(composer(page)).toHaveValue(suggestion);
    const edited = `${suggestion} Thank you for your patience.`;
    await composer(page).fill(edited);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(messageBubble(page, edited).getByRole('img', { name: 'Sent' })).toBeVisible();
  });

  await test.step('add an internal note: in the timeline, marked internal, never sent', async () => {
    const note = `Driver unreachable on two calls; promised ${firstName} an update by 6 pm.`;
    await page.getByRole('radio', { name: 'Note' }).click();
    await page.getByRole('textbox', { name: 'Write an internal note' }).fill(note);
    await page.getByRole('button', { name: 'Add note' }).click();
    const entry = messageLog(page).getByRole('article', { name: 'Internal note by Asha Nair' });
    await expect(entry).toContainText(note);
    await expect(entry).toContainText('Internal note · You');
    // A note is never a message to the customer.
    await expect(messageBubble(page, note)).toHaveCount(0);
    await page.getByRole('radio', { name: 'Reply' }).click();
    await expect(composer(page)).toBeVisible();
  });

  await test.step('resolve the chat and rate it', async () => {
    await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
    const rating = page.getByRole('dialog', { name: 'Rate this chat' });
    await rating.getByRole('radio', { name: /^4 stars/ }).check();
    await rating
      .getByRole('textbox', { name: 'Comment (optional)' })
      .fill('Driver reached after our call.');
    await rating.getByRole('button', { name: 'Save rating' }).click();
    await expect(rating).toBeHidden();
    await expect(page.getByText('Rating saved.')).toBeVisible();
    await expect(chatActions(page).getByRole('button', { name: 'Reopen' })).toBeVisible();
    await expect(chatRow(page, kavya.name)).toHaveCount(0);
  });

  await test.step('hand another chat to a colleague with a reason', async () => {
    const imran = newCustomer('Imran');
    const second = await injectInbound({ ...imran, text: 'Mujhe Hindi mein baat karni hai.' });
    expect(second.chat.assigned_executive_id).toBe(ASHA.executive_id);
    await openChatBySearch(page, imran.name);
    await chatActions(page).getByRole('button', { name: 'Reassign' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reassign chat' });
    await dialog.getByRole('option', { name: new RegExp(PRIYA.name) }).click();
    await dialog.getByRole('combobox', { name: 'Reason' }).click();
    await page.getByRole('option', { name: 'Needs a language I do not speak' }).click();
    await dialog
      .getByRole('textbox', { name: /^Details for the next executive/ })
      .fill('Prefers Hindi.');
    await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(`Chat reassigned to ${PRIYA.name}.`)).toBeVisible();
    await expect(page.locator('app-conversation-header')).toContainText(
      `Assigned to: ${PRIYA.name}`,
    );
  });
});
