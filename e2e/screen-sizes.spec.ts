import { type Page, expect, test } from '@playwright/test';

import { chatList, conversationTitle, messageLog, signInToChats } from './support/console';
import { ASHA } from './support/demo-users';

/** Window sizes of the support floor: laptops, a 1440 laptop at 125 % zoom, and desktops. */
const SIZES = [
  { width: 1024, height: 768 },
  { width: 1152, height: 720 },
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
] as const;

/** Sizes where the messages must keep at least half the window's height. */
const HALF_HEIGHT_AT = new Set(['1280x720', '1366x768', '1152x720']);

interface Fit {
  /** Height of the scrolling message log, CSS pixels. */
  readonly messages: number;
  /** Whether the page itself is wider than the window. */
  readonly sideways: boolean;
}

async function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const log = document.querySelector('[role="log"][aria-label="Messages"]');
    const root = document.documentElement;
    return {
      messages: Math.round(log?.getBoundingClientRect().height ?? 0),
      sideways: root.scrollWidth > root.clientWidth,
    };
  });
}

test('the console fits the windows executives have: messages keep half the height, nothing scrolls sideways', async ({
  page,
}, testInfo) => {
  test.setTimeout(180_000);
  await signInToChats(page, ASHA);
  const first = chatList(page).getByRole('option').first();
  const name = (await first.locator('.name').first().textContent())?.trim() ?? '';
  await first.click();
  await expect(messageLog(page).locator('app-message-bubble').first()).toBeVisible({
    timeout: 30_000,
  });
  if (name) {
    await expect(conversationTitle(page)).toHaveText(name);
  }

  const figures: string[] = [];
  for (const size of SIZES) {
    const label = `${size.width}x${size.height}`;
    await test.step(`at ${label}`, async () => {
      await page.setViewportSize(size);
      // Let the layout, the header's measured width and the list settle.
      await expect(page.getByRole('group', { name: 'Chat actions' })).toBeVisible();
      await page.waitForTimeout(400);
      const fit = await measure(page);
      const share = Math.round((fit.messages / size.height) * 100);
      figures.push(`${label}: messages ${fit.messages} px (${share} %)`);
      testInfo.annotations.push({
        type: 'message area',
        description: `${label}: ${fit.messages} px, ${share} % of the window height`,
      });
      await page.screenshot({ path: `docs/screenshots/size-${label}.png`, animations: 'disabled' });

      expect(fit.sideways, `page scrolls sideways at ${label}`).toBe(false);
      if (HALF_HEIGHT_AT.has(label)) {
        expect(fit.messages, `message area at ${label}`).toBeGreaterThanOrEqual(size.height / 2);
      }
      // Sign out and every header action stay in reach.
      await expect(page.getByRole('button', { name: 'Sign out' })).toBeInViewport();
      await expect(page.getByRole('button', { name: 'More actions' })).toBeInViewport();
    });
  }

  await test.step('at 768 x 1024, one pane at a time with a way back to the list', async () => {
    await page.setViewportSize({ width: 768, height: 1024 });
    await expect(page.getByRole('link', { name: 'Back to chats' })).toBeVisible();
    await expect(chatList(page)).toBeHidden();
    const fit = await measure(page);
    figures.push(`768x1024: messages ${fit.messages} px (one pane)`);
    testInfo.annotations.push({ type: 'message area', description: figures.at(-1)! });
    expect(fit.sideways).toBe(false);
    await page.screenshot({ path: 'docs/screenshots/size-768x1024.png', animations: 'disabled' });

    await page.getByRole('link', { name: 'Back to chats' }).click();
    await expect(chatList(page)).toBeVisible();
    await expect(messageLog(page)).toHaveCount(0);
  });

  await testInfo.attach('message areas', { body: figures.join('\n'), contentType: 'text/plain' });
});

test.describe('at 1280 x 720 and 125 % zoom (1024 x 576 CSS pixels)', () => {
  test.use({ viewport: { width: 1024, height: 576 }, deviceScaleFactor: 1.25 });

  test('with the customer panel open, every reply action is in reach and none hides under the panel', async ({
    page,
  }) => {
    await signInToChats(page, ASHA);
    await chatList(page).getByRole('option').first().click();
    await expect(messageLog(page).locator('app-message-bubble').first()).toBeVisible({
      timeout: 30_000,
    });
    const details = page.getByRole('button', { name: 'Customer details' });
    if ((await details.getAttribute('aria-expanded')) !== 'true') {
      await details.click();
    }
    await expect(page.locator('#customer-panel')).toBeVisible();

    const composer = page.locator('app-composer');
    // With a draft, so every action is enabled (a disabled button is not a click target).
    await composer.getByRole('textbox').fill('नमस्ते, your driver is on the way 🚕');
    for (const name of ['Suggest a reply', 'Templates', 'Save as quick reply', 'Send']) {
      const button = composer.getByRole('button', { name, exact: true });
      await expect(button, name).toBeInViewport({ ratio: 1 });
      // The point a click on its centre reaches is the button itself, not the panel over it.
      const reached = await button.evaluate((element) => {
        const box = element.getBoundingClientRect();
        const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
        return hit !== null && element.contains(hit);
      });
      expect(reached, `${name} is covered`).toBe(true);
      const right = await button.evaluate((element) => element.getBoundingClientRect().right);
      const panelLeft = await page
        .locator('#customer-panel')
        .evaluate((element) => element.getBoundingClientRect().left);
      expect(right, `${name} runs under the panel`).toBeLessThanOrEqual(panelLeft);
    }
    await page.screenshot({ path: 'docs/screenshots/size-1024x576-125-panel.png' });
  });
});
