import { z } from 'zod';

import type { DomainContext } from '../domain/domain-context';
import { badRequest, conflict } from '../domain/domain-error';
import { newId } from '../domain/ids';
import { normalizePhoneNumber } from '../domain/phone-number';

const text = (max: number) => z.string().trim().min(1).max(max);

/**
 * What `POST /dev/fleet` takes: a partner (DCO), one driver of theirs and, optionally, a booking
 * that driver is assigned to. Lengths are the stack's limits, not typical values, so a test can
 * bring names, ids and addresses as long as a real back end might send.
 */
export const fleetSchema = z.object({
  partner: z.object({
    partner_id: text(40),
    dco_id: text(40),
    name: text(200),
    phone: text(32),
    city: text(100),
  }),
  driver: z.object({
    driver_id: text(40),
    name: text(200),
    phone: text(32),
    cab_number: text(40),
    cab_model: text(100),
    cab_type: text(40),
  }),
  booking: z.optional(
    z.object({
      display_booking_id: z
        .string()
        .trim()
        .regex(/^OW\d{7}$/, 'A booking id is OW followed by 7 digits.'),
      customer_number: text(32),
      customer_name: text(200),
      pickup_address: text(500),
      drop_address: text(500),
      pickup_city: text(100),
      drop_city: text(100),
    }),
  ),
});

export type FleetInput = z.infer<typeof fleetSchema>;

/** What was written: the ids to look the partner, the driver and the booking up by. */
export interface FleetResult {
  partner_id: string;
  dco_id: string;
  driver_id: string;
  driver_phone: string;
  booking_id: string | null;
}

function phoneOf(raw: string, field: string): string {
  const phone = normalizePhoneNumber(raw);
  if (!phone) {
    throw badRequest('This is not a phone number: use the +91 format.', field, 'invalid_number');
  }
  return phone;
}

/** Refuses an id or number the stack already holds, naming the field. */
function assertUnused(ctx: DomainContext, sql: string, value: string, field: string): void {
  if (ctx.db.prepare(sql).get(value)) {
    throw conflict('already_exists', `${field} ${value} is already in the stack.`, field);
  }
}

/**
 * Writes a partner, their driver and the driver's booking in one transaction: all of it, or,
 * when any id or number is taken, nothing. The partner starts active and KYC verified with an
 * empty wallet; the booking is a one-way ride tomorrow with the driver assigned.
 */
export function addFleet(ctx: DomainContext, input: FleetInput): FleetResult {
  const { partner, driver, booking } = input;
  const partnerPhone = phoneOf(partner.phone, 'partner.phone');
  const driverPhone = phoneOf(driver.phone, 'driver.phone');
  const customerNumber = booking ? phoneOf(booking.customer_number, 'booking.customer_number') : '';
  // The back ends look partner and DCO ids up in upper case.
  const dcoId = partner.dco_id.toUpperCase();
  const partnerId = partner.partner_id.toUpperCase();
  const now = ctx.clock.now();
  return ctx.db.transaction((): FleetResult => {
    assertUnused(ctx, 'SELECT 1 FROM dcos WHERE dco_id = ?', dcoId, 'partner.dco_id');
    assertUnused(ctx, 'SELECT 1 FROM dcos WHERE partner_id = ?', partnerId, 'partner.partner_id');
    assertUnused(ctx, 'SELECT 1 FROM dcos WHERE phone = ?', partnerPhone, 'partner.phone');
    assertUnused(
      ctx,
      'SELECT 1 FROM drivers WHERE driver_id = ?',
      driver.driver_id,
      'driver.driver_id',
    );
    assertUnused(ctx, 'SELECT 1 FROM drivers WHERE phone = ?', driverPhone, 'driver.phone');
    if (booking) {
      assertUnused(
        ctx,
        'SELECT 1 FROM bookings WHERE display_booking_id = ?',
        booking.display_booking_id,
        'booking.display_booking_id',
      );
    }
    ctx.db
      .prepare(
        `INSERT INTO dcos (dco_id, partner_id, name, phone, email, city, status, kyc_status, wallet_balance, joined_at)
         VALUES (?, ?, ?, ?, NULL, ?, 'active', 'verified', 0, ?)`,
      )
      .run(dcoId, partnerId, partner.name, partnerPhone, partner.city, now.toISOString());
    ctx.db
      .prepare(
        `INSERT INTO drivers (driver_id, name, phone, cab_number, cab_model, cab_type, rating, dco_id, city)
         VALUES (?, ?, ?, ?, ?, ?, 4.5, ?, ?)`,
      )
      .run(
        driver.driver_id,
        driver.name,
        driverPhone,
        driver.cab_number,
        driver.cab_model,
        driver.cab_type,
        dcoId,
        partner.city,
      );
    let bookingId: string | null = null;
    if (booking) {
      bookingId = newId('bkg');
      const pickup = new Date(now.getTime() + 24 * 3600_000).toISOString();
      ctx.db
        .prepare(
          `INSERT INTO bookings (booking_id, display_booking_id, customer_number, customer_name, pickup_address,
             drop_address, pickup_city, drop_city, pickup_time, cab_type, trip_type, fare, payment_status, status,
             driver_id, created_at)
           VALUES (@booking_id, @display_booking_id, @customer_number, @customer_name, @pickup_address,
             @drop_address, @pickup_city, @drop_city, @pickup_time, @cab_type, 'one_way', 2520, 'paid',
             'driver_assigned', @driver_id, @created_at)`,
        )
        .run({
          ...booking,
          booking_id: bookingId,
          customer_number: customerNumber,
          pickup_time: pickup,
          cab_type: driver.cab_type,
          driver_id: driver.driver_id,
          created_at: now.toISOString(),
        });
    }
    return {
      partner_id: partnerId,
      dco_id: dcoId,
      driver_id: driver.driver_id,
      driver_phone: driverPhone,
      booking_id: bookingId,
    };
  })();
}
