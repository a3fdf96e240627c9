import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, CDPSession, Page } from '@playwright/test';
import { type Socket, io as connectSocket } from 'socket.io-client';

import { STACK_URL, ashaChatIndex, benchChatId, benchChatNumber } from './bench-env';
import { ASHA, CHAT_ROWS, clickToPaint, openLoginPage, signInToList } from './console-session';
import { inject, paced, sleep, staffToken } from './traffic';

export interface MemorySample {
  heapUsedBytes: number;
  /**
   * Of the heap, what V8 holds as compiled code (bytecode, machine code, their feedback), from a
   * heap snapshot taken after the other figures. It grows as code runs hot, once per page load.
   */
  codeBytes: number;
  domNodes: number;
  listeners: number;
  /** Elements by the component (custom element) they sit in, to say what grew. */
  tags: Record<string, number>;
  /** Objects, closures and arrays of the heap snapshot by constructor: count and bytes. */
  kinds?: Record<string, { count: number; bytes: number }>;
}

export interface ShiftResult {
  simulatedHours: number;
  /** Inbound messages of the warm-up before the start sample (see {@link warmUp}). */
  warmUpEvents: number;
  events: number;
  accepted: number;
  seconds: number;
  rate: number;
  opened: number;
  resolved: number;
  start: MemorySample;
  /** Halfway through the shift, taken like the others (the same chat open). */
  middle?: MemorySample;
  end: MemorySample;
  heapGrowth: number;
  domGrowth: number;
}

async function sample(page: Page, cdp: CDPSession, name: string): Promise<MemorySample> {
  await sleep(500);
  for (let i = 0; i < 3; i++) {
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = (await cdp.send('Memory.getDOMCounters')) as {
    nodes: number;
    jsEventListeners: number;
  };
  const tags = await page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const element of Array.from(document.getElementsByTagName('*'))) {
      // Counted under the component that renders it, to say which part of the page grew.
      let host: Element | null = element;
      while (host && !host.tagName.includes('-')) {
        host = host.parentElement;
      }
      const tag = host
        ? `${host.tagName.toLowerCase()} (and inside)`
        : element.tagName.toLowerCase();
      counts[tag] = (counts[tag] ?? 0) + 1;
    }
    return counts;
  });
  const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
  void counters.nodes;
  const snapshot = await heapSnapshot(cdp, name);
  return {
    heapUsedBytes: heap.usedSize,
    codeBytes: snapshot.codeBytes,
    domNodes,
    listeners: counters.jsEventListeners,
    tags,
    kinds: snapshot.kinds,
  };
}

/** Node types of a heap snapshot counted by constructor (the rest are strings, code, internals). */
const COUNTED_TYPES = ['object', 'closure', 'array', 'native'];

/**
 * A heap snapshot of the page, read for the self size of every `code` node (compiled code) and
 * the count and self size of objects, closures and arrays by constructor name: a diff of two says
 * what grew.
 */
async function heapSnapshot(
  cdp: CDPSession,
  name: string,
): Promise<{ codeBytes: number; kinds: Record<string, { count: number; bytes: number }> }> {
  const chunks: string[] = [];
  const onChunk = ({ chunk }: { chunk: string }) => chunks.push(chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', onChunk);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', onChunk);
  }
  const raw = chunks.join('');
  // BENCH_SNAPSHOT_DIR=/tmp/shift keeps each sample's snapshot (start, middle, end) to open in
  // DevTools' Memory panel, where a comparison of two lists what grew with its retainers.
  const keepIn = process.env['BENCH_SNAPSHOT_DIR'];
  if (keepIn) {
    writeFileSync(join(keepIn, `shift-${name}.heapsnapshot`), raw);
  }
  const snapshot = JSON.parse(raw) as {
    snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
    nodes: number[];
    strings: string[];
  };
  const { node_fields: fields, node_types: types } = snapshot.snapshot.meta;
  const code = types[0].indexOf('code');
  const counted = new Map(COUNTED_TYPES.map((type) => [types[0].indexOf(type), type]));
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  let codeBytes = 0;
  const kinds: Record<string, { count: number; bytes: number }> = {};
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = snapshot.nodes[i + typeAt];
    const size = snapshot.nodes[i + sizeAt];
    if (type === code) {
      codeBytes += size;
    } else if (counted.has(type)) {
      const name = snapshot.strings[snapshot.nodes[i + nameAt]].slice(0, 80);
      const key = `${counted.get(type)} ${name || '(anonymous)'}`;
      const kind = (kinds[key] ??= { count: 0, bytes: 0 });
      kind.count += 1;
      kind.bytes += size;
    }
  }
  return { codeBytes, kinds };
}

