import {
  BehaviorSubject,
  Observable,
  Subject,
  Subscription,
  defer,
  distinctUntilChanged,
  filter,
  of,
  race,
  switchMap,
  take,
  throwError,
  timer,
} from 'rxjs';
import { ClientEventName, SERVER_EVENTS, ServerEventName } from '../../../contract';
import { AppConfig } from '../config/app-config';
import { GatewayError, isUnauthorizedRefusal } from './gateway-error';
import { NetworkSignals, NetworkWakeup } from './network-signals';
import {
  GatewaySocket,
  GatewaySocketOptions,
  ManagerEventName,
  SocketFactory,
  SocketListener,
} from './socket-factory';

/** Where the gateway connection stands, as the console shows it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/**
 * Why the console is not connected, as far as it can tell, so the banner says what is true:
 * `server-closed` (the server ended the connection: a deploy, a restart), `unreachable` (the server
 * cannot be reached), `refused` (the server turned the connection down, not for the session),
 * `network` (the connection went quiet or broke) and `no-network` (the browser has no network).
 */
export type ConnectionCause =
  'server-closed' | 'unreachable' | 'refused' | 'network' | 'no-network';

/** A server event as it came off the socket, not yet checked. */
export interface RawServerEvent {
  event: ServerEventName;
  payload: unknown;
}

const SOCKET_PATH = '/ws';
/** First reconnection delay; it doubles per attempt up to {@link RETRY_DELAY_MAX_MS}. */
export const RETRY_DELAY_MS = 1_000;
/** Longest reconnection delay, so a console is back within seconds of a deploy. */
export const RETRY_DELAY_MAX_MS = 5_000;
/** Each delay is spread by up to half of it either way, so a floor of consoles does not reconnect at once. */
export const RETRY_JITTER = 0.5;

/**
 * The delay before reconnection attempt `attempt` (0 for the first): exponential from
 * {@link RETRY_DELAY_MS}, spread by {@link RETRY_JITTER}, capped at {@link RETRY_DELAY_MAX_MS}.
 */
export function retryDelay(attempt: number, random: () => number = Math.random): number {
  const base = RETRY_DELAY_MS * 2 ** Math.min(attempt, 16);
  const spread = base * RETRY_JITTER * (random() * 2 - 1);
  return Math.round(Math.min(base + spread, RETRY_DELAY_MAX_MS));
}

/** Disconnect reasons of socket.io that mean the server (or a proxy) ended the connection. */
const SERVER_CLOSE_REASONS: ReadonlySet<unknown> = new Set([
  'io server disconnect',
  'transport close',
]);

interface Session {
  readonly socket: GatewaySocket;
  readonly detach: () => void;
}

/**
 * The lifecycle of the gateway socket: at most one at a time, opened per token, followed through
 * socket.io's connect, disconnect and reconnection events. It reconnects by itself after every
 * kind of drop, with backoff and jitter: socket.io's own retries cover a broken transport, and the
 * connection adds its own where socket.io stops (the server closed the socket on purpose, or
 * refused it for a reason other than the session). Only a refused session stops it. Owned by
 * `ChatGateway`, which adds the contract on top.
 */
export class GatewayConnection {
  private session: Session | null = null;
  /** The token of the current sign-in, kept while retrying; null once closed or refused. */
  private token: string | null = null;
  /** Whether a socket of the current sign-in has connected once, so the next connect is a re-connect. */
  private hasConnected = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private retryAttempt = 0;
  private readonly state$ = new BehaviorSubject<ConnectionState>('offline');
  private readonly cause$ = new BehaviorSubject<ConnectionCause | null>(null);
  private readonly reconnected$ = new Subject<void>();
  private readonly error$ = new Subject<GatewayError>();
  private readonly lost$ = new Subject<void>();
  private readonly events$ = new Subject<RawServerEvent>();
  private readonly wakeups: Subscription;

