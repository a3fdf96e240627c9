import AxeBuilder from '@axe-core/playwright';
import { type Page, expect, test } from '@playwright/test';

import { loginForm, messageLog, openChatBySearch, signInToChats } from './support/console';
import { VIKRAM } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

/**
 * Runs axe on the page (or only inside `include`) and lists the serious and critical violations,
 * one line per element.
 */
async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let axe = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
    'best-practice',
  ]);
  if (include) {
    axe = axe.include(include);
  }
  const results = await axe.analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .flatMap((violation) =>
      violation.nodes.map(
        (node) =>
          `${violation.id} (${violation.impact}): ${violation.help} at ${node.target.join(' ')}`,
      ),
    );
}

test.describe('accessibility', () => {
  test('the login page has no serious or critical violations', async ({ page }) => {
    await page.goto('/login');
    await expect(loginForm(page).email).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);

    // The form's error state too.
    await loginForm(page).submit.click();
    await expect(page.getByText('Enter your work email.')).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the chats page with a conversation open has no serious or critical violations', async ({
    page,
  }) => {
    // Two full axe passes over a large page: allow for a busy machine.
    test.setTimeout(180_000);
    await signInToChats(page, VIKRAM);
    const customer = newCustomer('Ritika');
    const opened = await injectInbound({
      ...customer,
      text: 'Is my booking for tomorrow confirmed?',
    });
    expect(opened.chat.assigned_executive_id).toBe(VIKRAM.executive_id);
    // The new chat's alert, while it is on screen.
    const toast = page.getByRole('alert', { name: `New chat from ${customer.name}` });
    await expect(toast).toBeVisible();
    // Once it has faded in (300 ms): halfway, its text is as faint as its opacity.
    await toast.evaluate((element) =>
      Promise.all(
        (element.closest('.ngx-toastr')?.getAnimations() ?? []).map((shown) => shown.finished),
      ),
    );
    const alert = await seriousViolations(page, '#toast-container');

    await injectInbound({
      number: customer.number,
      type: 'image',
      text: 'Screenshot of the payment',
    });
    await injectInbound({ number: customer.number, type: 'document', text: 'Ticket OW5521' });
    await openChatBySearch(page, customer.name);
    await expect(
      messageLog(page).getByRole('img', { name: 'Screenshot of the payment' }),
    ).toBeVisible();
    const light = await seriousViolations(page);

    await page.getByRole('button', { name: 'Theme: Same as my computer' }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveClass(/theme-dark/);
    await expect(page.getByRole('menu')).toBeHidden();
    const dark = await seriousViolations(page);

    expect({ alert, light, dark }).toEqual({ alert: [], light: [], dark: [] });
  });
});
