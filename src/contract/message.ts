import * as z from 'zod/mini';

import {
  DeliveryStatusSchema,
  MessageTypeSchema,
  SenderTypeSchema,
  count,
  iso8601,
} from './primitives';
import { id } from './request-fields';

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
  /**
   * Display name of the writer; empty for a customer or driver whose name nobody knows (the
   * console shows `sender_id`, their number).
   */
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
  /** Executive id of the typist when `sender` is `executive`, when known. */
  sender_id: z.optional(z.string()),
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
