import { expect, test } from '@playwright/test';

import {
  chatActions,
  chatList,
  chatRow,
  composer,
  conversationTitle,
  messageBubble,
  openChatBySearch,
  signInToChats,
} from './support/console';
import { RAHUL } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

test('a customer calling back about a resolved chat is found from the Active tab of My chats', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInToChats(page, RAHUL);
  const customer = newCustomer('Ritika');
  const landed = await injectInbound({
    ...customer,
    text: 'The cab smelled of smoke and the driver asked for extra toll money.',
  });
  expect(landed.chat.assigned_executive_id).toBe(RAHUL.executive_id);
  const search = page.getByRole('textbox', { name: 'Search chats' });
  const tabs = page.getByRole('tablist', { name: 'Chat status' });

  await test.step('the chat is answered and resolved', async () => {
    await openChatBySearch(page, customer.name);
    const reply = 'Sorry about that. The toll is included in your fare; I have refunded it.';
    await composer(page).fill(reply);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(messageBubble(page, reply).getByRole('img', { name: 'Sent' })).toBeVisible();
    await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
    const rating = page.getByRole('dialog', { name: 'Rate this chat' });
    await rating.getByRole('radio', { name: /^5 stars/ }).check();
    await rating.getByRole('button', { name: 'Save rating' }).click();
    await expect(rating).toBeHidden();
    await expect(chatActions(page).getByRole('button', { name: 'Reopen' })).toBeVisible();
    await page.goto('/chats');
    await expect(page.getByRole('radio', { name: 'My chats', exact: true })).toBeChecked();
    await expect(tabs.getByRole('tab', { name: /^Active/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(chatRow(page, customer.name)).toHaveCount(0);
  });

  await test.step('searching from Active shows the resolved chat, with the matches per status', async () => {
    await page.keyboard.press('/');
    await expect(search).toBeFocused();
    await page.keyboard.type(customer.name);
    const summary = page.getByTestId('search-summary');
    await expect(summary).toHaveText(/1 chat found in all chats, every status/);
    await expect(tabs.getByRole('tab', { name: 'Active: 0 matches' })).toContainText('Active 0');
    await expect(tabs.getByRole('tab', { name: 'Pending: 0 matches' })).toContainText('Pending 0');
    await expect(tabs.getByRole('tab', { name: 'Resolved: 1 match' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(chatRow(page, customer.name)).toHaveCount(1);
  });

  await test.step('one click shows another status, and the hint points back', async () => {
    await tabs.getByRole('tab', { name: 'Active: 0 matches' }).click();
    await expect(page.getByText(`No active chats match “${customer.name}”`)).toBeVisible();
    await expect(page.getByText('Found 1 resolved: pick a tab above to see them.')).toBeVisible();
    await tabs.getByRole('tab', { name: 'Resolved: 1 match' }).click();
    await expect(chatRow(page, customer.name)).toHaveCount(1);
  });

  await test.step('the result opens from the keyboard', async () => {
    await chatList(page).focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Enter');
    await expect(conversationTitle(page)).toHaveText(customer.name);
    await expect(chatActions(page).getByRole('button', { name: 'Reopen' })).toBeVisible();
    await page.screenshot({
      path: 'docs/screenshots/search-all-statuses.png',
      animations: 'disabled',
    });
  });

  await test.step('words of a message find it too', async () => {
    await search.fill('smelled of smoke toll');
    await expect(chatRow(page, customer.name)).toHaveCount(1);
    await expect(tabs.getByRole('tab', { name: 'Resolved: 1 match' })).toContainText('Resolved 1');
  });

  await test.step('Escape clears the search and brings back the Active tab as it was', async () => {
    await search.focus();
    await page.keyboard.press('Escape');
    await expect(search).toHaveValue('');
    await expect(page.getByTestId('search-summary')).toHaveCount(0);
    await expect(tabs.getByRole('tab', { name: /^Active/ })).toHaveAttribute(
      'aria-selected',
      'true',
    );
    await expect(chatRow(page, customer.name)).toHaveCount(0);
  });
});
