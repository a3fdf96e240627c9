import {
  Observable,
  defer,
  filter,
  ignoreElements,
  map,
  merge,
  race,
  shareReplay,
  switchMap,
  take,
  timer,
} from 'rxjs';

import {
  ClientEventMap,
  ClientEventName,
  ServerEventMap,
  ServerEventName,
} from '../../../contract';
import { readAck } from './ack-reader';
import { GatewayConnection } from './gateway-connection';
import { GatewayError } from './gateway-error';
import { GatewaySocket } from './socket-factory';

/** The server events that answer a client request, matched to it by `request_id`. */
export type ResponseEventName =
  'fetch_all_chats_response' | 'search_chat_response' | 'fetch_chats_by_user_response';

/**
 * Events that only read or are idempotent: while the socket is (re)connecting they wait for the
 * connection instead of failing, so a store can ask right after `connect()`.
 */
const WAITS_FOR_CONNECTION: ReadonlySet<ClientEventName> = new Set<ClientEventName>([
  'config',
  'fetch_all_chats',
  'search_chat',
  'fetch_chats_by_user',
  'join_chat',
]);

/**
 * The request/response plumbing under {@link ChatGateway}: emits a client event on the current
 * socket and reads its acknowledgement, and pairs a request with its `*_response` event. Fails a
 * call with a {@link GatewayError} on a timeout, a refused or malformed answer, or a lost socket.
 */
export class GatewayCalls {
  constructor(
    private readonly connection: GatewayConnection,
    private readonly timeoutMs: number,
    private readonly on: <K extends ServerEventName>(event: K) => Observable<ServerEventMap[K]>,
    private readonly reportMalformed: (event: ClientEventName, reason: string) => void,
  ) {}

  /** Sends on first subscription; later subscribers share that one emit and its answer. */
  call<K extends ClientEventName>(
    event: K,
    payload: ClientEventMap[K]['payload'],
  ): Observable<ClientEventMap[K]['ack']> {
    return this.send(event, payload).pipe(shareReplay({ bufferSize: 1, refCount: false }));
  }

  /**
   * Emits `event` on the current socket and emits its acknowledged answer once, on each
   * subscription. Read-only events wait for a connection; the others fail at once while offline.
   */
  send<K extends ClientEventName>(
    event: K,
    payload: ClientEventMap[K]['payload'],
  ): Observable<ClientEventMap[K]['ack']> {
    const waitMs = WAITS_FOR_CONNECTION.has(event) ? this.timeoutMs : null;
    return this.connection
      .socketFor(event, waitMs)
      .pipe(switchMap((socket) => this.emitWithAck(socket, event, payload)));
  }

  private emitWithAck<K extends ClientEventName>(
    socket: GatewaySocket,
    event: K,
    payload: ClientEventMap[K]['payload'],
  ): Observable<ClientEventMap[K]['ack']> {
    return new Observable<ClientEventMap[K]['ack']>((subscriber) => {
      const lost = this.connection.lost.subscribe(() =>
        subscriber.error(GatewayError.reset(event)),
      );
      socket.timeout(this.timeoutMs).emit(event, payload, (error: unknown, response: unknown) => {
        if (error) {
          subscriber.error(GatewayError.fromAckError(error, event));
          return;
        }
        const reading = readAck(event, response);
        if (!reading.ok) {
          if (reading.malformed) {
            this.reportMalformed(event, reading.malformed);
          }
          subscriber.error(reading.error);
          return;
        }
        subscriber.next(reading.data);
        subscriber.complete();
      });
      return () => lost.unsubscribe();
    });
  }

  /**
   * Emits a request whose answer arrives as a `*_response` event with the same `request_id`. The
   * answer is awaited from before the emit, since the server may send it before acknowledging.
   */
  request<R extends ResponseEventName>(
    responseEvent: R,
    emit: (requestId: string) => Observable<unknown>,
  ): Observable<ServerEventMap[R]> {
    return defer(() => {
      const requestId = crypto.randomUUID();
      const answer = this.on(responseEvent).pipe(
        filter((response) => response.request_id === requestId),
      );
      const event = REQUEST_EVENTS[responseEvent];
      const acceptedThenWait = emit(requestId).pipe(
        switchMap(() =>
          race(
            timer(this.timeoutMs).pipe(
              map(() => {
                throw GatewayError.timeout(event);
              }),
            ),
            this.connection.lost.pipe(
              map(() => {
                throw GatewayError.reset(event);
              }),
            ),
          ),
        ),
        ignoreElements(),
      );
      return merge(answer, acceptedThenWait).pipe(take(1));
    }).pipe(shareReplay({ bufferSize: 1, refCount: false }));
  }
}

const REQUEST_EVENTS: Readonly<Record<ResponseEventName, ClientEventName>> = {
  fetch_all_chats_response: 'fetch_all_chats',
  search_chat_response: 'search_chat',
  fetch_chats_by_user_response: 'fetch_chats_by_user',
};
