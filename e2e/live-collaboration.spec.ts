import { type Page, expect, test } from '@playwright/test';

import {
  chatActions,
  chatRow,
  conversationTitle,
  messageBubble,
  openChatBySearch,
  showScope,
} from './support/console';
import { ASHA, PRIYA, SUPERVISOR } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';
import { staffPages } from './support/staff-pages';

const staffPage = staffPages();

function chatTags(page: Page) {
  return page.getByRole('list', { name: 'Tags of this chat' });
}

test('two executives and a supervisor see each other’s work live', async ({ browser }) => {
  test.setTimeout(240_000);
  const asha = await staffPage(browser, ASHA);
  const meena = newCustomer('Meena');
  // Only Asha is online yet, so the new chat is hers.
  const first = await injectInbound({ ...meena, text: 'I was charged twice for my trip.' });
  expect(first.chat.assigned_executive_id).toBe(ASHA.executive_id);

  const priya = await staffPage(browser, PRIYA);
  const supervisor = await staffPage(browser, SUPERVISOR);

  await test.step('both executives open the same chat', async () => {
    await openChatBySearch(asha, meena.name);
    await showScope(priya, 'All');
    await openChatBySearch(priya, meena.name);
    await expect(priya.locator('app-conversation-header')).toContainText(
      `Assigned to: ${ASHA.name}`,
    );
  });

  await test.step('a tag applied by one appears for the other without a reload', async () => {
    await asha.getByRole('combobox', { name: 'Add tag' }).fill('Refund');
    await asha.getByRole('option', { name: 'Refund', exact: true }).click();
    await expect(chatTags(asha).getByRole('listitem').filter({ hasText: 'Refund' })).toBeVisible();
    await expect(chatTags(priya).getByRole('listitem').filter({ hasText: 'Refund' })).toBeVisible();
    await expect(chatRow(priya, meena.name)).toContainText('Refund');
  });

  await test.step('a new customer message appears live in the list and the conversation', async () => {
    const text = `Please check, ₹1,240 was deducted twice (ref ${Date.now() % 100000}).`;
    await injectInbound({ number: meena.number, text });
    await expect(messageBubble(asha, text)).toBeVisible();
    await expect(messageBubble(priya, text)).toBeVisible();
    await expect(chatRow(asha, meena.name)).toContainText(text);
    await expect(chatRow(priya, meena.name)).toContainText(text);
  });

  await test.step('a reassignment reaches the target executive as a toast', async () => {
    // Priya is back on her list, with no chat open, when the chat is handed to her.
    await priya.getByRole('link', { name: 'Customer Care Chat, home' }).click();
    await expect(priya).toHaveURL(/\/chats$/);

    await chatActions(asha).getByRole('button', { name: 'Reassign' }).click();
    const dialog = asha.getByRole('dialog', { name: 'Reassign chat' });
    await dialog.getByRole('option', { name: new RegExp(PRIYA.name) }).click();
    await dialog.getByRole('combobox', { name: 'Reason' }).click();
    await asha.getByRole('option', { name: 'Workload balancing' }).click();
    await dialog.getByRole('button', { name: 'Reassign', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(asha.locator('app-conversation-header')).toContainText(
      `Assigned to: ${PRIYA.name}`,
    );

    const toast = priya.getByRole('alert', {
      name: `${meena.name}'s chat was reassigned to you: Workload balancing`,
    });
    await expect(toast).toBeVisible();
    // The toast opens the chat it is about.
    await toast.click();
    await expect(priya).toHaveURL(new RegExp(`/chats/${first.chat.chat_id}$`));
    await expect(conversationTitle(priya)).toHaveText(meena.name);
    await expect(priya.locator('app-conversation-header')).toContainText('Assigned to: You');
  });

  await test.step('the supervisor’s console loads the dashboard', async () => {
    await expect(supervisor).toHaveURL(/\/dashboard$/);
    await expect(supervisor.getByRole('heading', { name: /dashboard/i }).first()).toBeVisible();
    await expect(supervisor.getByRole('link', { name: 'Chats', exact: true })).toBeVisible();
  });
});
