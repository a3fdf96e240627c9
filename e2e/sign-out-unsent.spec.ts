import { type Page, expect, test } from '@playwright/test';

import { composer, loginForm, openChatBySearch, signInToChats } from './support/console';
import { ASHA, VIKRAM } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

function signOutButton(page: Page) {
  return page.getByRole('button', { name: 'Sign out' });
}

function signOutDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Sign out with unsent work?' });
}

function keptNotice(page: Page) {
  return page.getByTestId('kept-unsent');
}

/** Signs out through the dialog's `choice`, and waits for the sign-in form. */
async function signOutChoosing(page: Page, choice: string): Promise<void> {
  await signOutButton(page).click();
  await signOutDialog(page).getByRole('button', { name: choice }).click();
  await expect(loginForm(page).submit).toBeVisible();
}

test('signing out with an unsent draft: keep it for the same executive only, discard it, or stay', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const ravi = newCustomer('Ravi');
  await injectInbound({ ...ravi, text: 'When will my refund come?' });
  const draft = `Hello ${ravi.name.split(' ')[0]}, your refund of ₹450 is on its way 🙏`;

  await test.step('Asha types a draft and signs out: the dialog says what is unsent; she keeps it', async () => {
    await signInToChats(page, ASHA);
    await page.getByRole('radio', { name: 'All', exact: true }).click();
    await openChatBySearch(page, ravi.name);
    await composer(page).fill(draft);
    // No pause: what was typed a moment ago counts too.
    await signOutButton(page).click();
    const dialog = signOutDialog(page);
    await expect(dialog.getByTestId('sign-out-unsent')).toContainText(
      `1 draft in ${ravi.name}'s chat`,
    );
    await expect(dialog.getByRole('button', { name: 'Keep for next sign-in' })).toBeFocused();
    await page.screenshot({ path: 'docs/screenshots/sign-out-unsent.png', animations: 'disabled' });
    await dialog.getByRole('button', { name: 'Keep for next sign-in' }).click();
    await expect(loginForm(page).submit).toBeVisible();
  });

  await test.step('Vikram signs in on the same browser: none of it is his to see', async () => {
    await signInToChats(page, VIKRAM);
    await page.getByRole('radio', { name: 'All', exact: true }).click();
    await openChatBySearch(page, ravi.name);
    await expect(composer(page)).toHaveValue('');
    await expect(keptNotice(page)).toHaveCount(0);
    // Nothing of his is unsent: he signs out without a question.
    await signOutButton(page).click();
    await expect(loginForm(page).submit).toBeVisible();
  });

  await test.step('Asha signs in again: she is told, and the draft is back in its chat', async () => {
    await signInToChats(page, ASHA);
    await expect(keptNotice(page)).toContainText(
      `Kept from your last session: 1 draft in ${ravi.name}'s chat`,
    );
    await page.getByRole('radio', { name: 'All', exact: true }).click();
    await openChatBySearch(page, ravi.name);
    await expect(composer(page)).toHaveValue(draft);
    await keptNotice(page).getByRole('button', { name: 'Dismiss' }).click();
    await expect(keptNotice(page)).toHaveCount(0);
  });

  await test.step('Stay signed in leaves her where she was, the draft in place', async () => {
    await signOutButton(page).click();
    await signOutDialog(page).getByRole('button', { name: 'Stay signed in' }).click();
    await expect(signOutDialog(page)).toBeHidden();
    await expect(page).toHaveURL(/\/chats/);
    await expect(composer(page)).toHaveValue(draft);
    await expect(signOutButton(page)).toBeEnabled();
  });

  await test.step('Discard forgets the draft: the next sign-in starts clean', async () => {
    await signOutChoosing(page, 'Discard');
    await signInToChats(page, ASHA);
    await expect(keptNotice(page)).toHaveCount(0);
    await page.getByRole('radio', { name: 'All', exact: true }).click();
    await openChatBySearch(page, ravi.name);
    await expect(composer(page)).toHaveValue('');
  });
});
