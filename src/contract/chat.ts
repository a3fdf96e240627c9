import * as z from 'zod/mini';

import {
  ChatStatusSchema,
  DeliveryStatusSchema,
  MessageTypeSchema,
  PresenceStatusSchema,
  SenderTypeSchema,
  StakeholderSchema,
  count,
  iso8601,
} from './primitives';

const id = z.string().check(z.minLength(1), z.maxLength(100));
const requestId = id;
const seq = z.int().check(z.gte(0));

/**
 * A WhatsApp media attachment; the bytes come from `GET /api/whatsapp/downloadmedia/{media_id}`.
 */
export const MediaAttachmentSchema = z.object({
  /** Id to download the bytes with (`fetchMediaFile`). */
  media_id: z.string(),
  /** Content type of the file; the download is served with it. */
  mime_type: z.string(),
  /** File name to show and to save under. */
  file_name: z.string(),
  /** Size of the file in bytes. */
  size_bytes: count,
  /** Caption the sender wrote; null when none. */
  caption: z.nullable(z.string()),
  /** Seconds, for audio and video. */
  duration_seconds: z.optional(z.nullable(count)),
});
export type MediaAttachment = z.output<typeof MediaAttachmentSchema>;

/** A shared WhatsApp location. */
export const LocationPayloadSchema = z.object({
  /** Latitude in decimal degrees. */
  latitude: z.number(),
  /** Longitude in decimal degrees. */
  longitude: z.number(),
  /** Name of the place; null when WhatsApp sent none. */
  name: z.nullable(z.string()),
  /** Address of the place; null when WhatsApp sent none. */
  address: z.nullable(z.string()),
});
export type LocationPayload = z.output<typeof LocationPayloadSchema>;

/** One message of a chat (`new_message`, `fetch_chats_by_user_response`). */
export const MessageSchema = z.object({
  /** Server id of the message. */
  message_id: z.string(),
  /** Id the sending console chose; the server answers a repeated id with the first message. */
  client_message_id: z.nullable(z.string()),
  /** Chat the message belongs to. */
  chat_id: z.string(),
  /** Monotonic per server: the cursor for paging and resync. */
  seq: count,
  /** Who wrote it. */
  sender_type: SenderTypeSchema,
  /** Executive id, or the phone number of the customer or driver. */
  sender_id: z.string(),
  /** Display name of the writer. */
  sender_name: z.string(),
  /** Kind of message; decides which of `text`, `media`, `location`, `template` is set. */
  message_type: MessageTypeSchema,
  /** Body text; for media the caption, for templates the rendered body. */
  text: z.nullable(z.string()),
  /** The attachment of image, document, audio and video messages; null otherwise. */
  media: z.nullable(MediaAttachmentSchema),
  /** The shared place of location messages; null otherwise. */
  location: z.nullable(LocationPayloadSchema),
  /** Which template a template message used; null otherwise. */
  template: z.nullable(
    z.object({
      /** Id of the template. */
      template_id: z.string(),
      /** WhatsApp name of the template. */
      name: z.string(),
    }),
  ),
  /** Delivery state as WhatsApp reports it. */
  status: DeliveryStatusSchema,
  /** When the message was written. */
  created_at: iso8601,
});
export type Message = z.output<typeof MessageSchema>;

/** Last message summary shown in the chat list. */
export const LastMessagePreviewSchema = z.object({
  /** One line of text for the chat list row. */
  preview: z.string(),
  /** Kind of the last message (for an icon). */
  message_type: MessageTypeSchema,
  /** Who wrote the last message. */
  sender_type: SenderTypeSchema,
  /** When the last message was written. */
  created_at: iso8601,
  /** WhatsApp name of the template, when the last message is one; absent otherwise. */
  template_name: z.optional(z.string()),
});
export type LastMessagePreview = z.output<typeof LastMessagePreviewSchema>;

