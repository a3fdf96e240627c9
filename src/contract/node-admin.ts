import * as z from 'zod/mini';

import { DcoStatusSchema, count, iso8601 } from './primitives';

const shortId = z.string().check(z.trim(), z.minLength(1), z.maxLength(40));

/** `POST /getBookingDetailsByDisplayBookingId`. */
export const BookingByDisplayIdRequestSchema = z.object({
  /** The id the customer quotes (`OW` and 7 digits; case-insensitive). */
  display_booking_id: z
    .string()
    .check(z.trim(), z.toUpperCase(), z.regex(/^OW\d{7}$/, 'A booking id looks like OW1234567.')),
});
export type BookingByDisplayIdRequest = z.output<typeof BookingByDisplayIdRequestSchema>;

/** A booking as node admin stores it. */
export const BookingSchema = z.object({
  /** Internal id of the booking. */
  booking_id: z.string(),
  /** The booking id customers quote (`OW` and 7 digits). */
  display_booking_id: z.string(),
  /** Name of the customer who booked. */
  customer_name: z.string(),
  /** Phone number of the customer who booked. */
  customer_number: z.string(),
  /** Pickup address. */
  pickup_address: z.string(),
  /** Drop address. */
  drop_address: z.string(),
  /** City of the pickup. */
  pickup_city: z.string(),
  /** City of the drop. */
  drop_city: z.string(),
  /** Scheduled pickup time. */
  pickup_time: iso8601,
  /** Cab class (e.g. sedan, SUV). */
  cab_type: z.string(),
  /** Kind of trip. */
  trip_type: z.enum(['one_way', 'round_trip', 'airport', 'local']),
  /** Rupees. */
  fare: z.number(),
  /** Where payment stands. */
  payment_status: z.enum(['paid', 'partially_paid', 'unpaid', 'refunded']),
  /** State of the booking. */
  status: z.enum(['confirmed', 'driver_assigned', 'on_trip', 'completed', 'cancelled']),
  /** Assigned driver; null while none is assigned. */
  driver_id: z.nullable(z.string()),
  /** When the booking was made. */
  created_at: iso8601,
});
export type Booking = z.output<typeof BookingSchema>;

/** Answer of `getBookingDetailsByDisplayBookingId`. */
export const BookingResponseSchema = z.object({
  /** The booking. */
  booking: BookingSchema,
});
export type BookingResponse = z.output<typeof BookingResponseSchema>;

/** `POST /getDriverDetailsOfBooking`. */
export const DriverOfBookingRequestSchema = z.object({
  /** Internal id of the booking (the local stack also accepts the display id). */
  booking_id: shortId,
});
export type DriverOfBookingRequest = z.output<typeof DriverOfBookingRequestSchema>;

/** A driver and their cab. */
export const DriverDetailsSchema = z.object({
  /** Id of the driver. */
  driver_id: z.string(),
  /** Driver's name. */
  name: z.string(),
  /** Driver's phone number. */
  phone: z.string(),
  /** Registration number of the cab. */
  cab_number: z.string(),
  /** Make and model of the cab. */
  cab_model: z.string(),
  /** Cab class (e.g. sedan, SUV). */
  cab_type: z.string(),
  /** Average rating of the driver, out of 5. */
  rating: z.number(),
  /** DCO the driver works for. */
  dco_id: z.string(),
  /** Partner record of that DCO. */
  partner_id: z.string(),
});
export type DriverDetails = z.output<typeof DriverDetailsSchema>;

/** Answer of `getDriverDetailsOfBooking`. */
export const DriverOfBookingResponseSchema = z.object({
  /** The booking asked about (internal id). */
  booking_id: z.string(),
  /** The assigned driver; null while none is assigned. */
  driver: z.nullable(DriverDetailsSchema),
});
export type DriverOfBookingResponse = z.output<typeof DriverOfBookingResponseSchema>;

/** `POST /getDcoDetails`. */
export const DcoDetailsRequestSchema = z.object({
  /** The DCO to look up (case-insensitive). */
  dco_id: shortId,
});
export type DcoDetailsRequest = z.output<typeof DcoDetailsRequestSchema>;

/** A DCO (driver partner) account. */
export const DcoDetailsSchema = z.object({
  /** Id of the DCO (driver partner). */
  dco_id: z.string(),
  /** Partner record of the DCO. */
  partner_id: z.string(),
  /** Name of the DCO. */
  name: z.string(),
  /** Phone number of the DCO. */
  phone: z.string(),
  /** City the DCO works in. */
  city: z.string(),
  /** Account status of the DCO. */
  status: DcoStatusSchema,
  /** Rupees. */
  wallet_balance: z.number(),
  /** Cabs registered under the DCO. */
  vehicles_count: count,
  /** When the DCO joined. */
  joined_at: iso8601,
});
export type DcoDetails = z.output<typeof DcoDetailsSchema>;

/** Answer of `getDcoDetails`. */
export const DcoDetailsResponseSchema = z.object({
  /** The DCO. */
  dco: DcoDetailsSchema,
});
export type DcoDetailsResponse = z.output<typeof DcoDetailsResponseSchema>;

/** `POST /dcoTransactionHistory`: paged and sorted by the server. */
export const DcoTransactionHistoryRequestSchema = z.object({
  /** The DCO whose wallet to list. */
  dco_id: shortId,
  /** 1-based. */
  page: z.int().check(z.gte(1), z.lte(100_000)),
  /** Transactions per page (1 to 100). */
  page_size: z.int().check(z.gte(1), z.lte(100)),
  /** Sort column; `created_at` when omitted. */
  sort_by: z.optional(z.enum(['created_at', 'amount'])),
  /** Sort direction; `desc` when omitted. */
  sort_dir: z.optional(z.enum(['asc', 'desc'])),
});
export type DcoTransactionHistoryRequest = z.output<typeof DcoTransactionHistoryRequestSchema>;

/** One wallet transaction of a DCO. */
export const DcoTransactionSchema = z.object({
  /** Id of the transaction. */
  transaction_id: z.string(),
  /** Money into (`credit`) or out of (`debit`) the wallet. */
  type: z.enum(['credit', 'debit']),
  /** Rupees. */
  amount: z.number(),
  /** What the transaction was for. */
  description: z.string(),
  /** Booking it concerns; null when none. */
  display_booking_id: z.nullable(z.string()),
  /** Rupees. */
  balance_after: z.number(),
  /** When it happened. */
  created_at: iso8601,
});
export type DcoTransaction = z.output<typeof DcoTransactionSchema>;

/** Answer of `dcoTransactionHistory`: one page. */
export const DcoTransactionHistoryResponseSchema = z.object({
  /** The DCO, normalised to upper case. */
  dco_id: z.string(),
  /** The page of transactions, in the order asked for. */
  transactions: z.array(DcoTransactionSchema),
  /** The page returned. */
  page: count,
  /** The page size used. */
  page_size: count,
  /** Transactions of the DCO in all. */
  total: count,
});
export type DcoTransactionHistoryResponse = z.output<typeof DcoTransactionHistoryResponseSchema>;
