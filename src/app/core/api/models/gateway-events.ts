import {
  AddNoteRequest,
  ChatAssignment,
  Chats,
  Config,
  ExecutiveStatusUpdate,
  FetchAllChat,
  FetchAllChatByUser,
  FetchAllChatsRequest,
  FetchChatsByUserRequest,
  InternalNote,
  JoinChatAck,
  Message,
  ReassignRequest,
  ResponseData,
  SearchChatRequest,
  SendMessageRequest,
  SetExecutiveStatusRequest,
  SlaAlert,
  TagRequest,
  TagUpdate,
  TypingPayload,
  UpdateChatStatusRequest,
} from './chat';
import { Ack } from './common';
import { DashboardStats, DriverChatStats } from './stats';

/** Acknowledgement data of a request whose answer arrives as its `*_response` event. */
export interface RequestAccepted {
  request_id: string;
}

/**
 * The 13 client events: payload and acknowledgement data of each. Every client event is acknowledged,
 * so the console can time out and report a request the gateway never answered.
 */
export interface ClientEventMap {
  config: { payload: Record<string, never>; ack: Config };
  fetch_all_chats: { payload: FetchAllChatsRequest; ack: RequestAccepted };
  search_chat: { payload: SearchChatRequest; ack: RequestAccepted };
  fetch_chats_by_user: { payload: FetchChatsByUserRequest; ack: RequestAccepted };
  send_message: { payload: SendMessageRequest; ack: Message };
  join_chat: { payload: { chat_id: string }; ack: JoinChatAck };
  update_chat_status: { payload: UpdateChatStatusRequest; ack: ResponseData };
  typing: { payload: TypingPayload; ack: { chat_id: string } };
  set_executive_status: { payload: SetExecutiveStatusRequest; ack: ExecutiveStatusUpdate };
  reassign_chat: { payload: ReassignRequest; ack: ChatAssignment };
  apply_tag: { payload: TagRequest; ack: TagUpdate };
  remove_tag: { payload: TagRequest; ack: TagUpdate };
  add_note: { payload: AddNoteRequest; ack: InternalNote };
}

export type ClientEventName = keyof ClientEventMap;

/** The 16 server events and their payloads. */
export interface ServerEventMap {
  new_message: Message;
  room_update: Chats;
  fetch_all_chats_response: FetchAllChat;
  search_chat_response: FetchAllChat;
  fetch_chats_by_user_response: FetchAllChatByUser;
  config_response: Config;
  update_chat_status_response: ResponseData;
  user_typing: TypingPayload;
  'driver-chat-stats': DriverChatStats;
  dashboard_stats: DashboardStats;
  executive_status: ExecutiveStatusUpdate;
  chat_assigned: ChatAssignment;
  chat_reassigned: ChatAssignment;
  sla_alert: SlaAlert;
  tag_updated: TagUpdate;
  note_added: InternalNote;
}

export type ServerEventName = keyof ServerEventMap;

/** Socket.IO typing of the client to server direction (server side `Socket<ClientToServerEvents, ...>`). */
export type ClientToServerEvents = {
  [K in ClientEventName]: (
    payload: ClientEventMap[K]['payload'],
    ack: (response: Ack<ClientEventMap[K]['ack']>) => void,
  ) => void;
};

/** Socket.IO typing of the server to client direction. */
export type ServerToClientEvents = {
  [K in ServerEventName]: (payload: ServerEventMap[K]) => void;
};

/** Every client event name, in the seed's order. */
export const CLIENT_EVENTS: readonly ClientEventName[] = [
  'config',
  'fetch_all_chats',
  'search_chat',
  'fetch_chats_by_user',
  'send_message',
  'join_chat',
  'update_chat_status',
  'typing',
  'set_executive_status',
  'reassign_chat',
  'apply_tag',
  'remove_tag',
  'add_note',
];

/** Every server event name, in the seed's order. */
export const SERVER_EVENTS: readonly ServerEventName[] = [
  'new_message',
  'room_update',
  'fetch_all_chats_response',
  'search_chat_response',
  'fetch_chats_by_user_response',
  'config_response',
  'update_chat_status_response',
  'user_typing',
  'driver-chat-stats',
  'dashboard_stats',
  'executive_status',
  'chat_assigned',
  'chat_reassigned',
  'sla_alert',
  'tag_updated',
  'note_added',
];
