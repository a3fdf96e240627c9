import type { Browser, Page } from '@playwright/test';

import {
  LONG_CHAT_ID,
  LONG_CHAT_MESSAGES,
  ashaChatIndex,
  benchChatId,
  benchChatNumber,
} from './bench-env';
import { CHAT_ROWS, clickToPaint, openLoginPage, signInToList } from './console-session';
import { inject, percentile, sleep } from './traffic';

export interface StartupResult {
  runsMs: number[];
  medianMs: number;
}

/** Submitting the sign-in form to a usable chat list, `runs` times, each in a fresh profile. */
export async function measureStartup(browser: Browser, runs: number): Promise<StartupResult> {
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const { context, page } = await openLoginPage(browser);
    const readyAt = await signInToList(page);
    const clicked = await page.evaluate(
      () => (window as unknown as { __bench: { lastClick: number } }).__bench.lastClick,
    );
    runsMs.push(readyAt - clicked);
    await context.close();
  }
  return { runsMs, medianMs: percentile(runsMs, 50) };
}

export interface RowCount {
  where: string;
  rendered: number;
  visible: number;
}

export interface BigListResult {
  chatsInList: number;
  rows: RowCount[];
  longChat: { messages: number; openMs: number; bubblesInDom: number };
  switchesMs: number[];
  switchMedianMs: number;
}

async function countRows(page: Page, where: string): Promise<RowCount> {
  await sleep(400);
  return page.evaluate(
    ({ selector, where }) => {
      const viewport = document.querySelector('[role="listbox"][aria-label="Chats"]')!;
      const box = viewport.getBoundingClientRect();
      const rows = [...document.querySelectorAll(selector)];
      const visible = rows.filter((row) => {
        const r = row.getBoundingClientRect();
        return r.bottom > box.top && r.top < box.bottom;
      }).length;
      return { where, rendered: rows.length, visible };
    },
    { selector: CHAT_ROWS, where },
  );
}

async function scrollList(page: Page, to: 'end' | number): Promise<number> {
  return page.evaluate((target) => {
    const viewport = document.querySelector('[role="listbox"][aria-label="Chats"]') as HTMLElement;
    viewport.scrollTop = target === 'end' ? viewport.scrollHeight : target;
    return viewport.scrollHeight;
  }, to);
}

/**
 * The list with every chat paged in (All), rows in the DOM against rows on screen; then the long
 * conversation opened from the list, and switches between it and another open chat.
 */
export async function measureBigLists(browser: Browser, deadline: number): Promise<BigListResult> {
  const { context, page } = await openLoginPage(browser);
  await signInToList(page);
  await page.mouse.move(1300, 880);
  const rows: RowCount[] = [];
  rows.push(await countRows(page, 'My chats, top'));

  await page.getByRole('radio', { name: 'All', exact: true }).click();
  await page.locator(CHAT_ROWS).first().waitFor();
  // Page the whole list in: scroll to the end until it stops growing.
  let height = 0;
  let still = 0;
  while (still < 20 && Date.now() < deadline) {
    const next = await scrollList(page, 'end');
    const loading = await page.getByLabel('Loading more chats').count();
    still = next === height && loading === 0 ? still + 1 : 0;
    height = next;
    await sleep(250);
  }
  const chatsInList = Math.round(height / 76);
  rows.push(await countRows(page, `All (${chatsInList} chats), end`));
  await scrollList(page, Math.round(height / 2));
  rows.push(await countRows(page, `All (${chatsInList} chats), middle`));
  await scrollList(page, 0);
  rows.push(await countRows(page, `All (${chatsInList} chats), top`));

  await page.getByRole('radio', { name: 'My chats', exact: true }).click();
  await page.locator(`[data-chat-id="${LONG_CHAT_ID}"]`).waitFor();
  await page.mouse.move(1300, 880);
  const newest = `Message ${LONG_CHAT_MESSAGES}:`;
  const openMs = await clickToPaint(page, LONG_CHAT_ID, newest);
  const bubblesInDom = await page.locator('app-message-bubble').count();
  // Off the list, so the new message moves its chat to the top instead of being held back.
  await page.mouse.move(1300, 880);
  await sleep(300);

  // Another of Asha's chats, made the newest so it sits at the top with a known last message.
  const other = ashaChatIndex(1);
  await inject({ number: benchChatNumber(other), text: '#B990001 Is the driver close?' });
  await page.locator(`[data-chat-id="${benchChatId(other)}"]`).waitFor();
  await sleep(500);
  const switchesMs: number[] = [];
  for (let i = 0; i < 5; i++) {
    await page.mouse.move(1300, 880);
    switchesMs.push(await clickToPaint(page, benchChatId(other), '#B990001'));
    await sleep(300);
    await page.mouse.move(1300, 880);
    switchesMs.push(await clickToPaint(page, LONG_CHAT_ID, newest));
    await sleep(300);
  }
  await context.close();
  return {
    chatsInList,
    rows,
    longChat: { messages: LONG_CHAT_MESSAGES, openMs, bubblesInDom },
    switchesMs,
    switchMedianMs: percentile(switchesMs, 50),
  };
}
