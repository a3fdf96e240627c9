import {
  ChatAssignment,
  Chats,
  ClientEventMap,
  ClientEventName,
  Config,
  DashboardStats,
  ExecutiveStatusUpdate,
  FetchAllChat,
  FetchAllChatByUser,
  InternalNote,
  Message,
  ResponseData,
  ServerEventMap,
  ServerEventName,
  TagUpdate,
} from '../../../../contract';

const AT = '2026-11-25T10:15:00.000Z';

/** A well-formed chat room. */
export const SAMPLE_CHAT: Chats = {
  chat_id: 'chat-1',
  customer_number: '+919800000001',
  customer_name: 'Test Customer',
  stakeholder: 'customer',
  status: 'active',
  assigned_executive_id: 'exec-1',
  assigned_executive_name: 'Executive One',
  last_message: {
    preview: 'Where is my cab?',
    message_type: 'text',
    sender_type: 'customer',
    created_at: AT,
  },
  last_customer_message_at: AT,
  last_executive_reply_at: null,
  unread_count: 1,
  needs_reply: true,
  tags: ['delay'],
  sla_due_at: AT,
  created_at: AT,
  updated_at: AT,
  version: 3,
};

/** A well-formed text message. */
export const SAMPLE_MESSAGE: Message = {
  message_id: 'msg-1',
  client_message_id: 'client-1',
  chat_id: 'chat-1',
  seq: 41,
  sender_type: 'executive',
  sender_id: 'exec-1',
  sender_name: 'Executive One',
  message_type: 'text',
  text: 'Your driver is 5 minutes away.',
  media: null,
  location: null,
  template: null,
  status: 'sent',
  created_at: AT,
};

/** A well-formed image message, to exercise the nested media check. */
export const SAMPLE_IMAGE_MESSAGE: Message = {
  ...SAMPLE_MESSAGE,
  message_id: 'msg-2',
  message_type: 'image',
  text: null,
  media: {
    media_id: 'media-1',
    mime_type: 'image/jpeg',
    file_name: 'receipt.jpg',
    size_bytes: 2048,
    caption: null,
  },
};

export const SAMPLE_CONFIG: Config = {
  statuses: ['active', 'pending', 'resolved'],
  executives: [{ executive_id: 'exec-1', name: 'Executive One', status: 'online' }],
  tags: ['delay', 'refund'],
  reassign_reasons: ['Shift change'],
  sla: { first_reply_seconds: 120, next_reply_seconds: 300, warning_seconds: 60 },
  whatsapp_window_hours: 24,
  max_message_length: 4096,
  page_size: 30,
};

export const SAMPLE_FETCH_ALL_CHAT: FetchAllChat = {
  request_id: 'req-1',
  chats: [SAMPLE_CHAT],
  total: 1,
  counts: { active: 1, pending: 0, resolved: 0 },
  next_cursor: null,
};

export const SAMPLE_HISTORY: FetchAllChatByUser = {
  request_id: 'req-2',
  chat_id: 'chat-1',
  chat: SAMPLE_CHAT,
  messages: [SAMPLE_MESSAGE, SAMPLE_IMAGE_MESSAGE],
  has_more: false,
};

export const SAMPLE_RESPONSE_DATA: ResponseData = {
  success: true,
  chat_id: 'chat-1',
  customer_number: '+919800000001',
  status: 'resolved',
  message: 'Chat resolved',
  updated_by: 'exec-1',
  updated_at: AT,
};

export const SAMPLE_EXECUTIVE_STATUS: ExecutiveStatusUpdate = {
  executive_id: 'exec-1',
  name: 'Executive One',
  status: 'online',
  changed_at: AT,
};

export const SAMPLE_ASSIGNMENT: ChatAssignment = {
  chat_id: 'chat-1',
  customer_number: '+919800000001',
  customer_name: 'Test Customer',
  stakeholder: 'customer',
  executive_id: 'exec-2',
  executive_name: 'Executive Two',
  previous_executive_id: 'exec-1',
  reason: 'Shift change',
  assigned_at: AT,
};

export const SAMPLE_TAG_UPDATE: TagUpdate = {
  chat_id: 'chat-1',
  tag: 'refund',
  action: 'applied',
  tags: ['delay', 'refund'],
  updated_by: 'exec-1',
  updated_at: AT,
};

export const SAMPLE_NOTE: InternalNote = {
  note_id: 'note-1',
  chat_id: 'chat-1',
  content: 'Customer asked for a refund of the waiting charge.',
  author_id: 'exec-1',
  author_name: 'Executive One',
  created_at: AT,
};

export const SAMPLE_DASHBOARD: DashboardStats = {
  active: 12,
  pending: 4,
  resolved: 30,
  unassigned: 2,
  new_today: 20,
  resolved_today: 18,
  sla_breaches_today: 1,
  executives: [
    {
      executive_id: 'exec-1',
      name: 'Executive One',
      status: 'online',
      open_chats: 5,
      waiting_chats: 2,
      oldest_waiting_since: AT,
      sla_breaches_today: 0,
    },
  ],
  generated_at: AT,
};

