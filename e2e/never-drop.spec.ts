import { type Page, expect, test } from '@playwright/test';

import {
  chatActions,
  chatList,
  chatRow,
  composer,
  conversationTitle,
  openChatBySearch,
  signInToChats,
} from './support/console';
import { ASHA } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `docs/screenshots/${name}.png`, animations: 'disabled' });
}

/** The SLA flag of a chat's row ("4m left"), present only while the customer waits. */
function slaFlag(page: Page, name: string) {
  return chatRow(page, name).getByText(/^(\d+[smhd]( \d+[mh])? left|Breached .+)$/);
}

test('resolving a waiting customer asks first, Undo and Reopen bring the SLA clock back', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInToChats(page, ASHA);
  const meera = newCustomer('Meera');
  const first = meera.name.split(' ')[0];
  const opened = await injectInbound({ ...meera, text: 'My cab has not come. Please help!' });
  expect(opened.chat.assigned_executive_id).toBe(ASHA.executive_id);
  await openChatBySearch(page, meera.name);
  await expect(chatRow(page, meera.name)).toContainText('Needs reply');
  await expect(slaFlag(page, meera.name)).toBeVisible();

  await test.step('Resolve asks first: the customer waits and a reply is unsent', async () => {
    await composer(page).fill(`Sorry ${first}, I am checking with the driver`);
    await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
    const guard = page.getByRole('dialog', { name: 'Resolve this chat?' });
    await expect(guard.getByTestId('resolve-guard')).toContainText(
      `${meera.name} has waited less than a minute for a reply.`,
    );
    await expect(guard.getByTestId('resolve-guard')).toContainText(
      'Your unsent reply will be kept in the reply box.',
    );
    await shoot(page, 'resolve-guard');
    await guard.getByRole('button', { name: 'Keep open' }).click();
    await expect(guard).toBeHidden();
    await expect(page.getByTestId('chat-status')).toHaveText('Active');
  });

  await test.step('resolving anyway offers Undo; the draft stays', async () => {
    await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
    const guard = page.getByRole('dialog', { name: 'Resolve this chat?' });
    await guard.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect(guard).toBeHidden();
    await expect(page.getByTestId('chat-status')).toHaveText('Resolved');
    const confirmation = page.getByTestId('action-confirmation');
    await expect(confirmation).toContainText('Chat resolved.');
    await expect(chatRow(page, meera.name)).toHaveCount(0);
    await shoot(page, 'resolve-undo');
    await confirmation.getByRole('button', { name: 'Undo resolve' }).click();
    await expect(confirmation).toContainText(
      `Chat reopened. ${meera.name} is waiting for a reply again.`,
    );
    await expect(page.getByTestId('chat-status')).toHaveText('Active');
    await expect(chatRow(page, meera.name)).toContainText('Needs reply');
    await expect(slaFlag(page, meera.name)).toBeVisible();
    await expect(composer(page)).toHaveValue(`Sorry ${first}, I am checking with the driver`);
  });

  await test.step('e resolves too; the Undo follows to the next chat as a snackbar', async () => {
    await composer(page).fill('');
    await page.locator('app-conversation-header h2').click();
    await page.keyboard.press('e');
    const guard = page.getByRole('dialog', { name: 'Resolve this chat?' });
    await expect(guard.getByTestId('resolve-guard')).toContainText('has waited');
    await guard.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect(page.getByTestId('chat-status')).toHaveText('Resolved');
    const other = chatList(page).getByRole('option').first();
    await other.click();
    await expect(conversationTitle(page)).not.toHaveText(meera.name);
    const snackbar = page.locator('mat-snack-bar-container');
    await expect(snackbar).toContainText(`Chat with ${meera.name} resolved.`);
    await snackbar.getByRole('button', { name: 'Undo' }).click();
    await expect(chatRow(page, meera.name)).toContainText('Needs reply');
    await expect(slaFlag(page, meera.name)).toBeVisible();
  });

  await test.step('Reopen later brings the wait back as well', async () => {
    await openChatBySearch(page, meera.name);
    await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
    await page
      .getByRole('dialog', { name: 'Resolve this chat?' })
      .getByRole('button', { name: 'Resolve', exact: true })
      .click();
    await expect(page.getByTestId('chat-status')).toHaveText('Resolved');
    await chatActions(page).getByRole('button', { name: 'Reopen' }).click();
    await expect(page.getByTestId('chat-status')).toHaveText('Active');
    await expect(chatRow(page, meera.name)).toContainText('Needs reply');
    await expect(slaFlag(page, meera.name)).toBeVisible();
  });
});
