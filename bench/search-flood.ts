/**
 * Search flood: how long another executive waits while one executive fires 100 `search_chat` at
 * once, on a big data set (2,000 extra chats and a 100,000-message conversation).
 *
 *   npx tsx bench/search-flood.ts
 *
 * Starts its own stack (port base 4830, `FLOOD_PORT_BASE`) on `bench/.work/search-flood.db`,
 * seeding it on the first run (`FLOOD_RESET=1` seeds afresh; `FLOOD_STACK_ROOT` runs the stack of
 * another checkout, to compare). Priya's socket measures `fetch_all_chats` round trips (emit to
 * `fetch_all_chats_response`): 30 one after another with nobody searching, then one every 25 ms
 * while Asha's socket sends 100 searches in one burst. Prints one JSON line with the figures.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { io as connectSocket, type Socket } from 'socket.io-client';

import { ROOT, WORK } from './bench-env';

const STACK_ROOT = resolve(process.env['FLOOD_STACK_ROOT'] ?? ROOT);
const PORT_BASE = Number(process.env['FLOOD_PORT_BASE'] ?? 4830);
const STACK_URL = `http://127.0.0.1:${PORT_BASE}`;
const DB_FILE = resolve(process.env['FLOOD_DB'] ?? join(WORK, 'search-flood.db'));
const SEARCHES = 100;
const IDLE_SAMPLES = 30;
const QUERIES = [
  'booking',
  'please check',
  'Lakshmi',
  'refund',
  'cab driver',
  'Query 15',
  'checking it now',
  'OW2',
  '98765',
  'airport',
];

interface Ack {
  ok: boolean;
  error?: { code: string; message: string };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

function startStack(): ChildProcess {
  mkdirSync(WORK, { recursive: true });
  if (process.env['FLOOD_RESET'] === '1') {
    for (const suffix of ['', '-wal', '-shm']) {
      rmSync(`${DB_FILE}${suffix}`, { force: true });
    }
  }
  const log = createWriteStream(join(WORK, 'search-flood-stack.log'));
  const child = spawn(
    process.execPath,
    [join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'server/main.ts'],
    {
      cwd: STACK_ROOT,
      env: {
        ...process.env,
        STACK_PORT_BASE: String(PORT_BASE),
        STACK_DB: DB_FILE,
        SIMULATOR: 'off',
        SEED_CHATS: '2000',
        SEED_LONG_CHAT_MESSAGES: '100000',
      },
    },
  );
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  return child;
}

async function waitForStack(child: ChildProcess): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < 600_000) {
    if (child.exitCode !== null) {
      throw new Error(`the stack ended (${child.exitCode}); see ${WORK}/search-flood-stack.log`);
    }
    const up = await fetch(`${STACK_URL}/health`).then(
      (response) => response.ok,
      () => false,
    );
    if (up) {
      return Date.now() - started;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error('the stack did not start within 10 minutes');
}

async function connectAs(email: string, password: string): Promise<Socket> {
  const response = await fetch(`${STACK_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const { access_token } = (await response.json()) as { access_token: string };
  const socket = connectSocket(STACK_URL, {
    path: '/ws',
    transports: ['websocket'],
    query: { token: access_token },
    reconnection: false,
  });
  return new Promise((done, fail) => {
    socket.once('connect', () => done(socket));
    socket.once('connect_error', fail);
  });
}

/** One `fetch_all_chats` round trip: emit to the matching `fetch_all_chats_response`, in ms. */
async function listRoundTrip(socket: Socket, n: number): Promise<number> {
  const requestId = `list-${n}`;
  const started = performance.now();
  const answered = new Promise<void>((done) => {
    const listener = (page: { request_id: string }) => {
      if (page.request_id === requestId) {
        socket.off('fetch_all_chats_response', listener);
        done();
      }
    };
    socket.on('fetch_all_chats_response', listener);
  });
  const ack = (await socket
    .timeout(60_000)
    .emitWithAck('fetch_all_chats', { request_id: requestId, limit: 50 })) as Ack;
  if (!ack.ok) {
    throw new Error(`fetch_all_chats refused: ${JSON.stringify(ack.error)}`);
  }
  await answered;
  return performance.now() - started;
}

function summary(samples: number[]): { n: number; p50: number; p95: number; max: number } {
  const round = (value: number) => Math.round(value);
  return {
    n: samples.length,
    p50: round(percentile(samples, 50)),
    p95: round(percentile(samples, 95)),
    max: round(Math.max(...samples)),
  };
}

async function main(): Promise<void> {
  const child = startStack();
  try {
    const startMs = await waitForStack(child);
    const [asha, priya] = await Promise.all([
      connectAs('asha@oneway.local', 'asha123'),
      connectAs('priya@oneway.local', 'priya123'),
    ]);
    let n = 0;
    await listRoundTrip(priya, n++);
    const idle: number[] = [];
    for (let i = 0; i < IDLE_SAMPLES; i++) {
      idle.push(await listRoundTrip(priya, n++));
    }

    const outcomes = new Map<string, number>();
    const floodStarted = performance.now();
    const flood = Promise.all(
      Array.from({ length: SEARCHES }, async (_, i) => {
        const ack = (await asha.timeout(120_000).emitWithAck('search_chat', {
          request_id: `search-${i}`,
          query: QUERIES[i % QUERIES.length],
        })) as Ack;
        const outcome = ack.ok ? 'accepted' : (ack.error?.code ?? 'refused');
        outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
      }),
    ).then(() => performance.now() - floodStarted);
    let floodDone = false;
    void flood.then(() => (floodDone = true));
    // Open loop: a list request every 25 ms while the flood lasts (at least 40), each timed on its
    // own, so a stalled gateway shows in every request that waited rather than in one.
    const pending: Promise<number>[] = [];
    while (!floodDone || pending.length < 40) {
      pending.push(listRoundTrip(priya, n++));
      await new Promise((done) => setTimeout(done, 25));
    }
    const during = await Promise.all(pending);
    const floodMs = await flood;
    asha.close();
    priya.close();
    const result = {
      stack: STACK_ROOT,
      stackStartMs: startMs,
      searches: Object.fromEntries(outcomes),
      floodMs: Math.round(floodMs),
      idle: summary(idle),
      duringFlood: summary(during),
    };
    process.stdout.write(`${JSON.stringify(result)}\n`);
  } finally {
    child.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
