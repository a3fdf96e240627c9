import { expect, test } from '@playwright/test';

import { composer, loginForm, signIn, signInToChats, submitLogin } from './support/console';
import { STACK_PORT_BASE } from './support/e2e-env';
import { ASHA, PRIYA } from './support/demo-users';

test.describe('signing in and out', () => {
  test('a wrong password shows the error and keeps the executive on the login page', async ({
    page,
  }) => {
    await page.goto('/login');
    await submitLogin(page, ASHA.email, 'not-the-password');
    const form = loginForm(page);
    await expect(form.error).toBeVisible();
    await expect(form.error).toContainText(/password/i);
    await expect(page).toHaveURL(/\/login/);
    await expect(form.submit).toBeEnabled();
  });

  test('signing in lands on the chats', async ({ page }) => {
    await signInToChats(page, ASHA);
    await expect(page.getByText(ASHA.name)).toBeVisible();
  });

  test('the page asked for before signing in opens after sign-in', async ({ page }) => {
    await page.goto('/chats/chat_s002');
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fchats%2Fchat_s002$/);
    await submitLogin(page, ASHA.email, ASHA.password);
    await expect(page).toHaveURL(/\/chats\/chat_s002$/, { timeout: 30_000 });
    await expect(page.getByRole('log', { name: 'Messages' })).toBeVisible();
  });

  test('signing out returns to the login page and closes the console', async ({ page }) => {
    await signIn(page, PRIYA);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/login/);
    await expect(loginForm(page).email).toBeVisible();
    await page.goto('/chats');
    await expect(page).toHaveURL(/\/login/);
  });

  test('an executive opening the dashboard sees the page is for supervisors', async ({ page }) => {
    await signIn(page, ASHA);
    await page.goto('/dashboard');
    await expect(page).toHaveURL(/\/not-allowed$/);
    await expect(
      page.getByRole('heading', { name: 'This page is for supervisors.' }),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Go to my chats' }).click();
    await expect(page).toHaveURL(/\/chats$/, { timeout: 30_000 });
  });

  test('text typed a moment before the session ends is kept, not only what was already saved', async ({
    page,
  }) => {
    await signInToChats(page, PRIYA);
    await page.goto('/chats/chat_s003');
    await expect(composer(page)).toBeEditable();
    // Timers stand still from here: the composer's delayed draft save cannot run by itself, so
    // only a save made as the session ends can keep the text.
    await page.clock.install();
    await page.clock.pauseAt(Date.now() + 1_000);
    const draft = 'Sorry for the wait, your booking OW-77120 is';
    await composer(page).fill(draft);
    expect(await page.evaluate(() => JSON.stringify(localStorage))).not.toContain('OW-77120');

    await page.route('**/api/templates**', (route) =>
      route.fulfill({ status: 401, json: { detail: 'Token expired' } }),
    );
    await page.getByRole('button', { name: 'Templates' }).click();
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fchats%2Fchat_s003$/);
    await page.clock.resume();

    await page.unroute('**/api/templates**');
    await submitLogin(page, PRIYA.email, PRIYA.password);
    await expect(page).toHaveURL(/\/chats\/chat_s003$/, { timeout: 30_000 });
    await expect(composer(page)).toHaveValue(draft);
  });

  test('a session ended on the server while the socket is open returns to sign-in with the place and draft kept', async ({
    page,
  }) => {
    await signInToChats(page, PRIYA);
    await page.goto('/chats/chat_s005');
    const draft = 'Your driver Salim is 4 minutes away, cab KA01';
    await composer(page).fill(draft);

    // The session is ended on the server (signed out elsewhere, or revoked): the gateway closes the
    // open socket and refuses the console's reconnection with `unauthorized`.
    const ended = await page.evaluate(
      async (nodeAdmin) => {
        const stored = JSON.parse(sessionStorage.getItem('ccc.session') ?? '{}') as {
          node?: { value: string };
        };
        const response = await fetch(`${nodeAdmin}logout`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${stored.node?.value ?? ''}` },
        });
        return response.status;
      },
      `http://localhost:${STACK_PORT_BASE + 1}/`,
    );
    expect(ended).toBe(200);

    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fchats%2Fchat_s005$/, { timeout: 30_000 });
    await expect(page.getByText('Your session expired. Sign in again.')).toBeVisible();
    await submitLogin(page, PRIYA.email, PRIYA.password);
    await expect(page).toHaveURL(/\/chats\/chat_s005$/, { timeout: 30_000 });
    await expect(composer(page)).toHaveValue(draft);
  });

  test('a session that expires in the middle of a reply keeps the draft and returns to the chat', async ({
    page,
  }) => {
    await signInToChats(page, PRIYA);
    await page.goto('/chats/chat_s002');
    const draft = 'Your refund reference is RF-2291, it reaches';
    await composer(page).fill(draft);
    await expect.poll(() => page.evaluate(() => JSON.stringify(localStorage))).toContain('RF-2291');

    // The back end stops accepting the token, as it does when a session runs out.
    await page.route('**/api/templates**', (route) =>
      route.fulfill({ status: 401, json: { detail: 'Token expired' } }),
    );
    await page.getByRole('button', { name: 'Templates' }).click();
    await expect(page).toHaveURL(/\/login\?returnUrl=%2Fchats%2Fchat_s002$/);
    // The login page's notice; the templates dialog may still be closing with the same sentence.
    await expect(
      page.getByRole('main').getByText('Your session expired. Sign in again.'),
    ).toBeVisible();

    await page.unroute('**/api/templates**');
    await submitLogin(page, PRIYA.email, PRIYA.password);
    await expect(page).toHaveURL(/\/chats\/chat_s002$/, { timeout: 30_000 });
    await expect(composer(page)).toHaveValue(draft);
  });
});
