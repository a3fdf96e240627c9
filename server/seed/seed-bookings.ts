import type { Db } from '../db/database';
import { Prng } from './prng';
import type { SeededBooking, SeededCustomer, SeededDriver } from './seed-people';
import { CAB_MODELS, ROUTES } from './seed-vocabulary';

/** Writes bookings, ride searches and context events for every customer. */
export function seedBookings(
  db: Db,
  prng: Prng,
  now: Date,
  customers: SeededCustomer[],
  drivers: SeededDriver[],
): SeededBooking[] {
  const insertBooking = db.prepare(
    `INSERT INTO bookings (booking_id, display_booking_id, customer_number, customer_name, pickup_address, drop_address,
       pickup_city, drop_city, pickup_time, cab_type, trip_type, fare, payment_status, status, driver_id, created_at)
     VALUES (@booking_id, @display_booking_id, @customer_number, @customer_name, @pickup_address, @drop_address,
       @pickup_city, @drop_city, @pickup_time, @cab_type, @trip_type, @fare, @payment_status, @status, @driver_id, @created_at)`,
  );
  const insertSearch = db.prepare(
    `INSERT INTO ride_searches (search_id, customer_number, pickup_city, drop_city, travel_date, cab_type, quoted_fare, searched_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertEvent = db.prepare(
    `INSERT INTO context_events (event_id, customer_number, context_type, summary, display_booking_id, created_at)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const usedIds = new Set<string>();
  const bookings: SeededBooking[] = [];
  let bookingSeq = 418200;
  let eventSeq = 1;
  let searchSeq = 1;
  for (const customer of customers) {
    const count = prng.int(1, 3);
    for (let b = 0; b < count; b++) {
      const route = prng.pick(ROUTES);
      const cab = prng.pick(CAB_MODELS);
      const future = b === 0 ? prng.chance(0.55) : prng.chance(0.2);
      const pickup = new Date(
        now.getTime() + (future ? prng.int(2, 240) : -prng.int(3, 480)) * 3600_000,
      );
      pickup.setUTCMinutes(prng.pick([0, 15, 30, 45]), 0, 0);
      let display: string;
      do {
        display = `OW${prng.int(1000000, 9999999)}`;
      } while (usedIds.has(display));
      usedIds.add(display);
      const fare = Math.max(1500, Math.round((route.km * cab.perKm + 300) / 10) * 10);
      const cancelled = !future && prng.chance(0.12);
      const status = cancelled
        ? 'cancelled'
        : future
          ? prng.pick(['confirmed', 'driver_assigned'] as const)
          : 'completed';
      const driver = status === 'confirmed' || status === 'cancelled' ? null : prng.pick(drivers);
      const created = new Date(pickup.getTime() - prng.int(1, 10) * 24 * 60 * 60 * 1000);
      const locality = prng.pick(customer.city.localities);
      const booking: SeededBooking = {
        booking_id: String(bookingSeq++),
        display_booking_id: display,
        customer_number: customer.number,
        pickup_city: route.from,
        drop_city: route.to,
        fare,
        driver_id: driver?.driver_id ?? null,
        pickup_time: pickup.toISOString(),
      };
      bookings.push(booking);
      insertBooking.run({
        ...booking,
        customer_name: customer.name,
        pickup_address: `${prng.int(1, 220)}, ${prng.int(1, 12)}th Cross, ${locality}, ${route.from}`,
        drop_address: `${prng.pick(['Bus Stand', 'Railway Station', 'City Centre', 'Hotel Residency', 'Temple Road'])}, ${route.to}`,
        cab_type: cab.type,
        trip_type: prng.chance(0.8)
          ? 'one_way'
          : prng.pick(['round_trip', 'airport', 'local'] as const),
        payment_status: cancelled
          ? 'refunded'
          : future
            ? prng.pick(['partially_paid', 'unpaid', 'paid'] as const)
            : 'paid',
        status,
        created_at: created.toISOString(),
      });
      insertEvent.run(
        `ctx_${eventSeq++}`,
        customer.number,
        'booking',
        `Booked a ${cab.type} from ${route.from} to ${route.to}`,
        display,
        created.toISOString(),
      );
      if (cancelled) {
        insertEvent.run(
          `ctx_${eventSeq++}`,
          customer.number,
          'cancellation',
          'Cancelled by the customer',
          display,
          new Date(created.getTime() + 3600_000).toISOString(),
        );
        insertEvent.run(
          `ctx_${eventSeq++}`,
          customer.number,
          'refund',
          `Refund of ₹${fare.toLocaleString('en-IN')} initiated`,
          display,
          new Date(created.getTime() + 7200_000).toISOString(),
        );
      } else if (status === 'completed') {
        insertEvent.run(
          `ctx_${eventSeq++}`,
          customer.number,
          'ride',
          `Trip completed with driver ${driver?.name}`,
          display,
          pickup.toISOString(),
        );
        insertEvent.run(
          `ctx_${eventSeq++}`,
          customer.number,
          'payment',
          `Paid ₹${fare.toLocaleString('en-IN')} by UPI`,
          display,
          new Date(pickup.getTime() + 5 * 3600_000).toISOString(),
        );
      }
    }
    if (prng.chance(0.25)) {
      insertEvent.run(
        `ctx_${eventSeq++}`,
        customer.number,
        prng.pick(['complaint', 'enquiry'] as const),
        prng.pick([
          'Asked about outstation fares',
          'Complained about a late pickup',
          'Asked for an invoice',
        ]),
        null,
        new Date(now.getTime() - prng.int(1, 40) * 24 * 3600_000).toISOString(),
      );
    }
    const searches = prng.int(0, 4);
    for (let s = 0; s < searches; s++) {
      const route = prng.pick(ROUTES);
      const cab = prng.pick(CAB_MODELS);
      insertSearch.run(
        `srch_${searchSeq++}`,
        customer.number,
        route.from,
        route.to,
        new Date(now.getTime() + prng.int(1, 30) * 24 * 3600_000).toISOString(),
        cab.type,
        Math.max(1500, Math.round((route.km * cab.perKm + 300) / 10) * 10),
        new Date(now.getTime() - prng.int(1, 60 * 24 * 14) * 60_000).toISOString(),
      );
    }
  }
  return bookings;
}

/** Writes the wallet (transaction history) of every partner; the first three get 60+ entries. */
export function seedWallets(
  db: Db,
  prng: Prng,
  now: Date,
  dcoIds: string[],
  bookings: SeededBooking[],
): void {
  const insert = db.prepare(
    `INSERT INTO dco_transactions (transaction_id, dco_id, type, amount, description, display_booking_id, balance_after, created_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  let seq = 1;
  dcoIds.forEach((dcoId, index) => {
    const count = index < 3 ? prng.int(60, 80) : prng.int(8, 30);
    let balance = 0;
    let time = now.getTime() - (count + 2) * 26 * 3600_000;
    for (let t = 0; t < count; t++) {
      time += prng.int(6, 40) * 3600_000;
      const booking = prng.pick(bookings);
      const credit = prng.chance(0.55);
      const amount = credit
        ? Math.round(booking.fare * 0.8)
        : prng.pick([199, 250, 300, 500, Math.round(booking.fare * 0.2)]);
      balance += credit ? amount : -amount;
      const description = credit
        ? `Trip earnings for ${booking.display_booking_id}`
        : prng.pick([
            'Commission',
            'Penalty: late arrival',
            'Weekly subscription',
            'Paytm dues collected',
            'Cancellation charge',
          ]);
      insert.run(
        `TXN${String(seq++).padStart(7, '0')}`,
        dcoId,
        credit ? 'credit' : 'debit',
        amount,
        description,
        credit || description === 'Commission' ? booking.display_booking_id : null,
        balance,
        new Date(time).toISOString(),
      );
    }
    if (index % 4 === 1 && balance > -500) {
      const amount = balance + prng.int(800, 3500);
      balance -= amount;
      insert.run(
        `TXN${String(seq++).padStart(7, '0')}`,
        dcoId,
        'debit',
        amount,
        'Commission dues for the month',
        null,
        balance,
        new Date(now.getTime() - 3 * 3600_000).toISOString(),
      );
    }
    db.prepare('UPDATE dcos SET wallet_balance = ? WHERE dco_id = ?').run(balance, dcoId);
  });
}
