import {
  BehaviorSubject,
  Observable,
  Subject,
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
import { ClientEventName, SERVER_EVENTS, ServerEventName } from '../api/models';
import { AppConfig } from '../config/app-config';
import { GatewayError, isUnauthorizedRefusal } from './gateway-error';
import {
  GatewaySocket,
  GatewaySocketOptions,
  ManagerEventName,
  SocketFactory,
  SocketListener,
} from './socket-factory';

/** Where the gateway connection stands, as the console shows it. */
export type ConnectionState = 'connecting' | 'connected' | 'reconnecting' | 'offline';

/** A server event as it came off the socket, not yet checked. */
export interface RawServerEvent {
  event: ServerEventName;
  payload: unknown;
}

const SOCKET_PATH = '/ws';

interface Session {
  readonly token: string;
  readonly socket: GatewaySocket;
  readonly detach: () => void;
}

/**
 * The lifecycle of the gateway socket: at most one at a time, opened per token, followed through
 * socket.io's connect, disconnect and reconnection events. Owned by `ChatGateway`, which adds the
 * contract on top.
 */
export class GatewayConnection {
  private session: Session | null = null;
  /** Whether a socket of the current sign-in has connected once, so the next connect is a re-connect. */
  private hasConnected = false;
  private readonly state$ = new BehaviorSubject<ConnectionState>('offline');
  private readonly reconnected$ = new Subject<void>();
  private readonly error$ = new Subject<GatewayError>();
  private readonly lost$ = new Subject<void>();
  private readonly events$ = new Subject<RawServerEvent>();

  /** Where the connection stands; replays the current state to each new subscriber. */
  readonly state: Observable<ConnectionState> = this.state$.pipe(distinctUntilChanged());
  /** Fires when a socket connects after an earlier one of the same sign-in had connected. */
  readonly reconnected: Observable<void> = this.reconnected$.asObservable();
  /** Failures only a new `open()` can repair. */
  readonly errors: Observable<GatewayError> = this.error$.asObservable();
  /** Fires when calls in flight can no longer be answered: the socket dropped, closed or changed. */
  readonly lost: Observable<void> = this.lost$.asObservable();
  /** Every server event of the current socket, unchecked. */
  readonly events: Observable<RawServerEvent> = this.events$.asObservable();

  constructor(
    private readonly config: AppConfig,
    private readonly createSocket: SocketFactory,
  ) {}

  /** Opens a socket for `token`, replacing the current one unless it has the same token and is alive. */
  open(token: string): void {
    if (this.session?.token === token && this.session.socket.active) {
      return;
    }
    this.closeSession();
    const options: GatewaySocketOptions = {
      path: SOCKET_PATH,
      transports: ['websocket', 'polling'],
      query: { token },
      // Each sign-in needs its own Manager: a cached one would reconnect with the previous token.
      forceNew: true,
      reconnection: true,
      reconnectionDelay: 1000,
      reconnectionDelayMax: 10_000,
      randomizationFactor: 0.5,
    };
    if (this.config.socketAuthPayload) {
      options.auth = { token };
    }
    this.setState('connecting');
    const socket = this.createSocket(this.config.pySmartChatUrlForChat, options);
    this.session = { token, socket, detach: this.attach(socket) };
  }

  /** Closes the socket for good and forgets the sign-in. */
  close(): void {
    this.closeSession();
    this.hasConnected = false;
    this.setState('offline');
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
      ['reconnect_failed', () => this.fail(GatewayError.connection('reconnect_failed'))],
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
    this.setState('connected');
    if (this.hasConnected) {
      this.reconnected$.next();
    }
    this.hasConnected = true;
  }

  private onDisconnect(socket: GatewaySocket, reason: unknown): void {
    this.lost$.next();
    if (socket.active) {
      this.setState('reconnecting');
      return;
    }
    if (reason === 'io server disconnect') {
      this.fail(GatewayError.connection('server_disconnect'));
      return;
    }
    this.setState('offline');
  }

  private onConnectError(socket: GatewaySocket, error: unknown): void {
    if (isUnauthorizedRefusal(error)) {
      // Retrying with a refused token only hammers the server: stop until a new token arrives.
      this.closeSession();
      this.fail(GatewayError.connection('unauthorized'));
      return;
    }
    if (socket.active) {
      this.setState('reconnecting');
      return;
    }
    this.fail(GatewayError.connection('connection_refused'));
  }

  private fail(error: GatewayError): void {
    this.setState('offline');
    this.error$.next(error);
  }

  private setState(state: ConnectionState): void {
    if (this.state$.value !== state) {
      this.state$.next(state);
    }
  }
}
