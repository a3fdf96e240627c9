import { type Page, expect, test } from '@playwright/test';

import { composer, messageBubble, openChatBySearch, showScope } from './support/console';
import { ASHA, SUPERVISOR, VIKRAM } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';
import { staffPages } from './support/staff-pages';

const staffPage = staffPages({ supervisorOnChats: true });

function composerOwner(page: Page) {
  return page.getByTestId('composer-owner');
}

test("the reply box on a colleague's chat: whose it is, the reply kept until Take over", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const asha = await staffPage(browser, ASHA);
  // Asha is the only executive online: round-robin gives her the new chat.
  const farah = newCustomer('Farah');
  const opened = await injectInbound({ ...farah, text: 'My driver has not arrived yet.' });
  expect(opened.chat.assigned_executive_id).toBe(ASHA.executive_id);
  await expect(asha.getByText(farah.name).first()).toBeVisible();
  const vikram = await staffPage(browser, VIKRAM);
  const reply = `Hello ${farah.name.split(' ')[0]}, I am calling your driver now`;

  await test.step("Vikram's reply box says it is Asha's chat and keeps his reply", async () => {
    await showScope(vikram, 'All');
    await openChatBySearch(vikram, farah.name);
    await expect(composerOwner(vikram)).toHaveText(
      `${ASHA.name}'s chat: take it over to send your reply`,
    );
    await composer(vikram).fill(reply);
    const panel = vikram.locator('app-customer-panel');
    await expect(panel.getByRole('heading', { name: 'Context history' })).toBeVisible();
    await expect(panel.getByText('Loading the context history…')).toHaveCount(0);
    await vikram.screenshot({
      path: 'docs/screenshots/colleague-composer.png',
      animations: 'disabled',
    });
    await vikram.setViewportSize({ width: 1280, height: 720 });
    await vikram.screenshot({ path: test.info().outputPath('colleague-composer-1280x720.png') });
    await vikram.setViewportSize({ width: 1440, height: 900 });
    await composer(vikram).press('Control+Enter');
    await expect(vikram.getByRole('alert').filter({ hasText: 'Take it over' })).toContainText(
      `Not sent: this is ${ASHA.name}'s chat. Take it over above to send your reply; it stays here.`,
    );
    await expect(composer(vikram)).toHaveValue(reply);
    await expect(messageBubble(vikram, reply)).toHaveCount(0);
    await vikram.screenshot({ path: test.info().outputPath('colleague-composer-refused.png') });
  });

  await test.step('a supervisor reads that a reply goes out under their own name', async () => {
    const supervisor = await staffPage(browser, SUPERVISOR);
    await showScope(supervisor, 'All');
    await openChatBySearch(supervisor, farah.name);
    await expect(composerOwner(supervisor)).toHaveText(
      `${ASHA.name}'s chat: your reply goes out under your name`,
    );
  });

  await test.step('Vikram takes the chat over; the kept reply then goes out', async () => {
    await vikram.getByTestId('ownership-notice').getByRole('button', { name: 'Take over' }).click();
    const dialog = vikram.getByRole('dialog', { name: 'Take over chat' });
    await dialog.getByRole('combobox', { name: 'Reason' }).click();
    await vikram.getByRole('option', { name: 'Workload balancing' }).click();
    await dialog.getByRole('button', { name: 'Take over', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(composerOwner(vikram)).toHaveCount(0);
    await expect(composer(vikram)).toHaveValue(reply);
    await composer(vikram).press('Control+Enter');
    await expect(messageBubble(vikram, reply)).toBeVisible();
    await expect(composer(vikram)).toHaveValue('');
  });
});
