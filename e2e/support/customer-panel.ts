import { type Locator, type Page, expect } from '@playwright/test';

import { conversationTitle } from './console';

/** The right-hand panel. */
export function panel(page: Page): Locator {
  return page.getByRole('complementary', { name: 'Customer details' });
}

/** One section of the panel, by its heading. */
export function section(page: Page, heading: string): Locator {
  return panel(page).getByRole('region', { name: heading, exact: true });
}

/**
 * A lower section of the panel, scrolled into view: those are built when they first come into
 * view, so until then only their placeholder is on the page.
 */
export async function reveal(page: Page, heading: string): Promise<Locator> {
  const region = section(page, heading);
  const placeholder = panel(page).locator('.placeholder', { hasText: heading });
  // The placeholder may be swapped for the section while it scrolls: try again on the new one.
  await expect(async () => {
    await region.or(placeholder).first().scrollIntoViewIfNeeded({ timeout: 2_000 });
  }).toPass();
  await region.scrollIntoViewIfNeeded();
  return region;
}

/**
 * Opens a chat by its URL, and the customer panel when it is folded away, and waits until the
 * conversation and the panel name its writer.
 */
export async function openChat(page: Page, chat: { id: string; name: string }): Promise<void> {
  await page.goto(`/chats/${chat.id}`);
  await expect(conversationTitle(page)).toHaveText(chat.name, { timeout: 30_000 });
  // Narrower than 1280 px the panel folds away behind this button until it is opened.
  const toggle = page.getByRole('button', { name: 'Customer details', exact: true });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') {
    await toggle.click();
  }
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveText(chat.name);
}

/**
 * Hides the alert toasts. The shared stack raises SLA alerts for seeded chats at any moment, and
 * their corner sits over the lower part of the panel; the alerts have their own tests.
 */
export async function hideAlertToasts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      const style = document.createElement('style');
      style.textContent = '#toast-container { display: none !important; }';
      document.head.append(style);
    });
  });
}

/** The origin of one back end, read from the console's own runtime configuration. */
export async function backendOrigin(
  page: Page,
  key: 'nodejsOnewayAdminUrl' | 'partnerEnrollApi',
): Promise<string> {
  const config = (await (await page.request.get('/config.json')).json()) as Record<string, string>;
  return new URL(config[key]).origin;
}

/** Makes one back end answer every call with a 503, as when it goes down. */
export async function takeDown(page: Page, origin: string): Promise<void> {
  await page.route(`${origin}/**`, (route) =>
    route.request().method() === 'OPTIONS'
      ? route.fallback()
      : route.fulfill({
          status: 503,
          contentType: 'application/json',
          headers: { 'Access-Control-Allow-Origin': '*' },
          body: JSON.stringify({
            error: { code: 'unavailable', message: 'This service is down for maintenance.' },
          }),
        }),
  );
}