/** A chat room as the chat list shows it (`room_update`, `fetch_all_chats_response`). */
export const ChatsSchema = z.object({
  /** Id of the chat. */
  chat_id: z.string(),
  /** WhatsApp number of the customer or driver, `+91` format. */
  customer_number: z.string(),
  /** Name of the customer or driver on the chat. */
  customer_name: z.string(),
  /** Whether the chat is with a customer or a driver. */
  stakeholder: StakeholderSchema,
  /** Lifecycle state of the chat. */
  status: ChatStatusSchema,
  /** Executive who owns the chat; null while unassigned. */
  assigned_executive_id: z.nullable(z.string()),
  /** Display name of that executive; null while unassigned. */
  assigned_executive_name: z.nullable(z.string()),
  /** Summary of the latest message; null for a chat without messages. */
  last_message: z.nullable(LastMessagePreviewSchema),
  /**
   * When the customer or driver last wrote; null if never. Opens the WhatsApp 24-hour window for
   * free-form replies.
   */
  last_customer_message_at: z.nullable(iso8601),
  /** When an executive last replied; null if nobody has. */
  last_executive_reply_at: z.nullable(iso8601),
  /** Inbound messages since the last executive reply. */
  unread_count: count,
  /** Whether the last word is the customer's and still unanswered. */
  needs_reply: z.boolean(),
  /** Tags on the chat, in the order they were applied. */
  tags: z.array(z.string()),
  /** When the current wait breaches its SLA; null when nobody is waiting. */
  sla_due_at: z.nullable(iso8601),
  /** When the chat was opened. */
  created_at: iso8601,
  /** When the chat last changed; the list is ordered by it, newest first. */
  updated_at: iso8601,
  /** Increases on every change: a `room_update` with a lower version than the one held is stale. */
  version: count,
});
export type Chats = z.output<typeof ChatsSchema>;

/** Chats per status. */
export const ChatStatusCountsSchema = z.object({
  /** Chats with status `active`. */
  active: count,
  /** Chats with status `pending`. */
  pending: count,
  /** Chats with status `resolved`. */
  resolved: count,
});
export type ChatStatusCounts = z.output<typeof ChatStatusCountsSchema>;

