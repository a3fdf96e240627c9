import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { io as connectSocket, type Socket } from 'socket.io-client';

import type {
  Ack,
  ApiErrorBody,
  ClientEventMap,
  ClientEventName,
  ClientToServerEvents,
  ServerEventMap,
  ServerEventName,
  ServerToClientEvents,
} from '../../src/contract';
import { createAdjustableClock, type AdjustableClock } from '../domain/clock';
import { DEMO_LOGINS } from '../seed/demo-staff';
import { startStack, type RunningStack } from '../stack';
import type { StackOptions } from '../stack-options';

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export interface TestStack extends RunningStack {
  clock: AdjustableClock;
  dbFile: string;
  /** Stops the stack and deletes its temporary directory. */
  dispose(): Promise<void>;
}

export const ASHA = login('asha@oneway.local');
export const PRIYA = login('priya@oneway.local');
export const RAHUL = login('rahul@oneway.local');
export const VIKRAM = login('vikram@oneway.local');
export const SUPERVISOR = login('supervisor@oneway.local');

function login(email: string): {
  email: string;
  password: string;
  executive_id: string;
  name: string;
} {
  const found = DEMO_LOGINS.find((entry) => entry.email === email);
  assert.ok(found);
  return { email, password: found.password, executive_id: found.executive_id, name: found.name };
}

/**
 * Starts a seeded stack on free ports with a temporary database; the SLA monitor, the status
 * sampler's timer and the simulator are off.
 */
export async function startTestStack(options: Partial<StackOptions> = {}): Promise<TestStack> {
  const dir = mkdtempSync(join(tmpdir(), 'stack-test-'));
  const dbFile = options.dbFile ?? join(dir, 'stack.db');
  const clock = (options.clock as AdjustableClock | undefined) ?? createAdjustableClock();
  const stack = await startStack({
    host: '127.0.0.1',
    ports: { pySmartChat: 0, nodeAdmin: 0, webApi: 0, partnerEnrol: 0 },
    slaCheckIntervalMs: 0,
    statusSampleIntervalMs: 0,
    simulatorRate: 0,
    statsThrottleMs: 25,
    ...options,
    dbFile,
    clock,
  });
  return {
    ...stack,
    clock,
    dbFile,
    dispose: async () => {
      await stack.stop();
      if (!options.dbFile) {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
  bytes: Buffer;
}

/** A real HTTP request; `body` objects are sent as JSON, strings as they are. */
export async function http<T = unknown>(
  url: string,
  init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<HttpResult<T>> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token) {
    headers['Authorization'] = `Bearer ${init.token}`;
  }
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(url, {
    method: init.method ?? (body === undefined ? 'GET' : 'POST'),
    headers,
    body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  const type = response.headers.get('content-type') ?? '';
  const parsed = type.includes('application/json')
    ? (JSON.parse(bytes.toString('utf8')) as T)
    : (bytes.toString('utf8') as T);
  return { status: response.status, body: parsed, headers: response.headers, bytes };
}

/** Asserts an `ApiErrorBody` with the given status (and code / field when given). */
export function assertApiError(
  result: HttpResult,
  status: number,
  code?: string,
  field?: string,
): void {
  assert.equal(
    result.status,
    status,
    `expected ${status}, got ${result.status}: ${JSON.stringify(result.body)}`,
  );
  const body = result.body as ApiErrorBody;
  assert.equal(typeof body.error?.code, 'string', JSON.stringify(body));
  assert.ok(body.error.message.length > 5, 'the error message says something');
  if (code) {
    assert.equal(body.error.code, code);
  }
  if (field) {
    assert.equal(body.error.field, field);
  }
}

/** Signs in through `POST /api/auth/login` and returns the JWT. */
export async function signIn(
  stack: RunningStack,
  who: { email: string; password: string },
): Promise<string> {
  const result = await http<{ access_token: string }>(`${stack.urls.pySmartChat}/api/auth/login`, {
    body: { email: who.email, password: who.password },
  });
  assert.equal(result.status, 200);
  return result.body.access_token;
}

/** Signs in to node admin and returns its token. */
export async function nodeSignIn(
  stack: RunningStack,
  who: { email: string; password: string },
): Promise<string> {
  const result = await http<{ token: string }>(`${stack.urls.nodeAdmin}/login`, {
    body: { email: who.email, password: who.password },
  });
  assert.equal(result.status, 200);
  return result.body.token;
}

const openSockets = new Set<ClientSocket>();

/** Connects a real socket.io client with a JWT (query string by default). */
export function connect(
  stack: RunningStack,
  token: string | null,
  options: { via?: 'query' | 'auth'; transports?: ('websocket' | 'polling')[] } = {},
): Promise<ClientSocket> {
  const socket: ClientSocket = connectSocket(stack.urls.pySmartChat, {
    path: stack.urls.socketPath,
    transports: options.transports ?? ['websocket'],
    query: token && options.via !== 'auth' ? { token } : {},
    auth: token && options.via === 'auth' ? { token } : {},
    reconnection: false,
    forceNew: true,
  });
  openSockets.add(socket);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      openSockets.delete(socket);
      reject(error);
    });
  });
}

