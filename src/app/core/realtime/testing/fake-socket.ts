import {
  GatewayEmitter,
  GatewayManager,
  GatewaySocket,
  GatewaySocketOptions,
  ManagerEventName,
  SocketFactory,
  SocketListener,
} from '../socket-factory';

/** One `emit` the code under test made on a {@link FakeSocket}. */
export interface RecordedEmit {
  event: string;
  payload: unknown;
  /** The acknowledgement callback, when one was passed. */
  ack: ((...args: unknown[]) => void) | undefined;
  /** The `timeout(ms)` flag, or null when the emit had none. */
  timeoutMs: number | null;
  /** Whether the emit went through `volatile`. */
  volatile: boolean;
  /** Whether the test already answered its acknowledgement. */
  answered: boolean;
}

class ListenerRegistry {
  private readonly listeners = new Map<string, SocketListener[]>();

  add(event: string, listener: SocketListener): void {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
  }

  remove(event: string, listener: SocketListener): void {
    const remaining = (this.listeners.get(event) ?? []).filter((l) => l !== listener);
    this.listeners.set(event, remaining);
  }

  fire(event: string, args: unknown[]): void {
    for (const listener of [...(this.listeners.get(event) ?? [])]) {
      listener(...args);
    }
  }

  count(event?: string): number {
    if (event !== undefined) {
      return this.listeners.get(event)?.length ?? 0;
    }
    let total = 0;
    for (const list of this.listeners.values()) {
      total += list.length;
    }
    return total;
  }
}

/** A socket.io `Manager` stand-in whose reconnection events a test fires by hand. */
export class FakeManager implements GatewayManager {
  private readonly registry = new ListenerRegistry();

  on(event: ManagerEventName, listener: SocketListener): this {
    this.registry.add(event, listener);
    return this;
  }

  off(event: ManagerEventName, listener: SocketListener): this {
    this.registry.remove(event, listener);
    return this;
  }

  /** Fires a Manager event as socket.io would. */
  fire(event: ManagerEventName, ...args: unknown[]): void {
    this.registry.fire(event, args);
  }

  /** How many listeners are registered, for one event or in all. */
  listenerCount(event?: ManagerEventName): number {
    return this.registry.count(event);
  }
}

/**
 * A socket.io-client stand-in: records every emit, and lets a test play the server (events,
 * acknowledgements, connection changes) synchronously, with no network and no timers.
 */
export class FakeSocket implements GatewaySocket {
  connected = false;
  /** Starts true, as a real socket created with `autoConnect` is already trying to connect. */
  active = true;
  readonly io = new FakeManager();
  readonly emits: RecordedEmit[] = [];
  disconnectCalls = 0;
  private readonly registry = new ListenerRegistry();

  constructor(
    readonly url: string,
    readonly options: GatewaySocketOptions,
  ) {}

  timeout(ms: number): GatewayEmitter {
    return { emit: (event, ...args) => this.record(event, args, ms, false) };
  }

  get volatile(): GatewayEmitter {
    return { emit: (event, ...args) => this.record(event, args, null, true) };
  }

  on(event: string, listener: SocketListener): this {
    this.registry.add(event, listener);
    return this;
  }

  off(event: string, listener: SocketListener): this {
    this.registry.remove(event, listener);
    return this;
  }

  disconnect(): this {
    this.disconnectCalls++;
    const wasConnected = this.connected;
    this.connected = false;
    this.active = false;
    if (wasConnected) {
      this.registry.fire('disconnect', ['io client disconnect']);
    }
    return this;
  }

  /** The server accepts the connection (first connect or a reconnection). */
  serverAccepts(): void {
    this.connected = true;
    this.active = true;
    this.registry.fire('connect', []);
  }

  /** The transport drops; the socket keeps trying to reconnect by itself. */
  dropConnection(reason = 'transport close'): void {
    this.connected = false;
    this.registry.fire('disconnect', [reason]);
  }

  /** The server closes the connection; the socket does not reconnect by itself. */
  serverDisconnects(): void {
    this.connected = false;
    this.active = false;
    this.registry.fire('disconnect', ['io server disconnect']);
  }

  /** The server's middleware refuses the handshake, as with a bad token. */
  serverRefuses(message: string, data?: unknown): void {
    this.connected = false;
    this.active = false;
    this.registry.fire('connect_error', [Object.assign(new Error(message), { data })]);
  }

  /** One connection attempt fails on the network; the socket keeps retrying. */
  attemptFails(message = 'websocket error'): void {
    this.connected = false;
    this.registry.fire('connect_error', [new Error(message)]);
  }

  /** The Manager starts a reconnection attempt. */
  reconnectAttempt(attempt = 1): void {
    this.io.fire('reconnect_attempt', attempt);
  }

  /** The Manager gives up reconnecting. */
  reconnectFails(): void {
    this.active = false;
    this.io.fire('reconnect_failed');
  }

  /** The server sends an event to this socket. */
  serverEmits(event: string, payload: unknown): void {
    this.registry.fire(event, [payload]);
  }

  /** Emits made for one event, oldest first. */
  emitsOf(event: string): RecordedEmit[] {
    return this.emits.filter((emit) => emit.event === event);
  }

  /** The latest emit of one event. */
  lastEmit(event: string): RecordedEmit | undefined {
    return this.emitsOf(event).at(-1);
  }

  /** Answers the oldest unanswered emit of `event` with `response` (an `Ack<T>` envelope). */
  ack(event: string, response: unknown): void {
    this.answer(event, [null, response]);
  }

  /** Answers the oldest unanswered emit of `event` with `{ ok: true, data }`. */
  ackOk(event: string, data: unknown): void {
    this.ack(event, { ok: true, data });
  }

  /** Answers the oldest unanswered emit of `event` with `{ ok: false, error }`. */
  ackError(event: string, code: string, message: string, field?: string): void {
    this.ack(event, { ok: false, error: field ? { code, message, field } : { code, message } });
  }

  /** Lets the `timeout(ms)` of the oldest unanswered emit of `event` run out. */
  expireAck(event: string): void {
    this.answer(event, [new Error('operation has timed out')]);
  }

  /** How many listeners are registered, for one event or in all. */
  listenerCount(event?: string): number {
    return this.registry.count(event);
  }

  private record(event: string, args: unknown[], timeoutMs: number | null, volatile: boolean) {
    const last = args.at(-1);
    const ack = typeof last === 'function' ? (last as RecordedEmit['ack']) : undefined;
    const payload = ack ? args.slice(0, -1)[0] : args[0];
    this.emits.push({ event, payload, ack, timeoutMs, volatile, answered: false });
    return this;
  }

  private answer(event: string, args: unknown[]): void {
    const emit = this.emitsOf(event).find((e) => !e.answered && e.ack);
    if (!emit?.ack) {
      throw new Error(`No unanswered "${event}" emit with an acknowledgement callback.`);
    }
    emit.answered = true;
    emit.ack(...args);
  }
}

/** A {@link SocketFactory} that hands out {@link FakeSocket}s and keeps them for the test. */
export class FakeSocketFactory {
  readonly sockets: FakeSocket[] = [];

  readonly create: SocketFactory = (url, options) => {
    const socket = new FakeSocket(url, options);
    this.sockets.push(socket);
    return socket;
  };

  /** The socket created last. */
  get latest(): FakeSocket {
    const socket = this.sockets.at(-1);
    if (!socket) {
      throw new Error('No socket has been created yet.');
    }
    return socket;
  }
}
