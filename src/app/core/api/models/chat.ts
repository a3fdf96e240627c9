import {
  ChatStatus,
  DeliveryStatus,
  Iso8601,
  MessageType,
  PresenceStatus,
  SenderType,
  Stakeholder,
} from './common';

/** A WhatsApp media attachment; the bytes come from `GET /api/whatsapp/downloadmedia/{media_id}`. */
export interface MediaAttachment {
  media_id: string;
  mime_type: string;
  file_name: string;
  size_bytes: number;
  caption: string | null;
  /** Seconds, for audio and video. */
  duration_seconds?: number | null;
}

export interface LocationPayload {
  latitude: number;
  longitude: number;
  name: string | null;
  address: string | null;
}

/** One message of a chat (`new_message`, `fetch_chats_by_user_response`). */
export interface Message {
  message_id: string;
  /** Id the sending console chose; the server answers a repeated id with the first message. */
  client_message_id: string | null;
  chat_id: string;
  /** Monotonic per server: the cursor for paging and resync. */
  seq: number;
  sender_type: SenderType;
  sender_id: string;
  sender_name: string;
  message_type: MessageType;
  /** Body text; for media the caption, for templates the rendered body. */
  text: string | null;
  media: MediaAttachment | null;
  location: LocationPayload | null;
  template: { template_id: string; name: string } | null;
  status: DeliveryStatus;
  created_at: Iso8601;
}

/** Last message summary shown in the chat list. */
export interface LastMessagePreview {
  preview: string;
  message_type: MessageType;
  sender_type: SenderType;
  created_at: Iso8601;
  /** WhatsApp name of the template, when the last message is one; absent otherwise. */
  template_name?: string;
}

/** A chat room as the chat list shows it (`room_update`, `fetch_all_chats_response`). */
export interface Chats {
  chat_id: string;
  customer_number: string;
  customer_name: string;
  stakeholder: Stakeholder;
  status: ChatStatus;
  assigned_executive_id: string | null;
  assigned_executive_name: string | null;
  last_message: LastMessagePreview | null;
  /** Opens the WhatsApp 24-hour window for free-form replies. */
  last_customer_message_at: Iso8601 | null;
  last_executive_reply_at: Iso8601 | null;
  /** Inbound messages since the last executive reply. */
  unread_count: number;
  /** Whether the last word is the customer's and still unanswered. */
  needs_reply: boolean;
  tags: string[];
  /** When the current wait breaches its SLA; null when nobody is waiting. */
  sla_due_at: Iso8601 | null;
  created_at: Iso8601;
  updated_at: Iso8601;
  /** Increases on every change: a `room_update` with a lower version than the one held is stale. */
  version: number;
}

export interface ChatStatusCounts {
  active: number;
  pending: number;
  resolved: number;
}

/** `fetch_all_chats` payload. Without `assigned_executive_id` the list is "All". */
export interface FetchAllChatsRequest {
  request_id: string;
  assigned_executive_id?: string;
  status?: ChatStatus;
  /** Opaque cursor from a previous page's `next_cursor`. */
  cursor?: string | null;
  limit?: number;
}

/** `fetch_all_chats_response` and `search_chat_response`. */
export interface FetchAllChat {
  request_id: string;
  chats: Chats[];
  total: number;
  counts: ChatStatusCounts;
  next_cursor: string | null;
}

/** `search_chat` payload: matches name, number, message text and booking id. */
export interface SearchChatRequest {
  request_id: string;
  query: string;
  assigned_executive_id?: string;
  limit?: number;
}

/** `fetch_chats_by_user` payload: a page of one chat's history. */
export interface FetchChatsByUserRequest {
  request_id: string;
  chat_id: string;
  /** Older than this `seq` (scrolling up). */
  before_seq?: number;
  /** Newer than this `seq` (resync after a reconnect). */
  after_seq?: number;
  limit?: number;
}

/** `fetch_chats_by_user_response`: messages oldest first, newest last. */
export interface FetchAllChatByUser {
  request_id: string;
  chat_id: string;
  chat: Chats;
  messages: Message[];
  /** Whether older messages exist before the first one returned. */
  has_more: boolean;
}

/** `send_message` payload: free text, or a template by id with its variables. */
export interface SendMessageRequest {
  chat_id: string;
  client_message_id: string;
  message: string;
  template_id?: string;
  template_params?: Record<string, string>;
}

/** `join_chat` payload. */
export interface JoinChatRequest {
  chat_id: string;
}

export interface JoinChatAck {
  chat_id: string;
  chat: Chats;
}

/** `update_chat_status` payload. */
export interface UpdateChatStatusRequest {
  customer_number: string;
  status: ChatStatus;
  chat_id?: string;
}

/** `update_chat_status_response`. */
export interface ResponseData {
  success: boolean;
  chat_id: string;
  customer_number: string;
  status: ChatStatus;
  message: string;
  updated_by: string;
  updated_at: Iso8601;
}

/** `typing` payload and `user_typing` broadcast. */
export interface TypingPayload {
  chat_id: string;
  sender: SenderType;
  sender_name?: string;
}

/** `set_executive_status` payload. */
export interface SetExecutiveStatusRequest {
  status: PresenceStatus;
}

/** `executive_status` broadcast. */
export interface ExecutiveStatusUpdate {
  executive_id: string;
  name: string;
  status: PresenceStatus;
  changed_at: Iso8601;
}

/** `reassign_chat` payload. */
export interface ReassignRequest {
  chat_id: string;
  to_executive_id: string;
  reason: string;
}

/** `chat_assigned` and `chat_reassigned`. */
export interface ChatAssignment {
  chat_id: string;
  customer_number: string;
  customer_name: string;
  stakeholder: Stakeholder;
  executive_id: string;
  executive_name: string;
  previous_executive_id: string | null;
  reason: string | null;
  assigned_at: Iso8601;
}

/** `apply_tag` / `remove_tag` payload. */
export interface TagRequest {
  chat_id: string;
  tag: string;
}

/** `tag_updated` broadcast. */
export interface TagUpdate {
  chat_id: string;
  tag: string;
  action: 'applied' | 'removed';
  tags: string[];
  updated_by: string;
  updated_at: Iso8601;
}

/** `add_note` payload. */
export interface AddNoteRequest {
  chat_id: string;
  content: string;
  client_note_id?: string;
}

/** An internal note: visible to staff only, never sent to the customer (`note_added`, `fetchNotes`). */
export interface InternalNote {
  note_id: string;
  chat_id: string;
  content: string;
  author_id: string;
  author_name: string;
  created_at: Iso8601;
}

/** `sla_alert`: a wait nearing (`warning`) or past (`breach`) its limit. */
export interface SlaAlert {
  alert_id: string;
  chat_id: string;
  customer_number: string;
  customer_name: string;
  executive_id: string | null;
  level: 'warning' | 'breach';
  kind: 'first_reply' | 'next_reply';
  waiting_since: Iso8601;
  due_at: Iso8601;
  raised_at: Iso8601;
}

/** `config_response`: options the console offers. */
export interface Config {
  statuses: ChatStatus[];
  executives: { executive_id: string; name: string; status: PresenceStatus }[];
  tags: string[];
  reassign_reasons: string[];
  sla: { first_reply_seconds: number; next_reply_seconds: number; warning_seconds: number };
  whatsapp_window_hours: number;
  max_message_length: number;
  page_size: number;
}
