import { ClientEventName } from '../../../contract';

/**
 * Why a gateway call or the connection failed. `timeout` and `offline` come from the console itself;
 * any other value is the `code` of the server's negative acknowledgement (`validation_failed`,
 * `forbidden`, ...) or of a refused connection (`unauthorized`).
 */
export type GatewayErrorCode =
  | 'timeout'
  | 'offline'
  | 'unauthorized'
  | 'bad_response'
  // Keeps the literal suggestions above in editors while still accepting any server code.
  | (string & {});

/** What a failure relates to: a client event, or the connection itself. */
export type GatewayErrorSource = ClientEventName | 'connection';

/** Sentences shown to a support executive when the console itself detects the failure. */
export const GATEWAY_ERROR_MESSAGES = {
  timeout: 'The chat server did not answer in time. Check your connection, then try again.',
  offline:
    'You are not connected to the chat server, so nothing was sent. Try again once you are back online.',
  offlineRead:
    'Could not load this chat while offline. It loads by itself once the connection is back.',
  reset:
    'The connection to the chat server was lost before it answered. Try again once you are back online.',
  badResponse:
    'The chat server sent an answer the console cannot read. Reload the page; if it happens again, tell your supervisor.',
  unauthorized: 'Your session has expired. Sign in again to keep chatting.',
} as const;

/** Client events that only read: nothing is lost when one fails, so no "nothing was sent". */
const READ_EVENTS: ReadonlySet<ClientEventName> = new Set<ClientEventName>([
  'config',
  'fetch_all_chats',
  'search_chat',
  'fetch_chats_by_user',
  'join_chat',
]);

/** A failed gateway call or connection, typed so stores can branch on `code`. */
export class GatewayError extends Error {
  override readonly name = 'GatewayError';

  constructor(
    /** Machine code to branch on; see {@link GatewayErrorCode}. */
    readonly code: GatewayErrorCode,
    message: string,
    /** The client event that failed, or `connection`. */
    readonly event: GatewayErrorSource,
    /** The request field the server rejected, when it named one. */
    readonly field?: string,
  ) {
    super(message);
  }

  /** The server did not acknowledge (or answer) `event` in time. */
  static timeout(event: ClientEventName): GatewayError {
    return new GatewayError('timeout', GATEWAY_ERROR_MESSAGES.timeout, event);
  }

  /** `event` was not sent because the socket is not connected. */
  static offline(event: ClientEventName): GatewayError {
    const message = READ_EVENTS.has(event)
      ? GATEWAY_ERROR_MESSAGES.offlineRead
      : GATEWAY_ERROR_MESSAGES.offline;
    return new GatewayError('offline', message, event);
  }

  /** `event` was sent, but the connection went away before the server answered. */
  static reset(event: ClientEventName): GatewayError {
    return new GatewayError('offline', GATEWAY_ERROR_MESSAGES.reset, event);
  }

  /** The server sent an answer to `event` that breaks the contract. */
  static badResponse(event: ClientEventName): GatewayError {
    return new GatewayError('bad_response', GATEWAY_ERROR_MESSAGES.badResponse, event);
  }

  /** The connection ended in a way the gateway cannot recover from by itself. */
  static connection(code: ConnectionFailureCode): GatewayError {
    return new GatewayError(code, CONNECTION_FAILURE_MESSAGES[code], 'connection');
  }

  /**
   * Maps the error socket.io hands an acknowledgement callback: `operation has timed out`, or
   * `socket has been disconnected` when the connection dropped first.
   */
  static fromAckError(error: unknown, event: ClientEventName): GatewayError {
    return error instanceof Error && error.message.includes('disconnected')
      ? GatewayError.reset(event)
      : GatewayError.timeout(event);
  }
}

/**
 * Codes of {@link GatewayError.connection}: failures only a new sign-in can repair. Every other
 * connection failure is retried by the gateway itself.
 */
export type ConnectionFailureCode = 'unauthorized';

const CONNECTION_FAILURE_MESSAGES: Readonly<Record<ConnectionFailureCode, string>> = {
  unauthorized: GATEWAY_ERROR_MESSAGES.unauthorized,
};

/**
 * Whether a `connect_error` is the server refusing the token: its message is `unauthorized`, or
 * the middleware's details (socket.io puts them on `data`) carry that code.
 */
export function isUnauthorizedRefusal(error: unknown): boolean {
  if (!(error instanceof Error)) {
    return false;
  }
  if (error.message === 'unauthorized') {
    return true;
  }
  const data: unknown = (error as Error & { data?: unknown }).data;
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as Record<string, unknown>)['code'] === 'unauthorized'
  );
}

/** Whether a value caught in an error handler is a {@link GatewayError}. */
export function isGatewayError(value: unknown): value is GatewayError {
  return value instanceof GatewayError;
}
