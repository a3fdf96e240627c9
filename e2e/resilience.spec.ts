import {
  type Browser,
  type BrowserContext,
  type Page,
  type WebSocketRoute,
  expect,
  test,
} from '@playwright/test';
import Database from 'better-sqlite3';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { Chats, Message } from '../src/contract';
import { Child, waitFor } from './support/child-process';
import { chatRow, composer, messageLog, openChatBySearch, signInToChats } from './support/console';
import { ASHA, PRIYA, type DemoLogin } from './support/demo-users';
import { CONSOLE_PORT, STACK_PORT_BASE } from './support/e2e-env';
import { newCustomer } from './support/stack-client';

/*
 * Resilience: nothing lost across drops and restarts. Two executives exchange messages with
 * simulated customers while the local stack is stopped (gracefully as a deploy does, or killed)
 * and restarted, and each console must be live again by itself within 15 s; the network of
 * one executive is cut (her websocket refused) and her page reloaded with sends still pending.
 * Short by default, inside `npm run test:e2e`; `npm run test:faults` runs the full size
 * (FAULT_RESTARTS=5, FAULT_MESSAGES=500).
 *
 * The stack is this spec's own process, since the config's web server cannot be restarted: its
 * ports sit 20 above the run's (4730-4733 and 4810 by default), clear of the shared stack.
 */
const RESTARTS = Number(process.env['FAULT_RESTARTS'] ?? 2);
/** How the stack is stopped, in turn: a graceful stop as a deploy does it, a kill, an interrupt. */
const STOPS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGKILL', 'SIGINT'];
const MESSAGES = Number(process.env['FAULT_MESSAGES'] ?? 100);
const PORT_BASE = STACK_PORT_BASE + 20;
const CONSOLE = `http://localhost:${CONSOLE_PORT + 20}`;
const STACK = `http://127.0.0.1:${PORT_BASE}`;
const DB_FILE = join(tmpdir(), `customer-care-chat-faults-${PORT_BASE}.db`);
/** Each round: both customers write once and both executives answer once. */
const ROUNDS = Math.max(4, Math.ceil(MESSAGES / 4));
/** The pane keeps only a window of the newest messages in the DOM; at least this many are checked. */
const SHOWN_AT_LEAST = 20;
/** Rounds played while the stack is down: the executives' replies wait in their outboxes. */
const ROUNDS_WHILE_DOWN = 2;

interface Pair {
  user: DemoLogin;
  page: Page;
  customer: { name: string; number: string };
  chatId: string;
  /** Every text this pair should end up with, in the order written. */
  texts: string[];
}

let resetNext = true;
const stack = new Child(['server/main.ts'], () => {
  const env: NodeJS.ProcessEnv = {
    STACK_PORT_BASE: String(PORT_BASE),
    STACK_DB: DB_FILE,
    SIMULATOR: 'off',
    CORS_ORIGINS: `${CONSOLE},http://127.0.0.1:${CONSOLE_PORT + 20}`,
  };
  if (resetNext) {
    env['STACK_RESET'] = '1';
    resetNext = false;
  }
  return env;
});
const consoleServer = new Child(['scripts/serve-console.ts'], () => ({
  CONSOLE_PORT: String(CONSOLE_PORT + 20),
  STACK_PORT_BASE: String(PORT_BASE),
}));
const killAll = () => {
  stack.killNow();
  consoleServer.killNow();
};
process.once('exit', killAll);

async function startStack(): Promise<void> {
  stack.start();
  await waitFor(`${STACK}/health`);
}

async function inject(number: string, name: string, text: string): Promise<Chats> {
  const response = await fetch(`${STACK}/dev/inject`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ number, name, text }),
  });
  expect(response.ok, `inject "${text}"`).toBeTruthy();
  return ((await response.json()) as { chat: Chats }).chat;
}