/** Waits for the row of benchmark chat `index`, which has just had a message, to show. */
async function showRow(page: Page, index: number): Promise<void> {
  const row = page.locator(`[data-chat-id="${benchChatId(index)}"]`);
  await row.waitFor({ timeout: 10_000 }).catch(async () => {
    // The list may be holding its order (a "new" pill): show the latest order from the top.
    await page
      .locator('.pill-slot button')
      .click({ timeout: 5_000 })
      .catch(() => undefined);
    await page.evaluate(() => {
      const list = document.querySelector('[role="listbox"][aria-label="Chats"]');
      list?.scrollTo({ top: 0 });
    });
  });
  await row.waitFor();
}

/** The executive's side of the shift: opening the chat at the top of the list and resolving it. */
interface ExecutiveLoop {
  /** Stops after the current round; resolves to the chats opened and resolved. */
  stop(): Promise<{ opened: number; resolved: number }>;
}

/**
 * Every `everySeconds`, Asha opens the chat at the top of her list (unless it is `home`) and, a
 * second later, resolves it through the gateway, as she would from the conversation header.
 */
function runExecutive(
  page: Page,
  socket: Socket,
  home: number,
  everySeconds: number,
): ExecutiveLoop {
  let opened = 0;
  let resolved = 0;
  let stopped = false;
  const loop = (async () => {
    while (!stopped) {
      await sleep(everySeconds * 1000);
      if (stopped) {
        break;
      }
      const top = page.locator(CHAT_ROWS).first();
      const chatId = await top.getAttribute('data-chat-id').catch(() => null);
      const index = Number(/^chat_x(\d{6})$/.exec(chatId ?? '')?.[1] ?? 0) - 1;
      if (!chatId || index < 0 || chatId === benchChatId(home)) {
        continue;
      }
      await top.click().catch(() => undefined);
      opened++;
      await page.mouse.move(1300, 880);
      await sleep(1_000);
      const ack = (await socket
        .timeout(5_000)
        .emitWithAck('update_chat_status', {
          customer_number: benchChatNumber(index),
          chat_id: chatId,
          status: 'resolved',
        })
        .catch(() => null)) as { ok: boolean } | null;
      if (ack?.ok) {
        resolved++;
      }
    }
  })();
  return {
    stop: async () => {
      stopped = true;
      await loop;
      return { opened, resolved };
    },
  };
}

/** The customer numbers of the chats on the first page of Asha's list, as the console loads it. */
async function firstPageNumbers(socket: Socket): Promise<string[]> {
  const requestId = `bench-warm-up-${Date.now()}`;
  const answer = new Promise<{ chats: { customer_number: string }[] }>((resolve) => {
    const listener = (page: { request_id: string; chats: { customer_number: string }[] }) => {
      if (page.request_id === requestId) {
        socket.off('fetch_all_chats_response', listener);
        resolve(page);
      }
    };
    socket.on('fetch_all_chats_response', listener);
  });
  await socket.timeout(10_000).emitWithAck('fetch_all_chats', {
    request_id: requestId,
    assigned_executive_id: 'exec_asha',
    status: 'active',
    limit: 200,
  });
  return (await answer).chats.map((chat) => chat.customer_number);
}

/** Unassigned benchmark chats (every tenth): a message to one gets it assigned to Asha. */
const WARM_UP_UNASSIGNED = Array.from({ length: 5 }, (_, k) => benchChatNumber(10 * k + 9));

