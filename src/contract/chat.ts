import * as z from 'zod/mini';

import {
  ChatStatusSchema,
  PresenceStatusSchema,
  StaffRoleSchema,
  StakeholderSchema,
  count,
  iso8601,
} from './primitives';
import { id, requestId, seq } from './request-fields';
import { LastMessagePreviewSchema, MessageSchema } from './message';

/** A staff member who has a chat open in the console (`Chats.viewers`). */
export const ChatViewerSchema = z.object({
  /** Id of the executive or supervisor. */
  executive_id: z.string(),
  /** Display name. */
  name: z.string(),
  /** Whether an executive or a supervisor is looking. */
  role: StaffRoleSchema,
});
export type ChatViewer = z.output<typeof ChatViewerSchema>;

/** A chat room as the chat list shows it (`room_update`, `fetch_all_chats_response`). */
export const ChatsSchema = z.object({
  /** Id of the chat. */
  chat_id: z.string(),
  /** WhatsApp number of the customer or driver, `+91` format. */
  customer_number: z.string(),
  /**
   * Name of the customer or driver on the chat; empty while nobody knows it (a new number without
   * a WhatsApp profile name). The console then shows the number, as it does for a stand-in name
   * like `WhatsApp 5678`.
   */
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
  /**
   * Staff with the chat open now, each once; absent: no news of them (docs/api.md, "Who else has
   * a chat open").
   */
  viewers: z.optional(z.array(ChatViewerSchema)),
});
export type Chats = z.output<typeof ChatsSchema>;

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
  /**
   * The new status. Resolving ends the wait (`needs_reply`, `unread_count`, `sla_due_at`) and keeps
   * it; reopening a resolved chat (`active` or `pending`) brings that wait back as it was, the SLA
   * clock still counting from when the customer started waiting.
   */
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
  /**
   * A sentence for the executive (`Chat resolved.`; `Chat reopened. Meera Joshi is waiting for a
   * reply again.` when the reopen brought a wait back; or that it already had the status).
   */
  message: z.string(),
  /** Executive id of whoever made the change. */
  updated_by: z.string(),
  /** When the status changed (or last changed, when it already had it). */
  updated_at: iso8601,
});
export type ResponseData = z.output<typeof ResponseDataSchema>;

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
  /**
   * Who the console believes has the chat (null: nobody); if someone else has it by now, the
   * answer is `assignment_changed` and nothing changes.
   */
  expected_executive_id: z.optional(z.nullable(id)),
});
export type ReassignRequest = z.output<typeof ReassignRequestSchema>;

/** `chat_assigned` and `chat_reassigned`. */
export const ChatAssignmentSchema = z.object({
  /** The chat assigned. */
  chat_id: z.string(),
  /** WhatsApp number of the customer or driver, `+91` format. */
  customer_number: z.string(),
  /**
   * Name of the customer or driver on the chat; empty while nobody knows it (a new number without
   * a WhatsApp profile name). The console then shows the number, as it does for a stand-in name
   * like `WhatsApp 5678`.
   */
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

/** `sla_alert`: a wait nearing (`warning`) or past (`breach`) its limit. */
export const SlaAlertSchema = z.object({
  /** Id of the alert (one per wait and level). */
  alert_id: z.string(),
  /** The waiting chat. */
  chat_id: z.string(),
  /** WhatsApp number of the customer or driver, `+91` format. */
  customer_number: z.string(),
  /**
   * Name of the customer or driver on the chat; empty while nobody knows it (a new number without
   * a WhatsApp profile name). The console then shows the number, as it does for a stand-in name
   * like `WhatsApp 5678`.
   */
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
