import type {
  Chats,
  ChatStatus,
  DeliveryStatus,
  LastMessagePreview,
  LocationPayload,
  MediaAttachment,
  Message,
  MessageType,
  SenderType,
  SlaAlert,
  Stakeholder,
} from '../../src/contract';

/** Columns that build a `Chats`: the chat row, its executive's name and its tags. */
export const CHAT_SELECT = `
SELECT c.*, s.name AS assigned_executive_name,
  (SELECT json_group_array(t.tag ORDER BY t.created_at, t.tag) FROM chat_tags t WHERE t.chat_id = c.chat_id)
    AS tags_json
FROM chats c
LEFT JOIN staff s ON s.executive_id = c.assigned_executive_id`;

export interface ChatRow {
  chat_id: string;
  customer_number: string;
  customer_name: string;
  stakeholder: Stakeholder;
  status: ChatStatus;
  assigned_executive_id: string | null;
  assigned_executive_name: string | null;
  last_message: string | null;
  last_customer_message_at: string | null;
  last_executive_reply_at: string | null;
  unread_count: number;
  needs_reply: number;
  waiting_since: string | null;
  sla_kind: SlaAlert['kind'] | null;
  sla_due_at: string | null;
  resolved_at: string | null;
  /** JSON of the wait at resolve ({@link ResolvedWait}); null when nobody was waiting. */
  resolved_wait: string | null;
  created_at: string;
  updated_at: string;
  version: number;
  tags_json: string | null;
}

/** The contract's view of a chat row. */
export function toChats(row: ChatRow): Chats {
  return {
    chat_id: row.chat_id,
    customer_number: row.customer_number,
    customer_name: row.customer_name,
    stakeholder: row.stakeholder,
    status: row.status,
    assigned_executive_id: row.assigned_executive_id,
    assigned_executive_name: row.assigned_executive_name,
    last_message: row.last_message ? (JSON.parse(row.last_message) as LastMessagePreview) : null,
    last_customer_message_at: row.last_customer_message_at,
    last_executive_reply_at: row.last_executive_reply_at,
    unread_count: row.unread_count,
    needs_reply: row.needs_reply === 1,
    tags: row.tags_json ? (JSON.parse(row.tags_json) as string[]) : [],
    sla_due_at: row.sla_due_at,
    created_at: row.created_at,
    updated_at: row.updated_at,
    version: row.version,
  };
}

export interface MessageRow {
  seq: number;
  message_id: string;
  client_message_id: string | null;
  chat_id: string;
  sender_type: SenderType;
  sender_id: string;
  sender_name: string;
  message_type: MessageType;
  text: string | null;
  media: string | null;
  location: string | null;
  template: string | null;
  status: DeliveryStatus;
  created_at: string;
}

/** The contract's view of a message row. */
export function toMessage(row: MessageRow): Message {
  return {
    message_id: row.message_id,
    client_message_id: row.client_message_id,
    chat_id: row.chat_id,
    seq: row.seq,
    sender_type: row.sender_type,
    sender_id: row.sender_id,
    sender_name: row.sender_name,
    message_type: row.message_type,
    text: row.text,
    media: row.media ? (JSON.parse(row.media) as MediaAttachment) : null,
    location: row.location ? (JSON.parse(row.location) as LocationPayload) : null,
    template: row.template ? (JSON.parse(row.template) as Message['template']) : null,
    status: row.status,
    created_at: row.created_at,
  };
}

/** The one-line summary of a message that the chat list shows. */
export function previewOf(message: Message): LastMessagePreview {
  const preview: LastMessagePreview = {
    preview: previewText(message).slice(0, 120),
    message_type: message.message_type,
    sender_type: message.sender_type,
    created_at: message.created_at,
  };
  if (message.template) {
    preview.template_name = message.template.name;
  }
  return preview;
}

function previewText(message: Message): string {
  const text = message.text?.trim();
  switch (message.message_type) {
    case 'image':
      return text ? `Photo: ${text}` : 'Photo';
    case 'document':
      return `Document: ${message.media?.file_name ?? 'file'}`;
    case 'audio':
      return 'Voice message';
    case 'video':
      return text ? `Video: ${text}` : 'Video';
    case 'location':
      return `Location: ${message.location?.name ?? message.location?.address ?? 'shared'}`;
    default:
      return text ?? '';
  }
}
