import {
  ChatAssignment,
  Chats,
  ClientEventMap,
  ClientEventName,
  Config,
  DriverChatStats,
  ExecutiveStatusUpdate,
  FetchAllChat,
  FetchAllChatByUser,
  InternalNote,
  JoinChatAck,
  LastMessagePreview,
  LocationPayload,
  MediaAttachment,
  Message,
  RequestAccepted,
  ResponseData,
  ServerEventMap,
  ServerEventName,
  SlaAlert,
  TagUpdate,
  TypingPayload,
} from '../../../contract';
import { checkDashboardStatsResponse } from '../api/response-guards';
import {
  PayloadCheck,
  count,
  describe,
  flag,
  isRecord,
  listOf,
  nullable,
  oneOf,
  optional,
  shapeOf,
  text,
} from '../api/payload-check';

export type { PayloadCheck } from '../api/payload-check';

const chatStatus = oneOf('active', 'pending', 'resolved');
const presence = oneOf('online', 'offline');
const stakeholder = oneOf('customer', 'driver');
const senderType = oneOf('customer', 'driver', 'executive', 'system');
const messageType = oneOf('text', 'image', 'document', 'audio', 'video', 'location', 'template');

const media = shapeOf<MediaAttachment>({
  media_id: text,
  mime_type: text,
  file_name: text,
  size_bytes: count,
  caption: nullable(text),
  duration_seconds: optional(nullable(count)),
});

const location = shapeOf<LocationPayload>({
  latitude: count,
  longitude: count,
  name: nullable(text),
  address: nullable(text),
});

/** Checks a {@link Message}. */
export const checkMessage = shapeOf<Message>({
  message_id: text,
  client_message_id: nullable(text),
  chat_id: text,
  seq: count,
  sender_type: senderType,
  sender_id: text,
  sender_name: text,
  message_type: messageType,
  text: nullable(text),
  media: nullable(media),
  location: nullable(location),
  template: nullable(
    shapeOf<{ template_id: string; name: string }>({ template_id: text, name: text }),
  ),
  status: oneOf('sent', 'delivered', 'read', 'failed'),
  created_at: text,
});

const lastMessage = shapeOf<LastMessagePreview>({
  preview: text,
  message_type: messageType,
  sender_type: senderType,
  created_at: text,
  template_name: optional(text),
});

/** Checks a {@link Chats} room. */
export const checkChats = shapeOf<Chats>({
  chat_id: text,
  customer_number: text,
  customer_name: text,
  stakeholder,
  status: chatStatus,
  assigned_executive_id: nullable(text),
  assigned_executive_name: nullable(text),
  last_message: nullable(lastMessage),
  last_customer_message_at: nullable(text),
  last_executive_reply_at: nullable(text),
  unread_count: count,
  needs_reply: flag,
  tags: listOf(text),
  sla_due_at: nullable(text),
  created_at: text,
  updated_at: text,
  version: count,
});

/** Checks a {@link FetchAllChat} page (`fetch_all_chats_response`, `search_chat_response`). */
export const checkFetchAllChat = shapeOf<FetchAllChat>({
  request_id: text,
  chats: listOf(checkChats),
  total: count,
  counts: shapeOf<FetchAllChat['counts']>({ active: count, pending: count, resolved: count }),
  next_cursor: nullable(text),
});

/** Checks a {@link FetchAllChatByUser} history page. */
export const checkFetchAllChatByUser = shapeOf<FetchAllChatByUser>({
  request_id: text,
  chat_id: text,
  chat: checkChats,
  messages: listOf(checkMessage),
  has_more: flag,
});

/** Checks a {@link Config}. */
export const checkConfig = shapeOf<Config>({
  statuses: listOf(chatStatus),
  executives: listOf(
    shapeOf<Config['executives'][number]>({ executive_id: text, name: text, status: presence }),
  ),
  tags: listOf(text),
  reassign_reasons: listOf(text),
  sla: shapeOf<Config['sla']>({
    first_reply_seconds: count,
    next_reply_seconds: count,
    warning_seconds: count,
  }),
  whatsapp_window_hours: count,
  max_message_length: count,
  page_size: count,
});

/** Checks a {@link ResponseData} status change. */
export const checkResponseData = shapeOf<ResponseData>({
  success: flag,
  chat_id: text,
  customer_number: text,
  status: chatStatus,
  message: text,
  updated_by: text,
  updated_at: text,
});

/** Checks a {@link TypingPayload}. */
export const checkTyping = shapeOf<TypingPayload>({
  chat_id: text,
  sender: senderType,
  sender_name: optional(text),
});

/** Checks {@link DriverChatStats}. */
export const checkDriverChatStats = shapeOf<DriverChatStats>({
  active: count,
  pending: count,
  resolved: count,
  unassigned: count,
  new_today: count,
  resolved_today: count,
  generated_at: text,
});

