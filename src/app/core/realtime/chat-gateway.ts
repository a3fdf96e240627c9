import { DestroyRef, Injectable, inject } from '@angular/core';
import { Observable, Subject } from 'rxjs';
import {
  AddNoteRequest,
  ChatAssignment,
  Chats,
  ClientEventName,
  Config,
  DashboardStats,
  DriverChatStats,
  ExecutiveStatusUpdate,
  FetchAllChat,
  FetchAllChatByUser,
  FetchAllChatsRequest,
  FetchChatsByUserRequest,
  InternalNote,
  JoinChatAck,
  JoinChatRequest,
  Message,
  ReassignRequest,
  ResponseData,
  SERVER_EVENTS,
  SearchChatRequest,
  SendMessageRequest,
  ServerEventMap,
  ServerEventName,
  SetExecutiveStatusRequest,
  SlaAlert,
  TagRequest,
  TagUpdate,
  TypingPayload,
  UpdateChatStatusRequest,
  SERVER_EVENT_SCHEMAS,
  checkPayload,
} from '../../../contract';
import { APP_CONFIG } from '../config/app-config-token';
import { ConnectionCause, ConnectionState, GatewayConnection } from './gateway-connection';
import { GatewayCalls } from './gateway-calls';
import { GatewayError } from './gateway-error';
import { NETWORK_SIGNALS } from './network-signals';
import { GATEWAY_TIMEOUT_MS, SOCKET_FACTORY } from './socket-factory';

export type { ConnectionCause, ConnectionState } from './gateway-connection';

/** A payload dropped at the boundary because it did not match the contract. */
export interface MalformedEvent {
  /** The server event, or the client event whose acknowledgement was malformed. */
  event: ServerEventName | ClientEventName;
  /** Which field failed and how, e.g. `new_message.seq: expected number, got string`. */
  reason: string;
}

/** A `fetch_all_chats` request; the gateway adds the `request_id`. */
export type FetchAllChatsQuery = Omit<FetchAllChatsRequest, 'request_id'>;
/** A `search_chat` request; the gateway adds the `request_id`. */
export type SearchChatQuery = Omit<SearchChatRequest, 'request_id'>;
/** A `fetch_chats_by_user` request; the gateway adds the `request_id`. */
export type FetchChatsByUserQuery = Omit<FetchChatsByUserRequest, 'request_id'>;

/**
 * The console's Socket.IO client: one connection to the PySmartChat gateway, the 13 client events
 * as acknowledged calls, and the 16 server events as hot streams that outlive reconnections.
 */
@Injectable({ providedIn: 'root' })
export class ChatGateway {
  private readonly timeoutMs = inject(GATEWAY_TIMEOUT_MS);
  private readonly connection = new GatewayConnection(
    inject(APP_CONFIG),
    inject(SOCKET_FACTORY),
    inject(NETWORK_SIGNALS),
  );
  private readonly malformed$ = new Subject<MalformedEvent>();
  private readonly incoming = new Map<ServerEventName, Subject<unknown>>(
    SERVER_EVENTS.map((event) => [event, new Subject<unknown>()]),
  );
  private readonly streams = new Map<ServerEventName, Observable<unknown>>(
    SERVER_EVENTS.map((event) => [event, this.incoming.get(event)!.asObservable()]),
  );
  private readonly calls = new GatewayCalls(
    this.connection,
    this.timeoutMs,
    (event) => this.on(event),
    (event, reason) => this.reportMalformed(event, reason),
  );

  /** Where the connection stands; replays the current state to each new subscriber. */
  readonly connectionState: Observable<ConnectionState> = this.connection.state;

  /** Why the console is not connected (a server that went away, no network, ...); null while live. */
  readonly connectionCause: Observable<ConnectionCause | null> = this.connection.cause;

  /**
   * Fires each time a socket connects after an earlier one of the same sign-in had connected (a
   * reconnection, or `connect()` with a fresh token): events may have been missed, so resync.
   */
  readonly reconnected: Observable<void> = this.connection.reconnected;