  /** Where the connection stands; replays the current state to each new subscriber. */
  readonly state: Observable<ConnectionState> = this.state$.pipe(distinctUntilChanged());
  /** Why the console is not connected; null while connected or before a cause is known. */
  readonly cause: Observable<ConnectionCause | null> = this.cause$.pipe(distinctUntilChanged());
  /** Fires when a socket connects after an earlier one of the same sign-in had connected. */
  readonly reconnected: Observable<void> = this.reconnected$.asObservable();
  /** Failures only a new sign-in can repair: the session was refused. */
  readonly errors: Observable<GatewayError> = this.error$.asObservable();
  /** Fires when calls in flight can no longer be answered: the socket dropped, closed or changed. */
  readonly lost: Observable<void> = this.lost$.asObservable();
  /** Every server event of the current socket, unchecked. */
  readonly events: Observable<RawServerEvent> = this.events$.asObservable();

  constructor(
    private readonly config: AppConfig,
    private readonly createSocket: SocketFactory,
    private readonly network: NetworkSignals,
  ) {
    this.wakeups = network.wakeups.subscribe((wakeup) => this.onWakeup(wakeup));
  }

  /** Opens a socket for `token`, replacing the current one unless it has the same token and is alive. */
  open(token: string): void {
    if (this.token === token && this.session?.socket.active) {
      return;
    }
    this.token = token;
    this.retryAttempt = 0;
    this.openSocket('connecting');
  }

  /** Closes the socket for good and forgets the sign-in. */
  close(): void {
    this.closeSession();
    this.token = null;
    this.hasConnected = false;
    this.cause$.next(null);
    this.setState('offline');
  }

  /** Stops following the browser's network signals; the connection is closed too. */
  destroy(): void {
    this.close();
    this.wakeups.unsubscribe();
  }

  /** Tries to connect now instead of after the current backoff; nothing while connected or closed. */
  retryNow(): void {
    if (this.token !== null && !this.session?.socket.connected) {
      this.openSocket('reconnecting');
    }
  }

  /** The socket if it is connected right now. */
  connectedSocket(): GatewaySocket | null {
    const socket = this.session?.socket;
    return socket?.connected ? socket : null;
  }

  /**
   * The connected socket for `event`: at once, or, when `waitMs` is given and the socket is on its
   * way, once it connects within `waitMs`. Fails with `offline` otherwise.
   */
  socketFor(event: ClientEventName, waitMs: number | null): Observable<GatewaySocket> {
    return defer(() => {
      const socket = this.connectedSocket();
      if (socket) {
        return of(socket);
      }
      const offline = () => GatewayError.offline(event);
      if (waitMs === null || this.state$.value === 'offline') {
        return throwError(offline);
      }
      return race(
        this.state$.pipe(
          filter((state) => state === 'connected' || state === 'offline'),
          take(1),
          switchMap(() => {
            const connected = this.connectedSocket();
            return connected ? of(connected) : throwError(offline);
          }),
        ),
        timer(waitMs).pipe(switchMap(() => throwError(offline))),
      );
    });
  }

  /** Replaces whatever socket there is with a new one for the current token. */
  private openSocket(state: 'connecting' | 'reconnecting'): void {
    const token = this.token;
    if (token === null) {
      return;
    }
    this.clearRetry();
    this.closeSession();
    const options: GatewaySocketOptions = {
      path: SOCKET_PATH,
      transports: ['websocket', 'polling'],
      // A proxy that refuses websocket upgrades must not keep the console away: fall back to polling.
      tryAllTransports: true,
      query: { token },
      // Each sign-in needs its own Manager: a cached one would reconnect with the previous token.
      forceNew: true,
      reconnection: true,
      reconnectionDelay: RETRY_DELAY_MS,
      reconnectionDelayMax: RETRY_DELAY_MAX_MS,
      randomizationFactor: RETRY_JITTER,
    };
    if (this.config.socketAuthPayload) {
      options.auth = { token };
    }
    this.setState(this.hasConnected ? 'reconnecting' : state);
    const socket = this.createSocket(this.config.pySmartChatUrlForChat, options);
    this.session = { socket, detach: this.attach(socket) };
  }

