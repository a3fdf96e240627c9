import { expect, test } from '@playwright/test';

import {
  chatRow,
  composer,
  connectionStatus,
  conversationTitle,
  messageBubble,
  openChatBySearch,
  signInToChats,
} from './support/console';
import { ASHA } from './support/demo-users';
import { malformedEventCases } from './support/event-mutations';
import { recordPageFaults } from './support/page-faults';
import { tapGatewaySocket } from './support/socket-tap';
import { injectInbound, newCustomer } from './support/stack-client';

test('malformed server events are dropped and counted, and the console keeps working', async ({
  page,
}) => {
  // Hundreds of frames through a real socket and a real page: room for a busy two-core machine.
  test.setTimeout(150_000);
  const faults = await recordPageFaults(page);
  const tap = await tapGatewaySocket(page);
  await signInToChats(page, ASHA);

  const ravi = newCustomer('Ravi');
  const opened = await injectInbound({ ...ravi, text: 'Is my booking for tomorrow confirmed?' });
  await chatRow(page, ravi.name).click();
  await expect(conversationTitle(page)).toHaveText(ravi.name);

  const cases = malformedEventCases(opened.chat.chat_id);
  const malformed = cases.filter((c) => c.malformed).length;
  expect(malformed).toBeGreaterThanOrEqual(300);

  await test.step(`push ${cases.length} crafted events (${malformed} malformed) into the socket`, async () => {
    for (const c of cases) {
      tap.emit(c.event, c.payload);
    }
    // A frame that is not Socket.IO at all, and an event frame whose JSON is cut short.
    tap.sendRaw('42["new_message",{"message_id":');
    tap.sendRaw('not a socket.io frame');
  });

  await test.step('every malformed event is counted once in the diagnostics', async () => {
    // Executives see the Diagnostics button once they turn it on in the settings.
    await page.getByRole('button', { name: 'Alert settings' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Show diagnostics' }).click();
    await page.keyboard.press('Escape');
    const trigger = page.getByRole('button', { name: /^Diagnostics/ });
    await expect(trigger).toHaveAccessibleName(`Diagnostics, ${malformed} dropped`, {
      timeout: 60_000,
    });
    await trigger.click();
    const lines = page.getByTestId('dropped-payload');
    await expect(lines).toHaveCount(16);
    await expect(lines.filter({ hasText: 'Event new_message' })).toBeVisible();
    await page.keyboard.press('Escape');
  });

  await test.step('the console still opens a chat and sends a reply', async () => {
    // The frame that is not Socket.IO makes the client drop its connection and reconnect; a
    // customer who writes while Asha is away is assigned to nobody. Write once she is back.
    let meena = newCustomer('Meena');
    await expect(async () => {
      await expect(connectionStatus(page)).toHaveAccessibleName(/^Connection: Live/);
      meena = newCustomer('Meena');
      const sent = await injectInbound({ ...meena, text: 'My driver has not arrived yet.' });
      expect(sent.chat.assigned_executive_id).toBe(ASHA.executive_id);
    }).toPass({ timeout: 60_000 });
    // Through the search, which asks the back end: the crafted list events above may have
    // rearranged what the list shows.
    await openChatBySearch(page, meena.name);
    await expect(messageBubble(page, 'My driver has not arrived yet.')).toBeVisible();
    const reply = 'Checking with the driver now, one moment please.';
    await composer(page).fill(reply);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(messageBubble(page, reply).getByRole('img', { name: 'Sent' })).toBeVisible();
  });

  expect(faults.uncaught).toEqual([]);
  expect(faults.consoleErrors).toEqual([]);
  expect(await faults.violations()).toEqual([]);
  console.warn(
    `Bad payloads: ${cases.length} crafted events, ${malformed} malformed dropped, ` +
      `${faults.uncaught.length} uncaught errors, ${faults.consoleErrors.length} console errors`,
  );
});