  /**
   * Failures the gateway cannot recover from by itself: `unauthorized`, the session was refused or
   * ended (run the session-expired flow). Every other drop is retried with backoff and only shows
   * in {@link connectionState} and {@link connectionCause}.
   */
  readonly connectionError: Observable<GatewayError> = this.connection.errors;

  /**
   * Every payload dropped because it broke the contract; the diagnostics count them per event
   * name and list each name once.
   */
  readonly malformedEvents: Observable<MalformedEvent> = this.malformed$.asObservable();

  constructor() {
    this.connection.events.subscribe(({ event, payload }) => this.dispatch(event, payload));
    inject(DestroyRef).onDestroy(() => this.connection.destroy());
  }

  /**
   * Opens the gateway connection with the session's JWT. Calling it again with another token
   * replaces the socket (calls in flight on the old one fail with `offline`); with the same token
   * while the socket is still connected or retrying, it does nothing.
   */
  connect(token: string): void {
    this.connection.open(token);
  }

  /** Tries to connect now instead of waiting for the next backoff step (the banner's "Retry now"). */
  retryNow(): void {
    this.connection.retryNow();
  }

  /**
   * Closes the connection for good (sign-out): removes every listener, fails calls in flight with
   * `offline` and sets the state to `offline`. Streams stay subscribable for the next `connect()`.
   */
  disconnect(): void {
    this.connection.close();
  }

  /** Asks for the console options (`config`); emits the {@link Config} once. */
  fetchConfig(): Observable<Config> {
    return this.calls.call('config', {});
  }

  /**
   * Asks for a page of the chat list (`fetch_all_chats`) and emits the matching
   * `fetch_all_chats_response`. Without `assigned_executive_id` the list is "All".
   */
  fetchAllChatUser(req: FetchAllChatsQuery = {}): Observable<FetchAllChat> {
    return this.calls.request('fetch_all_chats_response', (request_id) =>
      this.calls.send('fetch_all_chats', { ...req, request_id }),
    );
  }

  /** Searches chats (`search_chat`) and emits the matching `search_chat_response`. */
  searchChat(req: SearchChatQuery): Observable<FetchAllChat> {
    return this.calls.request('search_chat_response', (request_id) =>
      this.calls.send('search_chat', { ...req, request_id }),
    );
  }

  /**
   * Asks for a page of one chat's history (`fetch_chats_by_user`) and emits the matching
   * `fetch_chats_by_user_response`.
   */
  fetchChatsByUser(req: FetchChatsByUserQuery): Observable<FetchAllChatByUser> {
    return this.calls.request('fetch_chats_by_user_response', (request_id) =>
      this.calls.send('fetch_chats_by_user', { ...req, request_id }),
    );
  }

  /** Sends a reply or a template (`send_message`); emits the stored {@link Message}. */
  sendMessage(req: SendMessageRequest): Observable<Message> {
    return this.calls.call('send_message', req);
  }

  /** Joins a chat's room to receive its events (`join_chat`); emits the room. */
  joinChat(req: JoinChatRequest): Observable<JoinChatAck> {
    return this.calls.call('join_chat', req);
  }

  /** Changes a chat's status, e.g. resolves it (`update_chat_status`). */
  updateChatStatus(req: UpdateChatStatusRequest): Observable<ResponseData> {
    return this.calls.call('update_chat_status', req);
  }

  /**
   * Tells the chat that the executive is typing (`typing`). Fire-and-forget: dropped while not
   * connected, since a late typing signal is worse than none.
   */
  emitTyping(req: TypingPayload): void {
    const socket = this.connection.connectedSocket();
    if (socket) {
      // The contract acknowledges every event; the answer carries nothing the console needs.
      socket.volatile.emit('typing', req, () => undefined);
    }
  }

  /** Sets the executive online or offline (`set_executive_status`). */
  setExecutiveStatus(req: SetExecutiveStatusRequest): Observable<ExecutiveStatusUpdate> {
    return this.calls.call('set_executive_status', req);
  }

  /** Hands a chat to another executive (`reassign_chat`). */
  reassignChat(req: ReassignRequest): Observable<ChatAssignment> {
    return this.calls.call('reassign_chat', req);
  }

