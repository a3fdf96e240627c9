/**
 * Shared primitives of the contract: the closed lists (enums), timestamps, counts and the error
 * envelopes. Every payload schema is built from these, so a value is checked, not only its presence.
 */
import * as z from 'zod/mini';

/** Who is on the other end of a chat: a rider, or a driver / partner ("DCO"). */
export const STAKEHOLDERS = ['customer', 'driver'] as const;
export const StakeholderSchema = z.enum(STAKEHOLDERS);
export type Stakeholder = (typeof STAKEHOLDERS)[number];

/** Lifecycle of a chat. */
export const CHAT_STATUSES = ['active', 'pending', 'resolved'] as const;
export const ChatStatusSchema = z.enum(CHAT_STATUSES);
export type ChatStatus = (typeof CHAT_STATUSES)[number];

/**
 * A narrower chat list, across statuses: `unassigned` (not resolved, no executive) or
 * `sla_breached` (waiting for a reply past its limit now).
 */
export const CHAT_LIST_FILTERS = ['unassigned', 'sla_breached'] as const;
export const ChatListFilterSchema = z.enum(CHAT_LIST_FILTERS);
export type ChatListFilter = (typeof CHAT_LIST_FILTERS)[number];

/** Role carried in the PySmartChat JWT. */
export const STAFF_ROLES = ['executive', 'supervisor'] as const;
export const StaffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = (typeof STAFF_ROLES)[number];

/** Executive presence. */
export const PRESENCE_STATUSES = ['online', 'offline'] as const;
export const PresenceStatusSchema = z.enum(PRESENCE_STATUSES);
export type PresenceStatus = (typeof PRESENCE_STATUSES)[number];

/** Kinds of WhatsApp message the console renders. */
export const MESSAGE_TYPES = [
  'text',
  'image',
  'document',
  'audio',
  'video',
  'location',
  'template',
] as const;
export const MessageTypeSchema = z.enum(MESSAGE_TYPES);
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Who wrote a message. `system` covers assignment and status lines written by the back end. */
export const SENDER_TYPES = ['customer', 'driver', 'executive', 'system'] as const;
export const SenderTypeSchema = z.enum(SENDER_TYPES);
export type SenderType = (typeof SENDER_TYPES)[number];

/** Delivery state of a message as WhatsApp reports it. */
export const DELIVERY_STATUSES = ['sent', 'delivered', 'read', 'failed'] as const;
export const DeliveryStatusSchema = z.enum(DELIVERY_STATUSES);
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** What a context event was about. */
export const CONTEXT_TYPES = [
  'booking',
  'cancellation',
  'payment',
  'refund',
  'complaint',
  'ride',
  'enquiry',
] as const;
export const ContextTypeSchema = z.enum(CONTEXT_TYPES);
export type ContextType = (typeof CONTEXT_TYPES)[number];

/** Account status of a DCO / partner. */
export const DCO_STATUSES = ['active', 'inactive', 'suspended', 'blocked', 'onboarding'] as const;
export const DcoStatusSchema = z.enum(DCO_STATUSES);
export type DcoStatus = (typeof DCO_STATUSES)[number];

/** Every closed list of the contract, by type name (the stack builds its SQL CHECKs from them). */
export const ENUMS = {
  Stakeholder: STAKEHOLDERS,
  ChatStatus: CHAT_STATUSES,
  ChatListFilter: CHAT_LIST_FILTERS,
  StaffRole: STAFF_ROLES,
  PresenceStatus: PRESENCE_STATUSES,
  MessageType: MESSAGE_TYPES,
  SenderType: SENDER_TYPES,
  DeliveryStatus: DELIVERY_STATUSES,
  ContextType: CONTEXT_TYPES,
  DcoStatus: DCO_STATUSES,
} as const;

const ISO_8601 = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/** Whether `value` is an ISO-8601 date or timestamp that names a real instant. */
export function isIso8601(value: string): boolean {
  return ISO_8601.test(value) && Number.isFinite(Date.parse(value));
}

/** An ISO-8601 timestamp with offset, as the back ends send it (`2026-11-25T10:15:00.000Z`). */
export const Iso8601Schema = z
  .string()
  .check(z.refine(isIso8601, { message: 'expected an ISO-8601 timestamp' }));
export type Iso8601 = string;

/** An ISO-8601 timestamp (the short name the payload schemas use). */
export const iso8601 = Iso8601Schema;

/** A count, size, sequence number or version: a whole number, never negative. */
export const count = z.int().check(z.nonnegative());

/** Error body of every REST back end on a 4xx / 5xx. */
export const ApiErrorBodySchema = z.object({
  /** What went wrong. */
  error: z.object({
    /** Stable machine code, e.g. `validation_failed`, `not_found`, `unauthorized`. */
    code: z.string(),
    /** A sentence a support executive can act on. */
    message: z.string(),
    /** The request field that failed validation, when there is one. */
    field: z.optional(z.string()),
  }),
});
export type ApiErrorBody = z.output<typeof ApiErrorBodySchema>;

/** Error carried by a negative socket acknowledgement. */
export const AckErrorSchema = z.object({
  /** Stable machine code, e.g. `validation_failed`, `not_found`, `forbidden`. */
  code: z.string(),
  /** A sentence a support executive can act on. */
  message: z.string(),
  /** The payload field that was refused, when there is one. */
  field: z.optional(z.string()),
  /** With `rate_limited`: how long to wait before the event is accepted again, in milliseconds. */
  retry_after_ms: z.optional(count),
});
export type AckError = z.output<typeof AckErrorSchema>;

/** Acknowledgement of every client event: `ok` with its data, or an error saying what was wrong. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };

/** The acknowledgement envelope of a client event whose positive data is `data`. */
export function ackSchema<T extends z.core.$ZodType>(data: T) {
  return z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), data }),
    z.object({ ok: z.literal(false), error: AckErrorSchema }),
  ]);
}