/**
 * The first minutes of a shift, before the start sample. Without it the start sample is taken
 * before anything has run hot, and the code V8 compiles for the live paths (room updates, the
 * list's order and rows, toasts, opening and resolving a chat), which is heap too, counted as
 * growth. Traffic goes only to the chats the console has already loaded (its first page), plus
 * five unassigned chats that get assigned to Asha, so the stores hold no more chats for it: the
 * growth that comes from the number of chats a shift touches is all measured. About 1 MiB of code
 * still compiles during the shift, whatever the length of the warm-up or the pace of the
 * executive in it; it levels off (as much code at the end of a 60 s shift as of a 120 s one), and
 * the report shows it apart (`codeBytes`). Returns the messages sent.
 */
async function warmUp(page: Page, socket: Socket, home: number): Promise<number> {
  const held = (await firstPageNumbers(socket)).filter(
    (number) => number !== benchChatNumber(home),
  );
  const numbers = [...held, ...WARM_UP_UNASSIGNED];
  const executive = runExecutive(page, socket, home, 1);
  const traffic = await paced(100, 15, (n) => ({
    number: numbers[n % numbers.length],
    text: `Warm-up message ${n}: is my cab on the way?`,
  }));
  await executive.stop();
  await sleep(1_000);
  return traffic.sent;
}

/**
 * A shift, accelerated: `hours` simulated hours of inbound traffic over all benchmark chats at
 * `rate` a second for `seconds`, Asha opening the chat at the top of her list every
 * `openEverySeconds` and resolving it. Heap after GC and DOM nodes at the start (after a
 * {@link warmUp}), halfway and at the end, each taken with the same chat open.
 */
export async function measureShift(
  browser: Browser,
  options: {
    hours: number;
    rate: number;
    seconds: number;
    openEverySeconds: number;
    chats: number;
  },
): Promise<ShiftResult> {
  const { context, page } = await openLoginPage(browser);
  await signInToList(page);
  const cdp = await context.newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  const home = ashaChatIndex(2);

  const token = await staffToken(ASHA.email, ASHA.password);
  const socket = connectSocket(STACK_URL, {
    path: '/ws',
    transports: ['websocket'],
    query: { token },
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });

  const warm = await warmUp(page, socket, home);
  await inject({ number: benchChatNumber(home), text: '#B990003 Good morning' });
  await showRow(page, home);
  await clickToPaint(page, benchChatId(home), '#B990003');
  await page.mouse.move(1300, 880);
  await sleep(2_000);
  const start = await sample(page, cdp, 'start');

  // Two halves, each ending with the home chat open again and a sample: the second half's growth
  // says whether the heap reached a steady state or keeps growing.
  let sent = 0;
  let accepted = 0;
  let seconds = 0;
  let opened = 0;
  let resolved = 0;
  const samples: MemorySample[] = [];
  for (const [half, marker] of [
    [0, 990004],
    [1, 990005],
  ] as const) {
    const executive = runExecutive(page, socket, home, options.openEverySeconds);
    const from = sent;
    const traffic = await paced(options.rate, options.seconds / 2, (n) => ({
      number: benchChatNumber(((from + n) * 7919) % options.chats),
      text: `Shift message ${from + n}: has the driver started?`,
    }));
    const loop = await executive.stop();
    sent += traffic.sent;
    accepted += traffic.accepted;
    seconds += traffic.seconds;
    opened += loop.opened;
    resolved += loop.resolved;
    await inject({ number: benchChatNumber(home), text: `#B${marker} Half ${half + 1} done` });
    await showRow(page, home);
    await page.locator(`[data-chat-id="${benchChatId(home)}"]`).click();
    await page.mouse.move(1300, 880);
    await sleep(3_000);
    samples.push(await sample(page, cdp, half === 0 ? 'middle' : 'end'));
  }
  socket.close();
  const [middle, end] = samples;
  await context.close();
  return {
    simulatedHours: options.hours,
    warmUpEvents: warm,
    events: sent,
    accepted,
    seconds,
    rate: options.rate,
    opened,
    resolved,
    start,
    middle,
    end,
    heapGrowth: end.heapUsedBytes / start.heapUsedBytes - 1,
    domGrowth: end.domNodes / start.domNodes - 1,
  };
}
