/**
 * Shared primitives of the contract. These files are imported by the console and by the local stack
 * (`server/`), so a field renamed on one side fails to compile on the other.
 */

/** An ISO-8601 timestamp with offset, as the back ends send it (`2026-11-25T10:15:00.000Z`). */
export type Iso8601 = string;

/** Who is on the other end of a chat: a rider, or a driver / partner ("DCO"). */
export type Stakeholder = 'customer' | 'driver';

/** Lifecycle of a chat. */
export type ChatStatus = 'active' | 'pending' | 'resolved';

/** Role carried in the PySmartChat JWT. */
export type StaffRole = 'executive' | 'supervisor';

/** Executive presence. */
export type PresenceStatus = 'online' | 'offline';

/** Kinds of WhatsApp message the console renders. */
export type MessageType =
  'text' | 'image' | 'document' | 'audio' | 'video' | 'location' | 'template';

/** Who wrote a message. `system` covers assignment and status lines written by the back end. */
export type SenderType = 'customer' | 'driver' | 'executive' | 'system';

/** Delivery state of a message as WhatsApp reports it. */
export type DeliveryStatus = 'sent' | 'delivered' | 'read' | 'failed';

/** Error body of every REST back end on a 4xx / 5xx. */
export interface ApiErrorBody {
  error: {
    /** Stable machine code, e.g. `validation_failed`, `not_found`, `unauthorized`. */
    code: string;
    /** A sentence a support executive can act on. */
    message: string;
    /** The request field that failed validation, when there is one. */
    field?: string;
  };
}

/** Error carried by a negative socket acknowledgement. */
export interface AckError {
  code: string;
  message: string;
  field?: string;
  /** With `rate_limited`: how long to wait before the event is accepted again, in milliseconds. */
  retry_after_ms?: number;
}

/** Acknowledgement of every client event: `ok` with its data, or an error saying what was wrong. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: AckError };
