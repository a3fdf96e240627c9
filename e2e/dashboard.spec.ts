import { type Browser, type Page, type WebSocketRoute, expect, test } from '@playwright/test';

import { escapeRegExp, signIn, signInToChats } from './support/console';
import { SUPERVISOR, VIKRAM, type DemoLogin } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

/** A browser context of its own per staff member, as on their own computer. */
async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

function dashboard(page: Page) {
  return {
    live: page.locator('app-live-indicator'),
    board: page.getByRole('table', { name: 'Executives' }),
    row: (user: DemoLogin) =>
      page
        .getByRole('table', { name: 'Executives' })
        .getByRole('row', { name: new RegExp(escapeRegExp(user.name)) }),
    alerts: page.getByRole('list', { name: 'SLA alerts' }),
    assignments: page.getByRole('list', { name: 'Assignments' }),
  };
}

test('an executive is refused the dashboard and keeps the team figures in the toolbar', async ({
  page,
}) => {
  await signInToChats(page, VIKRAM);
  await expect(page.getByLabel('Team chats right now')).toContainText('Active');
  await expect(page.getByLabel('Your chats right now')).toContainText('open');
  await expect(page.getByRole('link', { name: 'Dashboard' })).toHaveCount(0);

  await page.goto('/dashboard');
  await expect(page).toHaveURL(/\/not-allowed$/);
  await expect(page.getByRole('heading', { name: 'This page is for supervisors.' })).toBeVisible();
  await page.getByRole('link', { name: 'Go to my chats' }).click();
  await expect(page).toHaveURL(/\/chats$/);
});

test('a supervisor sees a chat assigned, an SLA alert and an executive going offline, live', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const supervisor = await newPage(browser);
  await signIn(supervisor, SUPERVISOR);
  const board = dashboard(supervisor);
  await expect(board.live).toHaveText('Live', { timeout: 30_000 });
  // Marks this page load: if anything below reloaded the page, the mark would be gone.
  await supervisor.evaluate(() => Object.assign(window, { dashboardE2eMark: true }));

  const vikram = await newPage(browser);
  await signInToChats(vikram, VIKRAM);
  await expect(board.row(VIKRAM)).toContainText('Online');

  const customer = newCustomer('Farah');
  const inbound = await injectInbound({ ...customer, text: 'My cab has not come yet.' });
  // Vikram is the only executive online, so round-robin gives him the chat.
  expect(inbound.chat.assigned_executive_id).toBe(VIKRAM.executive_id);
  const chatUrl = `/chats/${inbound.chat.chat_id}`;

  await test.step('the assignment arrives in the feed', async () => {
    const assigned = board.assignments.getByRole('link', {
      name: new RegExp(
        `^Open chat with ${escapeRegExp(customer.name)}: Assigned to ${VIKRAM.name}`,
      ),
    });
    await expect(assigned).toBeVisible();
    await expect(assigned).toHaveAttribute('href', chatUrl);
  });

  const alert = board.alerts.getByRole('link', {
    name: new RegExp(`^Open chat with ${escapeRegExp(customer.name)}: .*${VIKRAM.name}`),
  });
  await test.step('the SLA alert arrives in the feed, linked to the chat', async () => {
    // The stack under test warns a short while after a customer starts waiting.
    await expect(alert).toBeVisible({ timeout: 90_000 });
    await expect(alert).toHaveAttribute('href', chatUrl);
    await expect(board.row(VIKRAM)).not.toContainText('Nobody waiting');
  });

  await test.step('the executive going offline shows on the board', async () => {
    await vikram.getByRole('switch', { name: 'Online' }).click();
    await expect(vikram.getByRole('switch', { name: 'Offline' })).toBeVisible();
    await expect(board.row(VIKRAM)).toContainText('Offline');
    // Back online, so the rest of the suite finds the team as it was.
    await vikram.getByRole('switch', { name: 'Offline' }).click();
    await expect(board.row(VIKRAM)).toContainText('Online');
  });

  await test.step('all of it without a reload, and the alert opens the chat', async () => {
    expect(await supervisor.evaluate(() => 'dashboardE2eMark' in window)).toBe(true);
    await alert.click();
    await expect(supervisor).toHaveURL(new RegExp(`${escapeRegExp(chatUrl)}$`));
  });

  await Promise.all([supervisor, vikram].map((page) => page.context().close()));
});

test('the dashboard says when it is stale and catches up when the connection returns', async ({
  browser,
}) => {
  const supervisor = await newPage(browser);
  let blocked = false;
  const sockets: WebSocketRoute[] = [];
  // Stands between the console and the gateway, so the test can drop the connection.
  await supervisor.routeWebSocket(/\/ws\//, (socket) => {
    if (blocked) {
      void socket.close();
      return;
    }
    socket.connectToServer();
    sockets.push(socket);
  });
  await supervisor.route(/\/ws\/\?.*transport=polling/, (route) =>
    blocked ? route.abort() : route.continue(),
  );
  await signIn(supervisor, SUPERVISOR);
  const board = dashboard(supervisor);
  await expect(board.live).toHaveText('Live', { timeout: 30_000 });

  blocked = true;
  await Promise.all(sockets.splice(0).map((socket) => socket.close()));
  await expect(board.live).toHaveText(/^Stale since \d{1,2}:\d\d(\s?[ap]m)? — reconnecting$/i);

  // socket.io backs off up to 15 s between attempts, so the way back may take a while.
  const resync = supervisor.waitForRequest(/\/api\/dashboard\/stats/, { timeout: 45_000 });
  blocked = false;
  await expect(board.live).toHaveText('Live', { timeout: 45_000 });
  await resync;

  await supervisor.context().close();
});