/** One well-formed payload per server event. */
export const SERVER_EVENT_SAMPLES: { [K in ServerEventName]: ServerEventMap[K] } = {
  new_message: SAMPLE_MESSAGE,
  room_update: SAMPLE_CHAT,
  fetch_all_chats_response: SAMPLE_FETCH_ALL_CHAT,
  search_chat_response: { ...SAMPLE_FETCH_ALL_CHAT, request_id: 'req-3' },
  fetch_chats_by_user_response: SAMPLE_HISTORY,
  config_response: SAMPLE_CONFIG,
  update_chat_status_response: SAMPLE_RESPONSE_DATA,
  user_typing: { chat_id: 'chat-1', sender: 'customer' },
  'driver-chat-stats': {
    active: 3,
    pending: 1,
    resolved: 9,
    unassigned: 0,
    new_today: 4,
    resolved_today: 6,
    generated_at: AT,
  },
  dashboard_stats: SAMPLE_DASHBOARD,
  executive_status: SAMPLE_EXECUTIVE_STATUS,
  chat_assigned: { ...SAMPLE_ASSIGNMENT, previous_executive_id: null, reason: null },
  chat_reassigned: SAMPLE_ASSIGNMENT,
  sla_alert: {
    alert_id: 'alert-1',
    chat_id: 'chat-1',
    customer_number: '+919800000001',
    customer_name: 'Test Customer',
    executive_id: null,
    level: 'breach',
    kind: 'first_reply',
    waiting_since: AT,
    due_at: AT,
    raised_at: AT,
  },
  tag_updated: SAMPLE_TAG_UPDATE,
  note_added: SAMPLE_NOTE,
};

/**
 * One broken payload per server event, with the start of the reason the gateway reports. Each
 * breaks a different kind of rule: wrong type, missing field, unknown enum value, nested item.
 */
export const MALFORMED_SERVER_EVENTS: Record<
  ServerEventName,
  { payload: unknown; reason: string }
> = {
  new_message: {
    payload: { ...SAMPLE_MESSAGE, seq: '41' },
    reason: 'new_message.seq: expected number, got string',
  },
  room_update: {
    payload: { ...SAMPLE_CHAT, tags: ['delay', 7] },
    reason: 'room_update.tags[1]: expected string, got number',
  },
  fetch_all_chats_response: {
    payload: { ...SAMPLE_FETCH_ALL_CHAT, chats: [{ ...SAMPLE_CHAT, status: 'closed' }] },
    reason: 'fetch_all_chats_response.chats[0].status: expected one of active|pending|resolved',
  },
  search_chat_response: {
    payload: { ...SAMPLE_FETCH_ALL_CHAT, request_id: undefined },
    reason: 'search_chat_response.request_id: expected string, got undefined',
  },
  fetch_chats_by_user_response: {
    payload: {
      ...SAMPLE_HISTORY,
      messages: [
        { ...SAMPLE_IMAGE_MESSAGE, media: { ...SAMPLE_IMAGE_MESSAGE.media, size_bytes: null } },
      ],
    },
    reason: 'fetch_chats_by_user_response.messages[0].media.size_bytes: expected number, got null',
  },
  config_response: {
    payload: { ...SAMPLE_CONFIG, sla: { first_reply_seconds: 120 } },
    reason: 'config_response.sla.next_reply_seconds: expected number, got undefined',
  },
  update_chat_status_response: {
    payload: { ...SAMPLE_RESPONSE_DATA, success: 'yes' },
    reason: 'update_chat_status_response.success: expected boolean, got string',
  },
  user_typing: {
    payload: { chat_id: 'chat-1', sender: 'robot' },
    reason: 'user_typing.sender: expected one of customer|driver|executive|system',
  },
  'driver-chat-stats': {
    payload: 'not an object',
    reason: 'driver-chat-stats: expected object, got string',
  },
  dashboard_stats: {
    payload: { ...SAMPLE_DASHBOARD, executives: [{ executive_id: 'exec-1' }] },
    reason: 'dashboard_stats.executives[0].name: expected string, got undefined',
  },
  executive_status: {
    payload: { ...SAMPLE_EXECUTIVE_STATUS, status: 'away' },
    reason: 'executive_status.status: expected one of online|offline',
  },
  chat_assigned: {
    payload: null,
    reason: 'chat_assigned: expected object, got null',
  },
  chat_reassigned: {
    payload: { ...SAMPLE_ASSIGNMENT, executive_id: null },
    reason: 'chat_reassigned.executive_id: expected string, got null',
  },
  sla_alert: {
    payload: { ...SERVER_EVENT_SAMPLES.sla_alert, level: 'critical' },
    reason: 'sla_alert.level: expected one of warning|breach',
  },
  tag_updated: {
    payload: [SAMPLE_TAG_UPDATE],
    reason: 'tag_updated: expected object, got array',
  },
  note_added: {
    payload: { ...SAMPLE_NOTE, content: 12 },
    reason: 'note_added.content: expected string, got number',
  },
};

/** One well-formed acknowledgement `data` per client event. */
export const ACK_DATA_SAMPLES: { [K in ClientEventName]: ClientEventMap[K]['ack'] } = {
  config: SAMPLE_CONFIG,
  fetch_all_chats: { request_id: 'req-1' },
  search_chat: { request_id: 'req-3' },
  fetch_chats_by_user: { request_id: 'req-2' },
  send_message: SAMPLE_MESSAGE,
  join_chat: { chat_id: 'chat-1', chat: SAMPLE_CHAT },
  update_chat_status: SAMPLE_RESPONSE_DATA,
  typing: { chat_id: 'chat-1' },
  set_executive_status: SAMPLE_EXECUTIVE_STATUS,
  reassign_chat: SAMPLE_ASSIGNMENT,
  apply_tag: SAMPLE_TAG_UPDATE,
  remove_tag: { ...SAMPLE_TAG_UPDATE, action: 'removed', tags: ['delay'] },
  add_note: SAMPLE_NOTE,
};
