import { type Page, expect, test } from '@playwright/test';

import {
  chatActions,
  chatRow,
  composer,
  conversationTitle,
  openChatBySearch,
  showScope,
} from './support/console';
import { ASHA, SUPERVISOR, VIKRAM } from './support/demo-users';
import { injectInbound, newCustomer, waitUntilNobodyOnline } from './support/stack-client';
import { staffPages } from './support/staff-pages';

const staffPage = staffPages({ supervisorOnChats: true });

function header(page: Page) {
  return page.locator('app-conversation-header');
}

function ownershipNotice(page: Page) {
  return page.getByTestId('ownership-notice');
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `docs/screenshots/${name}.png`, animations: 'disabled' });
  // The same state at the smaller desktop size, for looking at (not kept in docs).
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: test.info().outputPath(`${name}-1280x720.png`) });
  await page.setViewportSize({ width: 1440, height: 900 });
}

test('two executives and a supervisor: who owns a chat, taking it, and who else is here', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  // Nobody is online yet, so round-robin leaves the new chat unassigned.
  await waitUntilNobodyOnline();
  const meena = newCustomer('Meena');
  const first = await injectInbound({ ...meena, text: 'Is anyone there? My cab has not come.' });
  expect(first.chat.assigned_executive_id).toBeNull();

  const asha = await staffPage(browser, ASHA);
  const vikram = await staffPage(browser, VIKRAM);
  const supervisor = await staffPage(browser, SUPERVISOR);

  await test.step('All shows the chat as unassigned; Asha assigns it to herself from its row', async () => {
    await showScope(asha, 'All');
    await asha.getByRole('textbox', { name: 'Search chats' }).fill(meena.name);
    const row = chatRow(asha, meena.name);
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('row-owner')).toContainText('Unassigned');
    await row.hover();
    // Beside the option, in the same list item.
    const assign = row.locator('xpath=..').getByTestId('row-assign-to-me');
    await expect(assign).toBeVisible();
    await shoot(asha, 'ownership-row');

    await assign.click();
    await expect(asha.getByText(`The chat with ${meena.name} is yours now.`)).toBeVisible();
    // Her own move is confirmed once, not also alerted as a reassignment.
    await expect(asha.getByText(/was reassigned to you/)).toHaveCount(0);
    await expect(row.getByTestId('row-owner')).toContainText('Assigned to you');
    await expect(assign).toHaveCount(0);
    await asha.getByRole('textbox', { name: 'Search chats' }).clear();
  });

  await test.step("Vikram sees Asha's name on the row and a Take over offer in her chat", async () => {
    await showScope(vikram, 'All');
    await vikram.getByRole('textbox', { name: 'Search chats' }).fill(meena.name);
    await expect(chatRow(vikram, meena.name).getByTestId('row-owner')).toContainText('Asha');
    await expect(chatRow(vikram, meena.name)).toContainText(`Assigned to ${ASHA.name}`);
    await vikram.getByRole('textbox', { name: 'Search chats' }).clear();
    await openChatBySearch(vikram, meena.name);
    await expect(header(vikram)).toContainText(`Assigned to: ${ASHA.name}`);
    await expect(ownershipNotice(vikram)).toContainText(
      `This is ${ASHA.name}'s chat — take it over to reply`,
    );
  });

  await test.step('each sees the other viewing, the supervisor marked, and a colleague typing', async () => {
    await openChatBySearch(asha, meena.name);
    await expect(header(asha).getByTestId('chat-viewers')).toHaveText(`${VIKRAM.name} is viewing`);
    await expect(header(vikram).getByTestId('chat-viewers')).toHaveText(`${ASHA.name} is viewing`);

    await showScope(supervisor, 'All');
    await openChatBySearch(supervisor, meena.name);
    await expect(ownershipNotice(supervisor)).toContainText(
      `Assigned to ${ASHA.name} · a reply goes out under your name`,
    );
    await expect(header(asha).getByTestId('chat-viewers')).toHaveText(
      `${VIKRAM.name} and ${SUPERVISOR.name} (supervisor) are viewing`,
    );

    await composer(vikram).pressSequentially('Hello Meena, checking', { delay: 20 });
    await expect(asha.getByTestId('colleague-typing')).toContainText(
      `${VIKRAM.name} is typing a reply…`,
    );
    await shoot(asha, 'viewing-typing');
    await composer(vikram).clear();
  });

  await test.step('a refused resolve offers Take over instead of an error', async () => {
    await chatActions(vikram).getByRole('button', { name: 'Resolve' }).click();
    // Meena waits for a reply, so the resolve guard asks first; the stack then refuses, and the
    // dialog gives way to the offer to take the chat over.
    const guard = vikram.getByRole('dialog', { name: 'Resolve this chat?' });
    await expect(guard).toContainText(`${meena.name} has waited`);
    await guard.getByRole('button', { name: 'Resolve', exact: true }).click();
    await expect(guard).toBeHidden();
    await expect(ownershipNotice(vikram)).toContainText(
      `This is ${ASHA.name}'s chat — to change its status, take it over first`,
    );
    await expect(vikram.locator('.toast-error')).toHaveCount(0);
    await expect(header(vikram).getByTestId('chat-status')).toHaveText('Active');
    await shoot(vikram, 'colleague-chat');
  });

  await test.step('Vikram takes the chat over with a reason; Asha now sees it is his', async () => {
    await ownershipNotice(vikram).getByRole('button', { name: 'Take over' }).click();
    const dialog = vikram.getByRole('dialog', { name: 'Take over chat' });
    await expect(dialog).toContainText(`${ASHA.name} is told, with your reason.`);
    await dialog.getByRole('combobox', { name: 'Reason' }).click();
    await vikram.getByRole('option', { name: 'Workload balancing' }).click();
    await dialog.getByRole('button', { name: 'Take over', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(header(vikram)).toContainText('Assigned to: You');
    await expect(vikram.getByText(/was reassigned to you/)).toHaveCount(0);
    await expect(ownershipNotice(vikram)).toHaveCount(0);

    await expect(header(asha)).toContainText(`Assigned to: ${VIKRAM.name}`);
    await expect(ownershipNotice(asha)).toContainText(
      `This is ${VIKRAM.name}'s chat — take it over to reply`,
    );
    await expect(ownershipNotice(supervisor)).toContainText(`Assigned to ${VIKRAM.name}`);
  });

  await test.step('leaving the chat takes Vikram off the viewers', async () => {
    const other = newCustomer('Farah');
    await injectInbound({ ...other, text: 'Hello?' });
    await showScope(vikram, 'All');
    await openChatBySearch(vikram, other.name);
    await expect(header(asha).getByTestId('chat-viewers')).toHaveText(
      `${SUPERVISOR.name} (supervisor) is viewing`,
    );
    await expect(conversationTitle(asha)).toHaveText(meena.name);
  });
});