/** Records, in the page, each change of the connection indicator and of the banner's sync state. */
function recordSyncStates(): void {
  const seen: { t: number; status: string; sync: string }[] = [];
  (window as unknown as { __syncTrace: typeof seen }).__syncTrace = seen;
  const record = () => {
    const status = document.querySelector('app-connection-status')?.className ?? '';
    const sync = document.querySelector('[data-sync]')?.getAttribute('data-sync') ?? 'none';
    const last = seen[seen.length - 1];
    if (!last || last.status !== status || last.sync !== sync) {
      seen.push({ t: Date.now(), status, sync });
    }
  };
  new MutationObserver(record).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['class', 'data-sync'],
  });
}

/** Milliseconds from each reconnect (indicator turns connected) to the banner saying "live". */
async function catchUpTimes(page: Page): Promise<number[]> {
  const trace = await page.evaluate(
    () =>
      (window as unknown as { __syncTrace: { t: number; status: string; sync: string }[] })
        .__syncTrace,
  );
  const times: number[] = [];
  let connectedAt: number | null = null;
  let wasConnected = false;
  for (const { t, status, sync } of trace) {
    const connected = status.split(' ').includes('connected');
    if (connected && !wasConnected) {
      connectedAt = t;
    }
    wasConnected = connected;
    if (connected && sync === 'live' && connectedAt !== null) {
      times.push(t - connectedAt);
      connectedAt = null;
    }
  }
  return times;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** The websocket of a page, through a proxy this spec can cut. */
class NetworkSwitch {
  private cut = false;
  private readonly open = new Set<WebSocketRoute>();

  async install(page: Page): Promise<void> {
    await page.routeWebSocket(/\/ws\/\?/, (ws) => {
      if (this.cut) {
        void ws.close();
        return;
      }
      ws.connectToServer();
      this.open.add(ws);
      ws.onClose(() => this.open.delete(ws));
    });
    // socket.io must not slip out through long-polling while the websocket is cut.
    await page.route(/\/ws\/\?.*transport=polling/, (route) =>
      this.cut ? route.abort('internetdisconnected') : route.continue(),
    );
  }

  async setCut(cut: boolean): Promise<void> {
    this.cut = cut;
    if (cut) {
      await Promise.all([...this.open].map((ws) => ws.close()));
      this.open.clear();
    }
  }
}

const contexts: BrowserContext[] = [];
const startedAt = Date.now();
const progress = (step: string) =>
  process.env['FAULT_TRACE'] &&
  console.warn(`${((Date.now() - startedAt) / 1000).toFixed(1)}s ${step}`);

test.describe.configure({ mode: 'serial' });
// Two consoles, a restarting stack and hundreds of sends: give slow machines room.
test.use({ actionTimeout: 30_000 });

test.beforeAll(async () => {
  // A cold stack compiles and seeds first, which takes a while on a busy machine.
  test.setTimeout(240_000);
  rmSync(DB_FILE, { force: true });
  consoleServer.start();
  await Promise.all([startStack(), waitFor(`${CONSOLE}/config.json`)]);
});

test.afterAll(async () => {
  await Promise.all(contexts.splice(0).map((context) => context.close()));
  await Promise.all([stack.stop('SIGTERM'), consoleServer.stop('SIGTERM')]);
  process.removeListener('exit', killAll);
});

async function executivePage(browser: Browser, user: DemoLogin, network?: NetworkSwitch) {
  const context = await browser.newContext({ baseURL: CONSOLE });
  contexts.push(context);
  await context.addInitScript(recordSyncStates);
  const page = await context.newPage();
  await network?.install(page);
  await signInToChats(page, user);
  return page;
}

/** The texts the open conversation shows, in order, with this run's tag. */
async function shownTexts(page: Page, tag: string): Promise<string[]> {
  const texts = await messageLog(page)
    .locator('app-message-bubble app-message-text')
    .allTextContents();
  return texts.map((t) => t.trim()).filter((t) => t.startsWith(tag));
}

test(`Resilience: nothing lost across ${RESTARTS} restarts and a cut network, ${MESSAGES} messages`, async ({
  browser,
}) => {
  test.setTimeout(180_000 + ROUNDS * 8_000 + RESTARTS * 40_000);
  const tag = `FT${Date.now().toString(36)}`;
  const network = new NetworkSwitch();

  // Asha signs in first, so the first customer is hers; then Priya, behind the cuttable network.
  const ashaPage = await executivePage(browser, ASHA);
  const ashaCustomer = newCustomer('Kavya');
  const ashaChat = await inject(ashaCustomer.number, ashaCustomer.name, `${tag} a-hello`);
  expect(ashaChat.assigned_executive_id).toBe(ASHA.executive_id);
  const priyaPage = await executivePage(browser, PRIYA, network);
  let priyaCustomer = newCustomer('Rohan');
  let priyaChat = await inject(priyaCustomer.number, priyaCustomer.name, `${tag} p-hello`);
  for (let i = 0; i < 4 && priyaChat.assigned_executive_id !== PRIYA.executive_id; i++) {
    priyaCustomer = newCustomer('Rohan');
    priyaChat = await inject(priyaCustomer.number, priyaCustomer.name, `${tag} p-hello`);
  }
  expect(priyaChat.assigned_executive_id).toBe(PRIYA.executive_id);

  const pairs: Pair[] = [
    {
      user: ASHA,
      page: ashaPage,
      customer: ashaCustomer,
      chatId: ashaChat.chat_id,
      texts: [`${tag} a-hello`],
    },
    {
      user: PRIYA,
      page: priyaPage,
      customer: priyaCustomer,
      chatId: priyaChat.chat_id,
      texts: [`${tag} p-hello`],
    },
  ];
  for (const pair of pairs) {
    await openChatBySearch(pair.page, pair.customer.name);
  }

  const restartAt = new Set(
    Array.from({ length: RESTARTS }, (_, k) => Math.floor(((k + 1) * ROUNDS) / (RESTARTS + 1))),
  );
  let downRounds = 0;
  let restarts = 0;
  let cutDone = false;
  /** Milliseconds from the restarted stack answering to each console being live again. */
  const liveAgainMs: number[] = [];
  /** Customer messages written while the stack was down: WhatsApp delivers them once it is back. */
  const deferred: { pair: Pair; text: string }[] = [];

  progress('signed in');
  for (let round = 0; round < ROUNDS; round++) {
    if (restartAt.has(round)) {
      progress(`restart ${restarts + 1} at round ${round}`);
      // The first restart also cuts Priya's network, which stays cut through the restart.
      if (!cutDone) {
        await network.setCut(true);
      }
      // A deploy stops the server gracefully (it closes every socket on purpose); a crash kills it.
      await stack.stop(STOPS[restarts % STOPS.length]);
      downRounds = ROUNDS_WHILE_DOWN;
    }
    await Promise.all(
      pairs.map(async (pair, index) => {
        const name = index === 0 ? 'a' : 'p';
        const customerText = `${tag} ${name}c-${round}`;
        pair.texts.push(customerText);
        if (downRounds > 0) {
          deferred.push({ pair, text: customerText });
        } else {
          await inject(pair.customer.number, pair.customer.name, customerText);
        }
        const reply = `${tag} ${name}e-${round}`;
        pair.texts.push(reply);
        await composer(pair.page).fill(reply);
        await pair.page.getByRole('button', { name: 'Send', exact: true }).click();
        await expect(composer(pair.page)).toHaveValue('', { timeout: 30_000 });
      }),
    );
    if (downRounds > 0 && --downRounds === 0) {
      if (!cutDone) {
        // A reload with sends still in the outbox: they show again as pending and go out later.
        await priyaPage.reload();
        await expect(
          messageLog(priyaPage).getByRole('img', { name: 'Sending' }).first(),
        ).toBeVisible();
      }
      await startStack();
      const upAt = Date.now();
      restarts++;
      progress('stack up again');
      // Back by itself, without a click, within 15 s of the stack answering again.
      const live = pairs.filter((pair) => cutDone || pair.user !== PRIYA);
      await Promise.all(
        live.map(async (pair) => {
          await expect(pair.page.getByLabel(/^Connection: Live/)).toBeVisible({ timeout: 15_000 });
          liveAgainMs.push(Date.now() - upAt);
        }),
      );
      for (const { pair, text } of deferred.splice(0)) {
        await inject(pair.customer.number, pair.customer.name, text);
      }
      if (!cutDone) {
        cutDone = true;
        await network.setCut(false);
        await expect(priyaPage.getByLabel(/^Connection: Live/)).toBeVisible({ timeout: 30_000 });
        await expect(messageLog(priyaPage).locator('app-message-bubble').first()).toBeVisible();
      }
    }
  }
  expect(restarts).toBe(RESTARTS);
  progress('rounds done');

  // Everything settles: no send waits, every console is live.
  for (const pair of pairs) {
    await expect(messageLog(pair.page).getByRole('img', { name: 'Sending' })).toHaveCount(0, {
      timeout: 60_000,
    });
    await expect(pair.page.getByLabel(/^Connection: Live/)).toBeVisible();
  }

  progress('settled');
  // The server's record: each text stored exactly once.
  const db = new Database(DB_FILE, { readonly: true, fileMustExist: true });
  let lost = 0;
  let duplicated = 0;
  const histories = new Map<string, string[]>();
  try {
    for (const pair of pairs) {
      const rows = db
        .prepare('SELECT text FROM messages WHERE chat_id = ? ORDER BY seq')
        .all(pair.chatId) as Pick<Message, 'text'>[];
      const stored = rows.map((r) => r.text ?? '').filter((t) => t.startsWith(tag));
      histories.set(pair.chatId, stored);
      const counts = new Map<string, number>();
      for (const text of stored) {
        counts.set(text, (counts.get(text) ?? 0) + 1);
      }
      lost += pair.texts.filter((t) => !counts.has(t)).length;
      duplicated += [...counts.values()].reduce((sum, n) => sum + n - 1, 0);
      const written = new Set(pair.texts);
      expect(
        stored.filter((t) => !written.has(t)),
        'nothing stored that nobody wrote',
      ).toEqual([]);
    }
  } finally {
    db.close();
  }
  expect(lost, 'messages lost').toBe(0);
  expect(duplicated, 'messages duplicated').toBe(0);

  // What each console shows: an unbroken tail of the server's history, each message once, and
  // the chat list row ending on the newest message.
  for (const pair of pairs) {
    const stored = histories.get(pair.chatId)!;
    await expect
      .poll(async () => {
        const shown = await shownTexts(pair.page, tag);
        return stored.slice(stored.length - shown.length).join('\n') === shown.join('\n')
          ? shown.length
          : -1;
      })
      .toBeGreaterThanOrEqual(Math.min(stored.length, SHOWN_AT_LEAST));
    await expect(chatRow(pair.page, pair.customer.name)).toContainText(stored.at(-1)!);
  }

  const times = (await Promise.all(pairs.map((pair) => catchUpTimes(pair.page)))).flat();
  expect(times.length).toBeGreaterThanOrEqual(RESTARTS);
  const figures = {
    restarts,
    messages: pairs.reduce((sum, pair) => sum + pair.texts.length, 0),
    lost,
    duplicated,
    reconnects: times.length,
    liveAgainP50Ms: percentile(liveAgainMs, 50),
    liveAgainP95Ms: percentile(liveAgainMs, 95),
    catchUpP50Ms: percentile(times, 50),
    catchUpP95Ms: percentile(times, 95),
  };
  test.info().annotations.push({ type: 'figures', description: JSON.stringify(figures) });
  console.warn(`Resilience figures: ${JSON.stringify(figures)}`);
});