  /** Adds a tag to a chat (`apply_tag`). */
  applyTag(req: TagRequest): Observable<TagUpdate> {
    return this.calls.call('apply_tag', req);
  }

  /** Removes a tag from a chat (`remove_tag`). */
  removeTag(req: TagRequest): Observable<TagUpdate> {
    return this.calls.call('remove_tag', req);
  }

  /** Adds an internal note, never shown to the customer (`add_note`). */
  addNote(req: AddNoteRequest): Observable<InternalNote> {
    return this.calls.call('add_note', req);
  }

  /**
   * The well-formed payloads of one server event. Hot and shared: it never completes and keeps
   * delivering across reconnections and socket replacements.
   */
  on<K extends ServerEventName>(event: K): Observable<ServerEventMap[K]> {
    // Safe: dispatch() only lets through payloads that fit SERVER_EVENT_SCHEMAS[event].
    return this.streams.get(event) as Observable<ServerEventMap[K]>;
  }

  /** Messages of joined chats (`new_message`). */
  onNewMessage(): Observable<Message> {
    return this.on('new_message');
  }

  /** Changed chat rooms (`room_update`); compare `version` to drop stale ones. */
  onRoomUpdate(): Observable<Chats> {
    return this.on('room_update');
  }

  /** Every chat list page (`fetch_all_chats_response`), whoever asked for it. */
  onFetchAllChatsResponse(): Observable<FetchAllChat> {
    return this.on('fetch_all_chats_response');
  }

  /** Every search result page (`search_chat_response`). */
  onSearchChatResponse(): Observable<FetchAllChat> {
    return this.on('search_chat_response');
  }

  /** Every chat history page (`fetch_chats_by_user_response`). */
  onFetchChatsByUserResponse(): Observable<FetchAllChatByUser> {
    return this.on('fetch_chats_by_user_response');
  }

  /** Console options pushed by the server (`config_response`). */
  onConfigResponse(): Observable<Config> {
    return this.on('config_response');
  }

  /** Status changes of chats (`update_chat_status_response`). */
  onUpdateChatStatus(): Observable<ResponseData> {
    return this.on('update_chat_status_response');
  }

  /** Typing signals of the other side (`user_typing`). */
  onTyping(): Observable<TypingPayload> {
    return this.on('user_typing');
  }

  /** Driver / partner chat counts (`driver-chat-stats`). */
  onDriverChatStats(): Observable<DriverChatStats> {
    return this.on('driver-chat-stats');
  }

  /** Supervisor board figures (`dashboard_stats`). */
  onDashboardStats(): Observable<DashboardStats> {
    return this.on('dashboard_stats');
  }

  /** Executives going online or offline (`executive_status`). */
  onExecutiveStatus(): Observable<ExecutiveStatusUpdate> {
    return this.on('executive_status');
  }

  /** Chats assigned to an executive (`chat_assigned`). */
  onChatAssigned(): Observable<ChatAssignment> {
    return this.on('chat_assigned');
  }

  /** Chats moved to another executive (`chat_reassigned`). */
  onChatReassigned(): Observable<ChatAssignment> {
    return this.on('chat_reassigned');
  }

  /** Waits nearing or past their SLA (`sla_alert`). */
  onSlaAlert(): Observable<SlaAlert> {
    return this.on('sla_alert');
  }

  /** Tags applied or removed by anyone (`tag_updated`). */
  onTagUpdated(): Observable<TagUpdate> {
    return this.on('tag_updated');
  }

  /** Internal notes added by anyone (`note_added`). */
  onNoteAdded(): Observable<InternalNote> {
    return this.on('note_added');
  }

  private dispatch(event: ServerEventName, payload: unknown): void {
    const problem = checkPayload(SERVER_EVENT_SCHEMAS[event], payload, event);
    if (problem) {
      this.reportMalformed(event, problem);
      return;
    }
    this.incoming.get(event)!.next(payload);
  }

  private reportMalformed(event: ServerEventName | ClientEventName, reason: string): void {
    this.malformed$.next({ event, reason });
  }
}