  private attach(socket: GatewaySocket): () => void {
    const socketListeners: [string, SocketListener][] = [
      ['connect', () => this.onConnect()],
      ['disconnect', (reason) => this.onDisconnect(socket, reason)],
      ['connect_error', (error) => this.onConnectError(socket, error)],
      ...SERVER_EVENTS.map((event): [string, SocketListener] => [
        event,
        (payload) => this.events$.next({ event, payload }),
      ]),
    ];
    const managerListeners: [ManagerEventName, SocketListener][] = [
      ['reconnect_attempt', () => this.setState('reconnecting')],
      // socket.io gives up only with a limit on attempts; carry on with a fresh socket regardless.
      ['reconnect_failed', () => this.scheduleRetry(this.cause$.value ?? 'unreachable')],
    ];
    for (const [event, listener] of socketListeners) {
      socket.on(event, listener);
    }
    for (const [event, listener] of managerListeners) {
      socket.io.on(event, listener);
    }
    return () => {
      for (const [event, listener] of socketListeners) {
        socket.off(event, listener);
      }
      for (const [event, listener] of managerListeners) {
        socket.io.off(event, listener);
      }
    };
  }

  private closeSession(): void {
    const session = this.session;
    if (!session) {
      return;
    }
    this.session = null;
    this.lost$.next();
    session.detach();
    session.socket.disconnect();
  }

  private onConnect(): void {
    this.retryAttempt = 0;
    this.cause$.next(null);
    this.setState('connected');
    if (this.hasConnected) {
      this.reconnected$.next();
    }
    this.hasConnected = true;
  }

  private onDisconnect(socket: GatewaySocket, reason: unknown): void {
    this.lost$.next();
    const cause = SERVER_CLOSE_REASONS.has(reason) ? 'server-closed' : 'network';
    if (socket.active) {
      this.setCause(cause);
      this.setState('reconnecting');
      return;
    }
    // The server closed the socket on purpose ("io server disconnect"): socket.io does not retry.
    this.scheduleRetry(cause);
  }

  private onConnectError(socket: GatewaySocket, error: unknown): void {
    if (isUnauthorizedRefusal(error)) {
      // Retrying with a refused token only hammers the server: stop until a new token arrives.
      this.closeSession();
      this.token = null;
      this.fail(GatewayError.connection('unauthorized'));
      return;
    }
    if (socket.active) {
      // Keep the reason of the drop (a deploy) while the server is still on its way back.
      this.setCause(this.cause$.value === 'server-closed' ? 'server-closed' : 'unreachable');
      this.setState('reconnecting');
      return;
    }
    this.scheduleRetry('refused');
  }

  private onWakeup(wakeup: NetworkWakeup): void {
    if (this.token === null) {
      return;
    }
    if (this.session?.socket.connected) {
      // After sleep a socket can look connected while its server forgot it long ago.
      if (wakeup === 'wake') {
        this.openSocket('reconnecting');
      }
      return;
    }
    this.retryNow();
  }

  private scheduleRetry(cause: ConnectionCause): void {
    if (this.token === null) {
      return;
    }
    this.setCause(cause);
    this.setState('reconnecting');
    this.clearRetry();
    const delay = retryDelay(this.retryAttempt++);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.openSocket('reconnecting');
    }, delay);
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
  }

  private setCause(cause: ConnectionCause): void {
    this.cause$.next(this.network.isOnline() ? cause : 'no-network');
  }

  private fail(error: GatewayError): void {
    this.clearRetry();
    this.setState('offline');
    this.error$.next(error);
  }

  private setState(state: ConnectionState): void {
    if (this.state$.value !== state) {
      this.state$.next(state);
    }
  }
}
