import { expect, test } from '@playwright/test';

import { chatList, signInToChats } from './support/console';
import { ASHA } from './support/demo-users';
import { injectInbound, newCustomer } from './support/stack-client';

/**
 * The toolbar's menus and a row's actions load their code the first time they are opened (the list
 * is usable without it): each still opens where it belongs, from the mouse or the keyboard, and
 * gives the focus back when it closes.
 */
test('menus that load on first use open at their button or the pointer and give the focus back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signInToChats(page, ASHA);
  const who = newCustomer('Menus');
  await injectInbound({ number: who.number, name: who.name, text: 'Hello there' });

  await test.step('the bell counts the new alert and lists it', async () => {
    const bell = page.getByRole('button', { name: /^Alerts, \d+ new/ });
    await expect(bell).toBeVisible({ timeout: 15_000 });
    await bell.click();
    const menu = page.getByRole('menu', { name: 'Alerts' });
    await expect(menu.getByRole('menuitem', { name: `New chat from ${who.name}` })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Alerts', exact: true })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(page.getByRole('button', { name: 'Alerts', exact: true })).toBeFocused();
  });

  await test.step('from the keyboard, the first item has the focus', async () => {
    await page.getByRole('button', { name: 'Alert settings' }).focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: 'Alert settings' });
    await expect(menu.getByRole('menuitemcheckbox', { name: 'Sound for new chats' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Alert settings' })).toBeFocused();
  });

  await test.step('a right click opens the row actions at the pointer', async () => {
    const row = chatList(page).getByRole('option').first();
    const box = (await row.boundingBox())!;
    const at = { x: Math.round(box.x + 150), y: Math.round(box.y + box.height / 2) };
    await page.mouse.click(at.x, at.y, { button: 'right' });
    const menu = page.getByRole('menu', { name: 'Chat actions' });
    await expect(menu.getByRole('menuitem', { name: 'Mark as unread' })).toBeVisible();
    const panel = (await menu.boundingBox())!;
    expect(Math.abs(panel.x - at.x)).toBeLessThan(24);
    expect(Math.abs(panel.y - at.y)).toBeLessThan(24);
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(chatList(page)).toBeFocused();
  });

  await test.step('the theme menu switches to dark', async () => {
    await page.getByRole('button', { name: /^Theme/ }).click();
    await page.getByRole('menuitemradio', { name: 'Dark' }).click();
    await expect(page.locator('html')).toHaveClass(/theme-dark/);
    await page.getByRole('button', { name: /^Theme/ }).click();
    await page.getByRole('menuitemradio', { name: 'Same as my computer' }).click();
  });
});