/** Checks {@link DashboardStats}: the same figures `partnerStats` answers with. */
export const checkDashboardStats = checkDashboardStatsResponse;

/** Checks an {@link ExecutiveStatusUpdate}. */
export const checkExecutiveStatus = shapeOf<ExecutiveStatusUpdate>({
  executive_id: text,
  name: text,
  status: presence,
  changed_at: text,
});

/** Checks a {@link ChatAssignment} (`chat_assigned`, `chat_reassigned`). */
export const checkChatAssignment = shapeOf<ChatAssignment>({
  chat_id: text,
  customer_number: text,
  customer_name: text,
  stakeholder,
  executive_id: text,
  executive_name: text,
  previous_executive_id: nullable(text),
  reason: nullable(text),
  assigned_at: text,
});

/** Checks an {@link SlaAlert}. */
export const checkSlaAlert = shapeOf<SlaAlert>({
  alert_id: text,
  chat_id: text,
  customer_number: text,
  customer_name: text,
  executive_id: nullable(text),
  level: oneOf('warning', 'breach'),
  kind: oneOf('first_reply', 'next_reply'),
  waiting_since: text,
  due_at: text,
  raised_at: text,
});

/** Checks a {@link TagUpdate}. */
export const checkTagUpdate = shapeOf<TagUpdate>({
  chat_id: text,
  tag: text,
  action: oneOf('applied', 'removed'),
  tags: listOf(text),
  updated_by: text,
  updated_at: text,
});

/** Checks an {@link InternalNote}. */
export const checkInternalNote = shapeOf<InternalNote>({
  note_id: text,
  chat_id: text,
  content: text,
  author_id: text,
  author_name: text,
  created_at: text,
});

/** One check per server event: the payload every `on*` stream of the gateway lets through. */
export const SERVER_EVENT_CHECKS: Readonly<Record<ServerEventName, PayloadCheck>> = {
  new_message: checkMessage,
  room_update: checkChats,
  fetch_all_chats_response: checkFetchAllChat,
  search_chat_response: checkFetchAllChat,
  fetch_chats_by_user_response: checkFetchAllChatByUser,
  config_response: checkConfig,
  update_chat_status_response: checkResponseData,
  user_typing: checkTyping,
  'driver-chat-stats': checkDriverChatStats,
  dashboard_stats: checkDashboardStats,
  executive_status: checkExecutiveStatus,
  chat_assigned: checkChatAssignment,
  chat_reassigned: checkChatAssignment,
  sla_alert: checkSlaAlert,
  tag_updated: checkTagUpdate,
  note_added: checkInternalNote,
};

const requestAccepted = shapeOf<RequestAccepted>({ request_id: text });

/** One check per client event: the `data` of its positive acknowledgement. */
export const ACK_DATA_CHECKS: Readonly<Record<ClientEventName, PayloadCheck>> = {
  config: checkConfig,
  fetch_all_chats: requestAccepted,
  search_chat: requestAccepted,
  fetch_chats_by_user: requestAccepted,
  send_message: checkMessage,
  join_chat: shapeOf<JoinChatAck>({ chat_id: text, chat: checkChats }),
  update_chat_status: checkResponseData,
  typing: shapeOf<ClientEventMap['typing']['ack']>({ chat_id: text }),
  set_executive_status: checkExecutiveStatus,
  reassign_chat: checkChatAssignment,
  apply_tag: checkTagUpdate,
  remove_tag: checkTagUpdate,
  add_note: checkInternalNote,
};

/** Whether `payload` is a well-formed payload of server event `event`. */
export function isServerEventPayload<K extends ServerEventName>(
  event: K,
  payload: unknown,
): payload is ServerEventMap[K] {
  return SERVER_EVENT_CHECKS[event](payload, event) === null;
}

/** Whether `data` is well-formed acknowledgement data of client event `event`. */
export function isAckData<K extends ClientEventName>(
  event: K,
  data: unknown,
): data is ClientEventMap[K]['ack'] {
  return ACK_DATA_CHECKS[event](data, event) === null;
}

/** Checks the envelope of an acknowledgement: `{ ok: true, data }` or `{ ok: false, error }`. */
export const checkAckEnvelope: PayloadCheck = (value, path) => {
  if (!isRecord(value)) {
    return `${path}: expected object, got ${describe(value)}`;
  }
  if (value['ok'] === true) {
    return 'data' in value ? null : `${path}.data: missing`;
  }
  if (value['ok'] === false) {
    return shapeOf<{ code: string; message: string; field?: string }>({
      code: text,
      message: text,
      field: optional(text),
    })(value['error'], `${path}.error`);
  }
  return `${path}.ok: expected boolean, got ${describe(value['ok'])}`;
};