/** Signs in and connects. */
export async function connectAs(
  stack: RunningStack,
  who: { email: string; password: string },
): Promise<ClientSocket> {
  return connect(stack, await signIn(stack, who));
}

/** Closes every socket the test opened. */
export function closeSockets(): void {
  for (const socket of openSockets) {
    socket.close();
  }
  openSockets.clear();
}

/** The end of a suite: its sockets closed, its stack stopped and its database deleted. */
export async function stopTestStack(stack: TestStack): Promise<void> {
  closeSockets();
  await stack.dispose();
}

/** Signs each of `people` in on a socket of their own, all at once; the sockets in their order. */
export function connectEach(
  stack: RunningStack,
  people: readonly { email: string; password: string }[],
): Promise<ClientSocket[]> {
  return Promise.all(people.map((who) => connectAs(stack, who)));
}

/** Emits a client event and waits for its acknowledgement. */
export function emitAck<K extends ClientEventName>(
  socket: ClientSocket,
  event: K,
  payload: ClientEventMap[K]['payload'],
): Promise<Ack<ClientEventMap[K]['ack']>> {
  // The typed emit cannot be called with a generic event name.
  const untyped = socket.timeout(5000) as unknown as {
    emitWithAck(event: string, payload: unknown): Promise<unknown>;
  };
  return untyped.emitWithAck(event, payload) as Promise<Ack<ClientEventMap[K]['ack']>>;
}

/** Emits any payload (for bad-input cases) and waits for the acknowledgement. */
export function emitRaw(
  socket: ClientSocket,
  event: string,
  ...args: unknown[]
): Promise<Ack<unknown>> {
  const untyped = socket.timeout(5000) as unknown as {
    emitWithAck(event: string, ...args: unknown[]): Promise<unknown>;
  };
  return untyped.emitWithAck(event, ...args) as Promise<Ack<unknown>>;
}

/** The data of a positive acknowledgement; fails the test on a negative one. */
export function okData<T>(ack: Ack<T>): T {
  assert.ok(ack.ok, `expected ok, got ${JSON.stringify(ack)}`);
  return ack.data;
}

/** Asserts a negative acknowledgement with a code (and field). */
export function assertAckError(ack: Ack<unknown>, code: string, field?: string): void {
  assert.equal(ack.ok, false, `expected an error, got ${JSON.stringify(ack)}`);
  if (!ack.ok) {
    assert.equal(ack.error.code, code, JSON.stringify(ack.error));
    assert.ok(ack.error.message.length > 5);
    if (field !== undefined) {
      assert.equal(ack.error.field, field, JSON.stringify(ack.error));
    }
  }
}

