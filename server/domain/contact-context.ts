import type { Db } from '../db/database';

export interface BookingSummary {
  booking_id: string;
  display_booking_id: string;
  pickup_city: string;
  drop_city: string;
  pickup_time: string;
  cab_type: string;
  fare: number;
  payment_status: string;
  status: string;
  driver_name: string | null;
  driver_phone: string | null;
  cab_number: string | null;
}

/** What the stack knows about the person behind a chat number, for templates and suggestions. */
export interface ContactContext {
  stakeholder: 'customer' | 'driver';
  name: string;
  booking: BookingSummary | null;
  /** Rupees a driver's partner owes, 0 when nothing is due. */
  dues: number;
}

const BOOKING_COLUMNS = `b.booking_id, b.display_booking_id, b.pickup_city, b.drop_city, b.pickup_time, b.cab_type,
  b.fare, b.payment_status, b.status, d.name AS driver_name, d.phone AS driver_phone, d.cab_number`;

/** Looks up the name, most relevant booking and dues of a number. */
export function contactContext(
  db: Db,
  number: string,
  now: Date,
  fallbackName: string,
): ContactContext {
  const driver = db
    .prepare(
      `SELECT d.driver_id, d.name, o.wallet_balance FROM drivers d JOIN dcos o ON o.dco_id = d.dco_id
       WHERE d.phone = ?`,
    )
    .get(number) as { driver_id: string; name: string; wallet_balance: number } | undefined;
  const nowIso = now.toISOString();
  if (driver) {
    const booking = db
      .prepare(
        `SELECT ${BOOKING_COLUMNS} FROM bookings b LEFT JOIN drivers d ON d.driver_id = b.driver_id
         WHERE b.driver_id = ? ORDER BY (b.pickup_time >= ?) DESC, ABS(julianday(b.pickup_time) - julianday(?)) LIMIT 1`,
      )
      .get(driver.driver_id, nowIso, nowIso) as BookingSummary | undefined;
    return {
      stakeholder: 'driver',
      name: driver.name,
      booking: booking ?? null,
      dues: Math.max(0, Math.round(-driver.wallet_balance)),
    };
  }
  const customer = db
    .prepare('SELECT name FROM customers WHERE customer_number = ?')
    .get(number) as { name: string } | undefined;
  const booking = db
    .prepare(
      `SELECT ${BOOKING_COLUMNS} FROM bookings b LEFT JOIN drivers d ON d.driver_id = b.driver_id
       WHERE b.customer_number = ? ORDER BY (b.pickup_time >= ?) DESC, ABS(julianday(b.pickup_time) - julianday(?)) LIMIT 1`,
    )
    .get(number, nowIso, nowIso) as BookingSummary | undefined;
  return {
    stakeholder: 'customer',
    name: customer?.name ?? fallbackName,
    booking: booking ?? null,
    dues: 0,
  };
}

/** Rupees as customers read them: `₹2,450`. */
export function rupees(amount: number): string {
  return `₹${Math.round(amount).toLocaleString('en-IN')}`;
}

/** A pickup time as customers read it, in India time: `26 Nov, 10:30 am`. */
export function indiaTime(isoTime: string): string {
  return new Date(isoTime).toLocaleString('en-IN', {
    timeZone: 'Asia/Kolkata',
    day: 'numeric',
    month: 'short',
    hour: 'numeric',
    minute: '2-digit',
  });
}

/** Values for template `{{variables}}` that the context can fill. */
export function templateParamsOf(
  context: ContactContext,
  paymentLink: string,
): Record<string, string> {
  const params: Record<string, string> = {
    customer_name: firstName(context.name),
    driver_name: context.stakeholder === 'driver' ? firstName(context.name) : '',
    document: 'driving licence',
  };
  const booking = context.booking;
  if (booking) {
    Object.assign(params, {
      booking_id: booking.display_booking_id,
      pickup_city: booking.pickup_city,
      drop_city: booking.drop_city,
      pickup_time: indiaTime(booking.pickup_time),
      fare: rupees(booking.fare),
    });
    if (context.stakeholder === 'customer' && booking.driver_name) {
      Object.assign(params, {
        driver_name: booking.driver_name,
        driver_phone: booking.driver_phone ?? '',
        cab_number: booking.cab_number ?? '',
      });
    }
    if (context.stakeholder === 'customer' && booking.payment_status !== 'paid') {
      params['amount'] = rupees(booking.fare);
      params['payment_link'] = paymentLink;
    }
  }
  if (context.stakeholder === 'driver' && context.dues > 0) {
    params['amount'] = rupees(context.dues);
    params['payment_link'] = paymentLink;
  }
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== ''));
}

/** The first word of a name. */
export function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? name;
}