/** `fetch_all_chats` payload. Without `assigned_executive_id` the list is "All". */
export const FetchAllChatsRequestSchema = z.object({
  /** Id the console chose for this request (a UUID); the matching `*_response` carries it back. */
  request_id: requestId,
  /** Only this executive's chats ("My"); omit for "All". */
  assigned_executive_id: z.optional(id),
  /** Only chats with this status; omit for every status. */
  status: z.optional(ChatStatusSchema),
  /** Opaque cursor from a previous page's `next_cursor`. */
  cursor: z.nullish(z.string().check(z.maxLength(500))),
  /** Page size; the config `page_size` when omitted (1 to 500). */
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type FetchAllChatsRequest = z.output<typeof FetchAllChatsRequestSchema>;

/** `fetch_all_chats_response` and `search_chat_response`. */
export const FetchAllChatSchema = z.object({
  /** The `request_id` of the request this answers. */
  request_id: z.string(),
  /** The page of chats, most recently updated first. */
  chats: z.array(ChatsSchema),
  /** Chats matching the filter (all pages). */
  total: count,
  /**
   * Chats per status for the same executive filter, ignoring `status` and the cursor (for search:
   * per status among the matches).
   */
  counts: ChatStatusCountsSchema,
  /** Cursor of the next page; null on the last page (always null for search). */
  next_cursor: z.nullable(z.string()),
});
export type FetchAllChat = z.output<typeof FetchAllChatSchema>;

/** `search_chat` payload: matches name, number, message text and booking id. */
export const SearchChatRequestSchema = z.object({
  /** Id the console chose for this request (a UUID); the matching `*_response` carries it back. */
  request_id: requestId,
  /** Text to look for (1 to 100 characters). */
  query: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** Only search this executive's chats; omit to search all. */
  assigned_executive_id: z.optional(id),
  /** Page size; the config `page_size` when omitted (1 to 500). */
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type SearchChatRequest = z.output<typeof SearchChatRequestSchema>;

/** `fetch_chats_by_user` payload: a page of one chat's history. */
export const FetchChatsByUserRequestSchema = z
  .object({
    /** Id the console chose for this request (a UUID); the matching `*_response` carries it back. */
    request_id: requestId,
    /** Chat whose history is wanted. */
    chat_id: id,
    /** Older than this `seq` (scrolling up). */
    before_seq: z.optional(seq),
    /** Newer than this `seq` (resync after a reconnect). */
    after_seq: z.optional(seq),
    /** Messages per page (1 to 200, default 50). */
    limit: z.optional(z.int().check(z.gte(1), z.lte(200))),
  })
  .check(
    z.refine((value) => value.before_seq === undefined || value.after_seq === undefined, {
      message: 'Send either before_seq or after_seq, not both.',
      path: ['after_seq'],
    }),
  );
export type FetchChatsByUserRequest = z.output<typeof FetchChatsByUserRequestSchema>;

/** `fetch_chats_by_user_response`: messages oldest first, newest last. */
export const FetchAllChatByUserSchema = z.object({
  /** The `request_id` of the request this answers. */
  request_id: z.string(),
  /** The chat the page belongs to. */
  chat_id: z.string(),
  /** The chat as it stands now. */
  chat: ChatsSchema,
  /** The page of messages, oldest first. */
  messages: z.array(MessageSchema),
  /** Whether older messages exist before the first one returned. */
  has_more: z.boolean(),
});
export type FetchAllChatByUser = z.output<typeof FetchAllChatByUserSchema>;

/** `send_message` payload: free text, or a template by id with its variables. */
export const SendMessageRequestSchema = z.object({
  /** Chat to reply in. */
  chat_id: id,
  /**
   * Id the console chose (a UUID); sending the same id again returns the first message instead of
   * a duplicate.
   */
  client_message_id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** Reply text (at most `max_message_length` characters); ignored when `template_id` is set. */
  message: z.string().check(z.maxLength(100_000)),
  /** Send this template instead of free text; allowed outside the WhatsApp 24-hour window. */
  template_id: z.optional(id),
  /** Values of the template's `{{variables}}`, by variable name. */
  template_params: z.optional(
    z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(1000))),
  ),
});
export type SendMessageRequest = z.output<typeof SendMessageRequestSchema>;

/** `join_chat` payload. */
export const JoinChatRequestSchema = z.object({
  /** Chat whose room to join; the socket leaves the room of the chat it had open. */
  chat_id: id,
});
export type JoinChatRequest = z.output<typeof JoinChatRequestSchema>;

/** Acknowledgement data of `join_chat`. */
export const JoinChatAckSchema = z.object({
  /** The joined chat. */
  chat_id: z.string(),
  /** The joined chat as it stands now. */
  chat: ChatsSchema,
});
export type JoinChatAck = z.output<typeof JoinChatAckSchema>;

/** `update_chat_status` payload. */
export const UpdateChatStatusRequestSchema = z.object({
  /** Number of the chat's customer or driver; must match the chat. */
  customer_number: z.string().check(z.minLength(1), z.maxLength(32)),
  /** The new status. */
  status: ChatStatusSchema,
  /** The chat to change; without it, the chat of `customer_number`. */
  chat_id: z.optional(id),
});
export type UpdateChatStatusRequest = z.output<typeof UpdateChatStatusRequestSchema>;

/** `update_chat_status_response`. */
export const ResponseDataSchema = z.object({
  /** Always true on an acknowledged change. */
  success: z.boolean(),
  /** The chat that changed. */
  chat_id: z.string(),
  /** Its customer number, normalised. */
  customer_number: z.string(),
  /** The status now. */
  status: ChatStatusSchema,
  /** A sentence for the executive (`Chat resolved.`, or that it already had the status). */
  message: z.string(),
  /** Executive id of whoever made the change. */
  updated_by: z.string(),
  /** When the status changed (or last changed, when it already had it). */
  updated_at: iso8601,
});
export type ResponseData = z.output<typeof ResponseDataSchema>;

/** `typing` payload and `user_typing` broadcast. */
export const TypingPayloadSchema = z.object({
  /** Chat being typed in. */
  chat_id: z.string(),
  /**
   * Who is typing: the console sends `executive`; the gateway relays `customer` or `driver` from
   * the other side.
   */
  sender: SenderTypeSchema,
  /** Display name of the typist, when known. */
  sender_name: z.optional(z.string()),
});
export type TypingPayload = z.output<typeof TypingPayloadSchema>;

/** `typing` payload as the console sends it: only an executive types from the console. */
export const TypingRequestSchema = z.object({
  /** Chat being typed in. */
  chat_id: id,
  /** Always `executive` from the console. */
  sender: z.enum(['executive']),
  /** Display name of the typist. */
  sender_name: z.optional(z.string().check(z.maxLength(100))),
});
export type TypingRequest = z.output<typeof TypingRequestSchema>;

/** `set_executive_status` payload. */
export const SetExecutiveStatusRequestSchema = z.object({
  /** The presence to set. */
  status: PresenceStatusSchema,
});
export type SetExecutiveStatusRequest = z.output<typeof SetExecutiveStatusRequestSchema>;

/** `executive_status` broadcast. */
export const ExecutiveStatusUpdateSchema = z.object({
  /** Whose presence changed. */
  executive_id: z.string(),
  /** Display name of that executive. */
  name: z.string(),
  /** The presence now. */
  status: PresenceStatusSchema,
  /** When it changed. */
  changed_at: iso8601,
});
export type ExecutiveStatusUpdate = z.output<typeof ExecutiveStatusUpdateSchema>;

/** `reassign_chat` payload. */
export const ReassignRequestSchema = z.object({
  /** Chat to move. */
  chat_id: id,
  /** Executive to hand the chat to. */
  to_executive_id: id,
  /** Why (one of the config `reassign_reasons`, or free text; 1 to 200 characters). */
  reason: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type ReassignRequest = z.output<typeof ReassignRequestSchema>;

/** `chat_assigned` and `chat_reassigned`. */
export const ChatAssignmentSchema = z.object({
  /** The chat assigned. */
  chat_id: z.string(),
  /** WhatsApp number of the customer or driver, `+91` format. */
  customer_number: z.string(),
  /** Name of the customer or driver on the chat. */
  customer_name: z.string(),
  /** Whether the chat is with a customer or a driver. */
  stakeholder: StakeholderSchema,
  /** Executive who now has the chat. */
  executive_id: z.string(),
  /** Display name of that executive. */
  executive_name: z.string(),
  /** Executive who had it before; null when it was unassigned. */
  previous_executive_id: z.nullable(z.string()),
  /**
   * Why: the reassign reason, or `Round-robin` (new inbound chat), `Picked up by reply`, `Started
   * by template`; null when none.
   */
  reason: z.nullable(z.string()),
  /** When the executive got the chat. */
  assigned_at: iso8601,
});
export type ChatAssignment = z.output<typeof ChatAssignmentSchema>;

/** `apply_tag` / `remove_tag` payload. */
export const TagRequestSchema = z.object({
  /** Chat to tag. */
  chat_id: id,
  /** A tag from the config `tags` (matched without regard to case). */
  tag: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
});
export type TagRequest = z.output<typeof TagRequestSchema>;

/** `tag_updated` broadcast. */
export const TagUpdateSchema = z.object({
  /** The tagged chat. */
  chat_id: z.string(),
  /** The tag, spelled as in the taxonomy. */
  tag: z.string(),
  /** Whether the tag was applied or removed. */
  action: z.enum(['applied', 'removed']),
  /** Every tag of the chat after the change. */
  tags: z.array(z.string()),
  /** Executive id of whoever made the change. */
  updated_by: z.string(),
  /** When the change happened. */
  updated_at: iso8601,
});
export type TagUpdate = z.output<typeof TagUpdateSchema>;

/** `add_note` payload. */
export const AddNoteRequestSchema = z.object({
  /** Chat the note is about. */
  chat_id: id,
  /** Text of the note (1 to 2000 characters). */
  content: z.string().check(z.minLength(1), z.maxLength(2000)),
  /** Id the console chose; sending it again returns the note written the first time. */
  client_note_id: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type AddNoteRequest = z.output<typeof AddNoteRequestSchema>;

/**
 * An internal note: visible to staff only, never sent to the customer (`note_added`,
 * `fetchNotes`).
 */
export const InternalNoteSchema = z.object({
  /** Server id of the note. */
  note_id: z.string(),
  /** Chat the note is about. */
  chat_id: z.string(),
  /** Text of the note. */
  content: z.string(),
  /** Executive id of the author. */
  author_id: z.string(),
  /** Display name of the author. */
  author_name: z.string(),
  /** When the note was written. */
  created_at: iso8601,
});
export type InternalNote = z.output<typeof InternalNoteSchema>;

/** `sla_alert`: a wait nearing (`warning`) or past (`breach`) its limit. */
export const SlaAlertSchema = z.object({
  /** Id of the alert (one per wait and level). */
  alert_id: z.string(),
  /** The waiting chat. */
  chat_id: z.string(),
  /** WhatsApp number of the customer or driver, `+91` format. */
  customer_number: z.string(),
  /** Name of the customer or driver on the chat. */
  customer_name: z.string(),
  /** Executive who owns the chat; null when it is unassigned. */
  executive_id: z.nullable(z.string()),
  /** `warning` shortly before the due time, `breach` once it has passed. */
  level: z.enum(['warning', 'breach']),
  /** `first_reply`: nobody has answered yet; `next_reply`: a follow-up is waiting. */
  kind: z.enum(['first_reply', 'next_reply']),
  /** When the customer started waiting. */
  waiting_since: iso8601,
  /** When the wait breaches (breached) its SLA. */
  due_at: iso8601,
  /** When the alert was raised. */
  raised_at: iso8601,
});
export type SlaAlert = z.output<typeof SlaAlertSchema>;

/** `config_response`: options the console offers. */
export const ConfigSchema = z.object({
  /** Chat statuses the console offers. */
  statuses: z.array(ChatStatusSchema),
  /** Executives a chat can be reassigned to, with their presence. */
  executives: z.array(
    z.object({
      /** Id of the executive. */
      executive_id: z.string(),
      /** Display name. */
      name: z.string(),
      /** Presence when the config was sent (`executive_status` updates it). */
      status: PresenceStatusSchema,
    }),
  ),
  /** Tags executives can apply: each main tag followed by its sub tags. */
  tags: z.array(z.string()),
  /** Reasons offered when reassigning a chat. */
  reassign_reasons: z.array(z.string()),
  /** SLA timings, in seconds. */
  sla: z.object({
    /** Time allowed for the first answer to a waiting customer. */
    first_reply_seconds: count,
    /** Time allowed for each later answer. */
    next_reply_seconds: count,
    /** How long before the due time a `warning` alert is raised. */
    warning_seconds: count,
  }),
  /** Hours after the customer's last message during which free text is allowed. */
  whatsapp_window_hours: count,
  /** Longest reply accepted, in characters. */
  max_message_length: count,
  /** Chats per page of the chat list. */
  page_size: count,
});
export type Config = z.output<typeof ConfigSchema>;
