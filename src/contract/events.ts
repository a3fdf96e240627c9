/**
 * The Socket.IO gateway's events: the 13 client events (payload and acknowledgement data of each)
 * and the 16 server events (payload of each), in the seed's order.
 */
import * as z from 'zod/mini';

import {
  ChatAssignmentSchema,
  ChatsSchema,
  ConfigSchema,
  ExecutiveStatusUpdateSchema,
  FetchAllChatByUserSchema,
  FetchChatsByUserRequestSchema,
  JoinChatAckSchema,
  JoinChatRequestSchema,
  ReassignRequestSchema,
  ResponseDataSchema,
  SetExecutiveStatusRequestSchema,
  SlaAlertSchema,
  TagRequestSchema,
  TagUpdateSchema,
  UpdateChatStatusRequestSchema,
} from './chat';
import {
  FetchAllChatSchema,
  FetchAllChatsRequestSchema,
  SearchChatRequestSchema,
} from './chat-list';
import {
  AddNoteRequestSchema,
  InternalNoteSchema,
  MessageSchema,
  SendMessageRequestSchema,
  TypingPayloadSchema,
  TypingRequestSchema,
} from './message';
import { Ack } from './primitives';
import { DashboardStatsSchema, DriverChatStatsSchema } from './stats';

/** Acknowledgement data of a request whose answer arrives as its `*_response` event. */
export const RequestAcceptedSchema = z.object({
  /** The `request_id` of the request, echoed. */
  request_id: z.string(),
});
export type RequestAccepted = z.output<typeof RequestAcceptedSchema>;

/** `config` payload: nothing (an empty object, `null` or no argument). */
export const ConfigRequestSchema = z.pipe(
  z.nullish(z.object({})),
  z.transform((): Record<string, never> => ({})),
);

/** `typing` acknowledgement data. */
export const TypingAckSchema = z.object({
  /** The chat the typing signal went to. */
  chat_id: z.string(),
});

/**
 * The 13 client events: payload and acknowledgement data of each. Every client event is
 * acknowledged, so the console can time out and report a request the gateway never answered.
 */
export const CLIENT_EVENT_SCHEMAS = {
  config: { payload: ConfigRequestSchema, ack: ConfigSchema },
  fetch_all_chats: { payload: FetchAllChatsRequestSchema, ack: RequestAcceptedSchema },
  search_chat: { payload: SearchChatRequestSchema, ack: RequestAcceptedSchema },
  fetch_chats_by_user: { payload: FetchChatsByUserRequestSchema, ack: RequestAcceptedSchema },
  send_message: { payload: SendMessageRequestSchema, ack: MessageSchema },
  join_chat: { payload: JoinChatRequestSchema, ack: JoinChatAckSchema },
  update_chat_status: { payload: UpdateChatStatusRequestSchema, ack: ResponseDataSchema },
  typing: { payload: TypingRequestSchema, ack: TypingAckSchema },
  set_executive_status: {
    payload: SetExecutiveStatusRequestSchema,
    ack: ExecutiveStatusUpdateSchema,
  },
  reassign_chat: { payload: ReassignRequestSchema, ack: ChatAssignmentSchema },
  apply_tag: { payload: TagRequestSchema, ack: TagUpdateSchema },
  remove_tag: { payload: TagRequestSchema, ack: TagUpdateSchema },
  add_note: { payload: AddNoteRequestSchema, ack: InternalNoteSchema },
} as const;

/** The 16 server events and the schema of each one's payload. */
export const SERVER_EVENT_SCHEMAS = {
  new_message: MessageSchema,
  room_update: ChatsSchema,
  fetch_all_chats_response: FetchAllChatSchema,
  search_chat_response: FetchAllChatSchema,
  fetch_chats_by_user_response: FetchAllChatByUserSchema,
  config_response: ConfigSchema,
  update_chat_status_response: ResponseDataSchema,
  user_typing: TypingPayloadSchema,
  'driver-chat-stats': DriverChatStatsSchema,
  dashboard_stats: DashboardStatsSchema,
  executive_status: ExecutiveStatusUpdateSchema,
  chat_assigned: ChatAssignmentSchema,
  chat_reassigned: ChatAssignmentSchema,
  sla_alert: SlaAlertSchema,
  tag_updated: TagUpdateSchema,
  note_added: InternalNoteSchema,
} as const;

export type ClientEventName = keyof typeof CLIENT_EVENT_SCHEMAS;
export type ServerEventName = keyof typeof SERVER_EVENT_SCHEMAS;

/** Payload and acknowledgement data types of each client event. */
export type ClientEventMap = {
  [K in ClientEventName]: {
    payload: z.output<(typeof CLIENT_EVENT_SCHEMAS)[K]['payload']>;
    ack: z.output<(typeof CLIENT_EVENT_SCHEMAS)[K]['ack']>;
  };
};

/** Payload type of each server event. */
export type ServerEventMap = {
  [K in ServerEventName]: z.output<(typeof SERVER_EVENT_SCHEMAS)[K]>;
};

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
export const CLIENT_EVENTS = Object.keys(CLIENT_EVENT_SCHEMAS) as readonly ClientEventName[];

/** Every server event name, in the seed's order. */
export const SERVER_EVENTS = Object.keys(SERVER_EVENT_SCHEMAS) as readonly ServerEventName[];
