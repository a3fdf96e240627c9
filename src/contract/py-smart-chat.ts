import * as z from 'zod/mini';

import { InternalNoteSchema } from './message';
import { ContextTypeSchema, StakeholderSchema, count, iso8601 } from './primitives';

/** `POST /api/chats/chat_gpt` (`getChatGPTResponse`). */
export const ChatGptRequestSchema = z.object({
  /** Chat to suggest a reply for. */
  chat_id: z.string().check(z.minLength(1), z.maxLength(100)),
});
export type ChatGptRequest = z.output<typeof ChatGptRequestSchema>;

/** Answer of `getChatGPTResponse`. */
export const ChatGptResponseSchema = z.object({
  /** The chat. */
  chat_id: z.string(),
  /** Suggested reply; the executive edits it before sending. */
  suggestion: z.string(),
  /** When the suggestion was made. */
  generated_at: iso8601,
});
export type ChatGptResponse = z.output<typeof ChatGptResponseSchema>;

/** Longest remark a rating takes, in characters. */
export const MAX_RATING_COMMENT = 500;

/** `POST /api/chats/{chatId}/rate` (`rateChat`). */
export const RateChatRequestSchema = z.object({
  /** 1 to 5 stars. */
  rating: z.int().check(z.gte(1), z.lte(5)),
  /** Remark about the chat (at most 500 characters). */
  comment: z.optional(z.string().check(z.maxLength(MAX_RATING_COMMENT))),
});
export type RateChatRequest = z.output<typeof RateChatRequestSchema>;

/** Answer of `rateChat`. */
export const RateChatResponseSchema = z.object({
  /** The rated chat. */
  chat_id: z.string(),
  /** Stars given. */
  rating: count,
  /** The remark; null when none was given. */
  comment: z.nullable(z.string()),
  /** Executive id of whoever rated. */
  rated_by: z.string(),
  /** When it was rated. */
  rated_at: iso8601,
});
export type RateChatResponse = z.output<typeof RateChatResponseSchema>;

/** `GET /api/chats/send_whatsapp_template?to=&name=` (`sendWhatsappTemplate`). */
export const SendWhatsappTemplateResponseSchema = z.object({
  /** Whether the operation succeeded. */
  success: z.boolean(),
  /** Chat the template went to (created when the number had none). */
  chat_id: z.string(),
  /** Id of the message written for the template. */
  message_id: z.string(),
  /** The number it was sent to, normalised. */
  to: z.string(),
  /** WhatsApp name of the template sent. */
  template_name: z.string(),
  /** When it was sent. */
  sent_at: iso8601,
});
export type SendWhatsappTemplateResponse = z.output<typeof SendWhatsappTemplateResponseSchema>;

/** One event of a customer context timeline. */
export const ContextEventSchema = z.object({
  /** Id of the event. */
  event_id: z.string(),
  /** What the event was about. */
  context_type: ContextTypeSchema,
  /** One line describing it. */
  summary: z.string(),
  /** Booking it concerns; null when none. */
  display_booking_id: z.nullable(z.string()),
  /** When it happened. */
  created_at: iso8601,
});
export type ContextEvent = z.output<typeof ContextEventSchema>;

/** `GET /api/chats/{customerNumber}/context-history` (`fetchContextHistory`), newest first. */
export const ContextHistoryResponseSchema = z.object({
  /** The number asked about, normalised. */
  customer_number: z.string(),
  /** Events, newest first (at most 200). */
  events: z.array(ContextEventSchema),
});
export type ContextHistoryResponse = z.output<typeof ContextHistoryResponseSchema>;

/** An upcoming ride (booking) of a customer. */
export const RideSchema = z.object({
  /** The booking id customers quote (`OW` and 7 digits). */
  display_booking_id: z.string(),
  /** City of the pickup. */
  pickup_city: z.string(),
  /** City of the drop. */
  drop_city: z.string(),
  /** Scheduled pickup time. */
  pickup_time: iso8601,
  /** Cab class (e.g. sedan, SUV). */
  cab_type: z.string(),
  /** Rupees. */
  fare: z.number(),
  /** State of the booking. */
  status: z.enum(['confirmed', 'driver_assigned', 'on_trip', 'completed', 'cancelled']),
});
export type Ride = z.output<typeof RideSchema>;

/** A fare search a customer made. */
export const RideSearchSchema = z.object({
  /** Id of the search. */
  search_id: z.string(),
  /** City of the pickup. */
  pickup_city: z.string(),
  /** City of the drop. */
  drop_city: z.string(),
  /** Date the customer wanted to travel. */
  travel_date: iso8601,
  /** Cab class (e.g. sedan, SUV). */
  cab_type: z.string(),
  /** Rupees. */
  quoted_fare: z.number(),
  /** When the customer searched. */
  searched_at: iso8601,
});
export type RideSearch = z.output<typeof RideSearchSchema>;

/** `GET /api/chats/{customerNumber}/rides` (`fetchRides`). */
export const RidesResponseSchema = z.object({
  /** The number asked about, normalised. */
  customer_number: z.string(),
  /** Bookings with a pickup still ahead, soonest first. */
  upcoming_rides: z.array(RideSchema),
  /** Fare searches of the customer, newest first. */
  search_history: z.array(RideSearchSchema),
});
export type RidesResponse = z.output<typeof RidesResponseSchema>;

/** `GET /api/chats/{chatId}/notes` (`fetchNotes`). */
export const NotesResponseSchema = z.object({
  /** The chat. */
  chat_id: z.string(),
  /** Its internal notes, oldest first. */
  notes: z.array(InternalNoteSchema),
});
export type NotesResponse = z.output<typeof NotesResponseSchema>;

/** An approved WhatsApp template. */
export const WhatsappTemplateSchema = z.object({
  /** Id of the template (`send_message` takes it). */
  template_id: z.string(),
  /** WhatsApp template name, as `sendWhatsappTemplate` takes it. */
  name: z.string(),
  /** Who the template is for. */
  stakeholder: StakeholderSchema,
  /** WhatsApp template category. */
  category: z.enum(['utility', 'marketing', 'authentication']),
  /** Language code of the template (e.g. `en`). */
  language: z.string(),
  /** Body with `{{variable}}` placeholders. */
  body: z.string(),
  /** Names of the body's placeholders, in order. */
  variables: z.array(z.string()),
});
export type WhatsappTemplate = z.output<typeof WhatsappTemplateSchema>;

/** `GET /api/templates?stakeholder=` (`fetchTemplates`). */
export const TemplatesResponseSchema = z.object({
  /** The stakeholder asked for. */
  stakeholder: StakeholderSchema,
  /** Its templates. */
  templates: z.array(WhatsappTemplateSchema),
});
export type TemplatesResponse = z.output<typeof TemplatesResponseSchema>;
