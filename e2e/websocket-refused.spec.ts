import { type BrowserContext, expect, test } from '@playwright/test';

import { Child, waitFor } from './support/child-process';
import {
  chatRow,
  composer,
  connectionStatus,
  conversationTitle,
  messageLog,
  signInToChats,
} from './support/console';
import { RAHUL } from './support/demo-users';
import { CONSOLE_PORT, STACK_PORT_BASE, STACK_URL } from './support/e2e-env';
import { injectInbound, newCustomer } from './support/stack-client';
import { WebSocketRefusingProxy } from './support/websocket-refusing-proxy';

/*
 * Behind a proxy that refuses websocket upgrades, the console must still work: socket.io tries
 * the websocket, is refused, and carries on over long-polling. The console here is a second copy
 * of the build whose gateway URL points at such a proxy in front of the run's stack.
 */
const PROXY_PORT = STACK_PORT_BASE + 9;
const CONSOLE = `http://localhost:${CONSOLE_PORT + 1}`;

const proxy = new WebSocketRefusingProxy(new URL(STACK_URL));
let proxyUrl = '';
const consoleServer = new Child(['scripts/serve-console.ts'], () => ({
  CONSOLE_PORT: String(CONSOLE_PORT + 1),
  STACK_PORT_BASE: String(STACK_PORT_BASE),
  CONSOLE_SOCKET_URL: proxyUrl,
}));
const contexts: BrowserContext[] = [];

test.beforeAll(async () => {
  test.setTimeout(60_000);
  proxyUrl = await proxy.listen(PROXY_PORT);
  consoleServer.start();
  await waitFor(`${CONSOLE}/config.json`);
});

test.afterAll(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await consoleServer.stop('SIGTERM');
  await proxy.close();
});

test('works over long-polling when a proxy refuses websockets', async ({ browser }) => {
  const context = await browser.newContext({ baseURL: CONSOLE });
  contexts.push(context);
  const page = await context.newPage();

  await signInToChats(page, RAHUL);
  expect(proxy.refusedUpgrades, 'the websocket was tried and refused').toBeGreaterThan(0);
  expect(proxy.pollingRequests, 'the console carried on over polling').toBeGreaterThan(0);
  await expect(page.getByText('Chats could not be loaded')).toHaveCount(0);

  // Live events arrive over polling: a new customer's chat lands in Rahul's list by itself.
  let customer = newCustomer('Meenakshi');
  let landed = await injectInbound({ ...customer, text: 'Is my cab on the way?' });
  for (let i = 0; i < 4 && landed.chat.assigned_executive_id !== RAHUL.executive_id; i++) {
    customer = newCustomer('Meenakshi');
    landed = await injectInbound({ ...customer, text: 'Is my cab on the way?' });
  }
  expect(landed.chat.assigned_executive_id).toBe(RAHUL.executive_id);
  await chatRow(page, customer.name).click();
  await expect(conversationTitle(page)).toHaveText(customer.name);
  await expect(messageLog(page)).toContainText('Is my cab on the way?');

  // A reply goes out and is acknowledged over polling too.
  await composer(page).fill('Yes, your driver is 6 minutes away.');
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const reply = messageLog(page)
    .locator('app-message-bubble')
    .filter({ hasText: 'Yes, your driver is 6 minutes away.' });
  await expect(reply).toBeVisible();
  await expect(reply.getByRole('img', { name: 'Sending' })).toHaveCount(0);

  // And the customer's next message arrives live in the open conversation.
  await injectInbound({ ...customer, text: 'Thank you!' });
  await expect(messageLog(page)).toContainText('Thank you!');
  await expect(connectionStatus(page)).toHaveAccessibleName(/^Connection: Live/);
});
