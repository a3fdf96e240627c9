import type { Browser } from '@playwright/test';

import {
  CONSOLE_URL,
  MAPPED_CONSOLE_URL,
  ashaChatIndex,
  benchChatId,
  benchChatNumber,
} from './bench-env';
import { CHAT_ROWS, clickToPaint, openLoginPage, readProbe, signInToList } from './console-session';
import { type MainThreadBusy, mainThreadBusy } from './main-thread-trace';
import { type Attribution, profileAttribution } from './trace-attribution';
import { inject, paced, percentile, sleep } from './traffic';

export interface IngestResult {
  rate: number;
  seconds: number;
  chats: number;
  sent: number;
  accepted: number;
  sendSeconds: number;
  /** Marked frames the page's socket received. */
  framesReceived: number;
  /** Messages of the open chat painted in its log, of those sent to it. */
  openChatPainted: number;
  openChatSent: number;
  /** Rows on screen at the end whose preview is the last message sent to that chat. */
  rowsCurrent: number;
  rowsChecked: number;
  longTasks: number;
  longestTaskMs: number;
  eventToPaintP50: number;
  eventToPaintP95: number;
  eventToPaintMax: number;
  paintedSamples: number;
  /** The main thread during a second, traced burst at the same rate (tracing slows the page a little). */
  busy?: MainThreadBusy;
  /** Where the main thread's time went during a third, profiled burst (source-mapped). */
  profile?: Attribution;
}

/** Asha signed in at `origin` with her first benchmark chat open, the pointer away from the list. */
async function openChat(browser: Browser, origin: string, marker: number) {
  const { context, page } = await openLoginPage(browser, origin);
  await signInToList(page);
  const openIndex = ashaChatIndex(0);
  await inject({ number: benchChatNumber(openIndex), text: `#B${marker} Hello, anyone there?` });
  await page.locator(`[data-chat-id="${benchChatId(openIndex)}"]`).waitFor();
  await clickToPaint(page, benchChatId(openIndex), `#B${marker}`);
  // Away from the list, so its order follows the traffic rather than holding still.
  await page.mouse.move(1300, 880);
  await sleep(1_000);
  return { context, page };
}

/**
 * `rate` inbound messages a second for `seconds`, spread over `chats` of Asha's chats, while she has
 * one of them open (it gets every tenth message). Measures long tasks, event-to-paint and losses.
 */
export async function measureIngest(
  browser: Browser,
  rate: number,
  seconds: number,
  chats: number,
  /** The source maps of the build at {@link MAPPED_CONSOLE_URL}, when it is served: profile it. */
  sourceMaps?: string,
): Promise<IngestResult> {
  const { context, page } = await openChat(browser, CONSOLE_URL, 990002);
  const startedAt = await page.evaluate(() => performance.now());

  const base = 100_000;
  const lastSent = new Map<number, number>();
  const openChatIds: number[] = [];
  const result = await paced(
    rate,
    seconds,
    (n) => {
      const k = n % 10 === 0 ? 0 : 1 + (n % (chats - 1));
      return {
        number: benchChatNumber(ashaChatIndex(k)),
        text: `#B${base + n} Where is my cab now?`,
      };
    },
    (n, message) => {
      const k = n % 10 === 0 ? 0 : 1 + (n % (chats - 1));
      lastSent.set(ashaChatIndex(k), base + n);
      if (k === 0) {
        openChatIds.push(base + n);
      }
      void message;
    },
  );
  await sleep(3_000);
  const probe = await readProbe(page);
  const ids = Array.from({ length: result.sent }, (_, n) => String(base + n));
  const delays = ids
    .filter((id) => probe.arrivals[id] !== undefined && probe.painted[id] !== undefined)
    .map((id) => probe.painted[id] - probe.arrivals[id]);
  const longTasks = probe.longTasks.filter((task) => task.start >= startedAt);

  const shown = await page.evaluate((selector) => {
    const viewport = document
      .querySelector('[role="listbox"][aria-label="Chats"]')!
      .getBoundingClientRect();
    return [...document.querySelectorAll(selector)]
      .filter((row) => {
        const box = row.getBoundingClientRect();
        return box.top >= viewport.top && box.bottom <= viewport.bottom;
      })
      .map((row) => ({ id: row.getAttribute('data-chat-id'), text: row.textContent ?? '' }));
  }, CHAT_ROWS);
  const byChatId = new Map([...lastSent].map(([index, marker]) => [benchChatId(index), marker]));
  const checked = shown.filter((row) => row.id !== null && byChatId.has(row.id));
  const current = checked.filter((row) => row.text.includes(`#B${byChatId.get(row.id!)}`));
  // The same traffic again, traced: the figures above stay free of the tracing's own cost.
  const burst = (label: string) => async () => {
    await paced(rate, Math.min(seconds, 5), (n) => ({
      number: benchChatNumber(ashaChatIndex(n % 10 === 0 ? 0 : 1 + (n % (chats - 1)))),
      text: `${label} message ${n}: where is my cab now?`,
    }));
    await sleep(500);
  };
  const busy = await mainThreadBusy(browser, page, burst('Traced'));
  await context.close();
  // And once more under the sampling profiler, in the source-mapped build.
  let profile: Attribution | undefined;
  if (sourceMaps) {
    const mapped = await openChat(browser, MAPPED_CONSOLE_URL, 990003);
    profile = await profileAttribution(mapped.page, sourceMaps, burst('Profiled'));
    await mapped.context.close();
  }
  return {
    rate,
    seconds,
    chats,
    sent: result.sent,
    accepted: result.accepted,
    sendSeconds: result.seconds,
    framesReceived: ids.filter((id) => probe.arrivals[id] !== undefined).length,
    openChatPainted: openChatIds.filter((id) => probe.painted[String(id)] !== undefined).length,
    openChatSent: openChatIds.length,
    rowsCurrent: current.length,
    rowsChecked: checked.length,
    longTasks: longTasks.filter((task) => task.duration > 50).length,
    longestTaskMs: Math.max(0, ...longTasks.map((task) => task.duration)),
    eventToPaintP50: percentile(delays, 50),
    eventToPaintP95: percentile(delays, 95),
    eventToPaintMax: Math.max(0, ...delays),
    paintedSamples: delays.length,
    busy,
    profile,
  };
}
