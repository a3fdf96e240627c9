import { expect, test } from '@playwright/test';

import {
  chatList,
  chatRow,
  composer,
  conversationTitle,
  messageBubble,
  signInToChats,
} from './support/console';
import { RAHUL } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

test('an executive works through chats with the keyboard alone', async ({ page }) => {
  test.setTimeout(240_000);
  await signInToChats(page, RAHUL);
  const older = newCustomer('Farhan');
  const newer = newCustomer('Lakshmi');
  const first = await injectInbound({ ...older, text: 'Can I change my pickup time to 7 am?' });
  const second = await injectInbound({ ...newer, text: 'I left my bag in the cab this morning.' });
  // Rahul is the only executive online, so round-robin gives him both chats.
  expect([first.chat.assigned_executive_id, second.chat.assigned_executive_id]).toEqual([
    RAHUL.executive_id,
    RAHUL.executive_id,
  ]);
  // The newest activity sits on top: Lakshmi, then Farhan.
  await expect(chatList(page).getByRole('option').nth(0)).toContainText(newer.name);
  await expect(chatList(page).getByRole('option').nth(1)).toContainText(older.name);
  const keys = page.keyboard;

  await test.step('? lists the shortcuts', async () => {
    await keys.press('?');
    const overlay = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(overlay).toBeVisible();
    for (const action of ['Next chat', 'Previous chat', 'Search chats', 'Resolve the chat']) {
      await expect(overlay.getByRole('row', { name: new RegExp(`^${action}`) })).toBeVisible();
    }
    await keys.press('Escape');
    await expect(overlay).toBeHidden();
  });

  await test.step('/ puts the cursor in the search field', async () => {
    await keys.press('/');
    const search = page.getByRole('textbox', { name: 'Search chats' });
    await expect(search).toBeFocused();
    await keys.type(older.name);
    await expect(chatList(page).getByRole('option')).toHaveCount(1);
    await expect(chatRow(page, older.name)).toBeVisible();
    await keys.press('Escape');
    await expect(search).toHaveValue('');
    await expect(chatList(page).getByRole('option').nth(1)).toContainText(older.name);
    // Tab out of the field: letters typed there are text, not shortcuts.
    await keys.press('Tab');
    await expect(search).not.toBeFocused();
  });

  await test.step('j and k move through the chats', async () => {
    await keys.press('j');
    await expect(conversationTitle(page)).toHaveText(newer.name);
    await keys.press('j');
    await expect(conversationTitle(page)).toHaveText(older.name);
    await keys.press('k');
    await expect(conversationTitle(page)).toHaveText(newer.name);
    await expect(messageBubble(page, 'I left my bag in the cab')).toBeVisible();
  });

  await test.step('r writes a reply and Ctrl+Enter sends it', async () => {
    await keys.press('r');
    await expect(composer(page)).toBeFocused();
    const reply = 'Sorry about that! I have asked the driver to check the boot right away.';
    await keys.type(reply);
    await keys.press('Control+Enter');
    await expect(messageBubble(page, reply).getByRole('img', { name: 'Sent' })).toBeVisible();
    await expect(composer(page)).toHaveValue('');
  });

  await test.step('n adds an internal note', async () => {
    await keys.press('Tab');
    await keys.press('n');
    const noteField = page.getByRole('textbox', { name: 'Write an internal note' });
    await expect(noteField).toBeFocused();
    const note = 'Bag is a black trolley; driver checks at the next stop.';
    await keys.type(note);
    await keys.press('Control+Enter');
    await expect(
      page.getByRole('article', { name: `Internal note by ${RAHUL.name}` }),
    ).toContainText(note);
    // Ctrl+Enter in the note went to the note, never to the customer.
    await expect(messageBubble(page, note)).toHaveCount(0);
    // Escape goes back to replying, with the focus out of the text for the next shortcut.
    await keys.press('Escape');
    await expect(noteField).toBeHidden();
    await expect(page.getByRole('radio', { name: 'Reply' })).toBeFocused();
  });

  await test.step('t applies a tag', async () => {
    await keys.press('t');
    const tagField = page.getByRole('combobox', { name: 'Add tag' });
    await expect(tagField).toBeFocused();
    await keys.type('lost');
    await expect(page.getByRole('option', { name: 'Lost item', exact: true })).toBeVisible();
    await keys.press('Enter');
    await expect(
      page
        .getByRole('list', { name: 'Tags of this chat' })
        .getByRole('listitem')
        .filter({ hasText: 'Lost item' }),
    ).toBeVisible();
    await keys.press('Escape');
    await keys.press('Tab');
  });

  await test.step('e resolves the chat, and the rating is given with the keyboard', async () => {
    await keys.press('e');
    const rating = page.getByRole('dialog', { name: 'Rate this chat' });
    await expect(rating).toBeVisible();
    const firstStar = rating.getByRole('radio', { name: /^1 star/ });
    await expect(firstStar).toBeFocused();
    await keys.press('Space');
    await keys.press('ArrowRight');
    await keys.press('ArrowRight');
    await keys.press('ArrowRight');
    await keys.press('ArrowRight');
    await expect(rating.getByRole('radio', { name: /^5 stars/ })).toBeChecked();
    await keys.press('Tab');
    await expect(rating.getByRole('textbox', { name: 'Comment (optional)' })).toBeFocused();
    await keys.type('Bag found and returned the same day.');
    await keys.press('Tab');
    await keys.press('Tab');
    await expect(rating.getByRole('button', { name: 'Save rating' })).toBeFocused();
    await keys.press('Enter');
    await expect(rating).toBeHidden();
    await expect(page.getByText('Rating saved.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reopen' })).toBeVisible();
  });
});
