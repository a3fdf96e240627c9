import { type Page, expect, test } from '@playwright/test';

import { chatActions, composer, openChatBySearch, signInToChats } from './support/console';
import { ASHA } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

/**
 * The rating dialog at its tallest (the resolve guard above the stars and the comment) fits the
 * small windows executives use, is used with the keyboard alone, and keeps a failed save's text.
 */
async function openGuard(page: Page) {
  await signInToChats(page, ASHA);
  // The longest name the stack takes, with Hindi and emoji: the guard's lines wrap, never spill.
  const base = newCustomer('Fits');
  const customer = {
    ...base,
    name: `${base.name} श्रीनिवास वेंकटेश्वर 🚕 Subrahmanya Travels Pvt Ltd Hyderabad`,
  };
  await injectInbound({ ...customer, text: 'Is my airport drop confirmed?' });
  await openChatBySearch(page, customer.name);
  await composer(page).fill('Checking with the driver now');
  await chatActions(page).getByRole('button', { name: 'Resolve' }).click();
  const dialog = page.getByRole('dialog', { name: 'Resolve this chat?' });
  await expect(dialog.getByTestId('resolve-guard')).toContainText('has waited');
  return dialog;
}

/** Checks that everything in the dialog shows without scrolling, inside the window. */
async function expectFits(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<void> {
  const viewport = page.viewportSize()!;
  const box = (await dialog.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
  const content = dialog.locator('mat-dialog-content');
  const overflow = await content.evaluate((element) => ({
    down: element.scrollHeight - element.clientHeight,
    across: element.scrollWidth - element.clientWidth,
  }));
  expect(overflow).toEqual({ down: 0, across: 0 });
  for (const name of ['Keep open', 'Resolve and save rating']) {
    await expect(dialog.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
}

async function rateWithKeyboard(page: Page, dialog: ReturnType<Page['getByRole']>) {
  await expect(dialog.getByRole('radio', { name: /^1 star/ })).toBeFocused();
  await page.keyboard.press('Space');
  for (let star = 2; star <= 5; star++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(dialog.getByRole('radio', { name: /^5 stars/ })).toBeChecked();
  await page.keyboard.press('Tab');
  // More than the 500 characters a comment takes: the box stops there and says so.
  await page.keyboard.type('ग्राहक खुश 🙂 '.repeat(40));
  const comment = dialog.getByRole('textbox', { name: 'Comment (optional)' });
  expect((await comment.inputValue()).length).toBeLessThanOrEqual(500);
  await expect(dialog.getByText(/^ ?(49\d|500) \/ 500 ?$/)).toBeVisible();
}

test.describe('at 1280 x 720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('the resolve guard and rating fit, and Enter on a star resolves and rates', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const dialog = await openGuard(page);
    await rateWithKeyboard(page, dialog);
    await expectFits(page, dialog);
    await page.screenshot({
      path: 'docs/screenshots/rating-dialog-1280x720.png',
      animations: 'disabled',
    });
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(page.getByText('Rating saved.')).toBeVisible();
    await expect(page.getByTestId('chat-status')).toHaveText('Resolved');
  });
});

test.describe('at 1024 x 576 and 125 % zoom', () => {
  test.use({ viewport: { width: 1024, height: 576 }, deviceScaleFactor: 1.25 });

  test('the resolve guard and rating fit, and Escape keeps the chat open', async ({ page }) => {
    test.setTimeout(120_000);
    const dialog = await openGuard(page);
    await rateWithKeyboard(page, dialog);
    await expectFits(page, dialog);
    await page.screenshot({
      path: 'docs/screenshots/rating-dialog-1024x576-125.png',
      animations: 'disabled',
    });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('chat-status')).toHaveText('Active');
    await expect(composer(page)).toHaveValue('Checking with the driver now');
  });
});
