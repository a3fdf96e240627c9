import { type Locator, type Page, expect } from '@playwright/test';

import type { DemoLogin } from './demo-users';

/** The sign-in form's parts. */
export function loginForm(page: Page) {
  return {
    email: page.getByLabel('Work email'),
    password: page.getByLabel('Password', { exact: true }),
    submit: page.getByRole('button', { name: 'Sign in' }),
    error: page.getByRole('alert'),
  };
}

/** Fills in and sends the sign-in form on the page already open (the login page). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  const form = loginForm(page);
  await form.email.fill(email);
  await form.password.fill(password);
  await form.submit.click();
}

/** Opens the login page and signs in; waits until the console (or the dashboard) is shown. */
export async function signIn(page: Page, user: DemoLogin): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, user.email, user.password);
  const home = user.role === 'supervisor' ? /\/dashboard$/ : /\/chats$/;
  // Sign-in is two back ends and a lazy-loaded console: allow it more than one expectation's time.
  await expect(page).toHaveURL(home, { timeout: 30_000 });
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
}

/** Signs in and waits for the live chat list with its first rows. */
export async function signInToChats(page: Page, user: DemoLogin): Promise<void> {
  await signIn(page, user);
  await expect(chatList(page).getByRole('option').first()).toBeVisible({ timeout: 30_000 });
  await expect(connectionStatus(page)).toHaveAccessibleName(/^Connection: Live/, {
    timeout: 30_000,
  });
}

/** The toolbar's connection indicator; its name says whether the console is live. */
export function connectionStatus(page: Page): Locator {
  return page.getByLabel(/^Connection: /);
}

/** The chat list (a listbox of chats). */
export function chatList(page: Page): Locator {
  return page.getByRole('listbox', { name: 'Chats' });
}

/** The row of a chat in the list, found by the customer's name. */
export function chatRow(page: Page, name: string): Locator {
  return chatList(page).getByRole('option', { name: new RegExp(escapeRegExp(name)) });
}

/** Shows My chats or All chats. */
export async function showScope(page: Page, scope: 'My chats' | 'All'): Promise<void> {
  const toggle = page.getByRole('radio', { name: scope, exact: true });
  await toggle.click();
  await expect(toggle).toBeChecked();
}

/**
 * Finds a chat through the search field and opens it. Search goes to the back end, so it finds a
 * chat wherever it sits in the list (or whether the list order is being held still).
 */
export async function openChatBySearch(page: Page, name: string): Promise<void> {
  const search = page.getByRole('textbox', { name: 'Search chats' });
  await search.fill(name);
  const row = chatRow(page, name);
  await expect(row).toHaveCount(1);
  await row.click();
  await expect(conversationTitle(page)).toHaveText(name);
  await search.clear();
}

/** The open conversation's heading: the customer's name. */
export function conversationTitle(page: Page): Locator {
  return page.locator('app-conversation-header').getByRole('heading', { level: 2 });
}

/** The open chat's action buttons (resolve, reassign, notes...). */
export function chatActions(page: Page): Locator {
  return page.getByRole('group', { name: 'Chat actions' });
}

/** The open conversation's messages. */
export function messageLog(page: Page): Locator {
  return page.getByRole('log', { name: 'Messages' });
}

/** The reply box of the open conversation. */
export function composer(page: Page): Locator {
  return page.getByRole('textbox', { name: /^Reply to / });
}

/** A message bubble holding `text`. */
export function messageBubble(page: Page, text: string | RegExp): Locator {
  return messageLog(page).locator('app-message-bubble').filter({ hasText: text });
}

/** Escapes text for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