/** Waits for the next server event (matching a predicate). */
export function nextEvent<E extends ServerEventName>(
  socket: ClientSocket,
  event: E,
  predicate: (payload: ServerEventMap[E]) => boolean = () => true,
  timeoutMs = 5000,
): Promise<ServerEventMap[E]> {
  const untyped = socket as unknown as {
    on(event: string, listener: (payload: unknown) => void): void;
    off(event: string, listener: (payload: unknown) => void): void;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      untyped.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: unknown) => {
      if (predicate(payload as ServerEventMap[E])) {
        clearTimeout(timer);
        untyped.off(event, listener);
        resolve(payload as ServerEventMap[E]);
      }
    };
    untyped.on(event, listener);
  });
}

export interface Recorder {
  of<E extends ServerEventName>(event: E): ServerEventMap[E][];
  clear(): void;
}

/** Records every server event a socket receives. */
export function record(socket: ClientSocket): Recorder {
  const seen: { event: string; payload: unknown }[] = [];
  socket.onAny((event: string, payload: unknown) => seen.push({ event, payload }));
  return {
    of: <E extends ServerEventName>(event: E) =>
      seen
        .filter((entry) => entry.event === event)
        .map((entry) => entry.payload as ServerEventMap[E]),
    clear: () => {
      seen.length = 0;
    },
  };
}

/**
 * Waits until every event the server sent this socket before now has arrived: the server answers
 * the `config` round trip on the same connection, after whatever it emitted earlier.
 */
export async function barrier(socket: ClientSocket): Promise<void> {
  okData(await emitAck(socket, 'config', {}));
}

/** SQLite's count of rows changed on the stack's connection: equal before and after means nothing was written. */
export function writes(stack: RunningStack): number {
  return (stack.db.prepare('SELECT total_changes() AS n').get() as { n: number }).n;
}

let customerNumbers = 0;

/**
 * A fresh customer chat assigned to Asha, with a customer message just now. Waits until each of
 * `sockets` has received the events of its creation, so recorders start clean.
 */
export async function freshAshaChat(
  stack: RunningStack,
  sockets: ClientSocket[],
  text = 'Need help with my booking',
): Promise<{ chat_id: string; customer_number: string }> {
  const number = `+91500${String(++customerNumbers).padStart(7, '0')}`;
  const { chat } = stack.injectInbound({ from: number, text, name: 'Test Customer' });
  if (chat.assigned_executive_id !== ASHA.executive_id) {
    stack.db
      .prepare('UPDATE chats SET assigned_executive_id = ? WHERE chat_id = ?')
      .run(ASHA.executive_id, chat.chat_id);
  }
  await Promise.all(sockets.map((socket) => barrier(socket)));
  return { chat_id: chat.chat_id, customer_number: chat.customer_number };
}

/** A chat id of the seed by status and stakeholder. */
export function seededChat(
  stack: RunningStack,
  where: string,
  params: unknown[] = [],
): { chat_id: string; customer_number: string; assigned_executive_id: string | null } {
  const row = stack.db
    .prepare(
      `SELECT chat_id, customer_number, assigned_executive_id FROM chats WHERE ${where} ORDER BY chat_id LIMIT 1`,
    )
    .get(...params) as
    { chat_id: string; customer_number: string; assigned_executive_id: string | null } | undefined;
  assert.ok(row, `the seed has a chat where ${where}`);
  return row;
}

export type RefusalCase = [string, Parameters<typeof http>[1], number, string?, string?];

/** Sends each request and asserts its 4xx `ApiErrorBody`; asserts that none of them wrote anything. */
export async function expectRefusals(stack: RunningStack, cases: RefusalCase[]): Promise<void> {
  const before = writes(stack);
  for (const [url, init, status, code, field] of cases) {
    assertApiError(await http(url, init), status, code, field);
  }
  assert.equal(writes(stack), before, 'no bad request wrote anything');
}
