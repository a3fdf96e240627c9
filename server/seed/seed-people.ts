import type { Db } from '../db/database';
import { Prng } from './prng';
import { seedBookings, seedWallets } from './seed-bookings';
import {
  CAB_MODELS,
  CITIES,
  DRIVER_FIRST_NAMES,
  FIRST_NAMES,
  LAST_NAMES,
  type City,
} from './seed-vocabulary';

export interface SeededCustomer {
  number: string;
  name: string;
  city: City;
}

export interface SeededDriver {
  driver_id: string;
  name: string;
  phone: string;
  cab_number: string;
  dco_id: string;
  partner_id: string;
}

export interface SeededBooking {
  booking_id: string;
  display_booking_id: string;
  customer_number: string;
  pickup_city: string;
  drop_city: string;
  fare: number;
  driver_id: string | null;
  pickup_time: string;
}

export interface SeededPeople {
  customers: SeededCustomer[];
  drivers: SeededDriver[];
  bookings: SeededBooking[];
}

const DAY = 24 * 60 * 60 * 1000;

/** Writes customers, partners (DCOs), drivers, bookings, searches, context events and wallets. */
export function seedPeople(
  db: Db,
  prng: Prng,
  now: Date,
  counts: { customers: number; drivers: number },
): SeededPeople {
  const used = new Set<string>();
  const phone = () => {
    for (;;) {
      const number = `+91${prng.pick(['9', '8', '7', '6'])}${prng.digits(9)}`;
      if (!used.has(number)) {
        used.add(number);
        return number;
      }
    }
  };
  const at = (offsetMs: number) => new Date(now.getTime() + offsetMs).toISOString();

  const customers: SeededCustomer[] = [];
  const insertCustomer = db.prepare(
    'INSERT INTO customers (customer_number, name, email, city, created_at) VALUES (?, ?, ?, ?, ?)',
  );
  for (let i = 0; i < counts.customers; i++) {
    const first = prng.pick(FIRST_NAMES);
    const last = prng.pick(LAST_NAMES);
    const customer = { number: phone(), name: `${first} ${last}`, city: prng.pick(CITIES) };
    customers.push(customer);
    const email = prng.chance(0.7)
      ? `${first}.${last}${prng.int(1, 99)}@example.in`.toLowerCase()
      : null;
    insertCustomer.run(
      customer.number,
      customer.name,
      email,
      customer.city.name,
      at(-prng.int(30, 900) * DAY),
    );
  }

  const dcoCount = Math.max(1, Math.ceil(counts.drivers / 2.5));
  const dcos: { dco_id: string; partner_id: string; city: City; phone: string; name: string }[] =
    [];
  const insertDco = db.prepare(
    `INSERT INTO dcos (dco_id, partner_id, name, phone, email, city, status, kyc_status, wallet_balance, joined_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)`,
  );
  const insertAlternate = db.prepare(
    'INSERT INTO alternate_numbers (partner_id, number, label, verified) VALUES (?, ?, ?, ?)',
  );
  for (let i = 0; i < dcoCount; i++) {
    const city = CITIES[i % CITIES.length];
    const name = `${prng.pick(DRIVER_FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`;
    const dco = {
      dco_id: `DCO${10001 + i}`,
      partner_id: `PTR${20001 + i}`,
      city,
      phone: phone(),
      name,
    };
    dcos.push(dco);
    const status =
      i % 9 === 4
        ? 'suspended'
        : i % 11 === 7
          ? 'onboarding'
          : i % 13 === 12
            ? 'inactive'
            : 'active';
    const kyc = status === 'onboarding' ? 'pending' : i % 17 === 16 ? 'rejected' : 'verified';
    const email = prng.chance(0.6)
      ? `${name.split(' ')[0].toLowerCase()}.travels${i + 1}@example.in`
      : null;
    insertDco.run(
      dco.dco_id,
      dco.partner_id,
      name,
      dco.phone,
      email,
      city.name,
      status,
      kyc,
      at(-prng.int(60, 1500) * DAY),
    );
    const alternates = prng.int(0, 3);
    for (let a = 0; a < alternates; a++) {
      insertAlternate.run(
        dco.partner_id,
        phone(),
        ['Home', 'Office', 'Second driver', 'Owner'][a],
        a === 0 ? 1 : Number(prng.chance(0.5)),
      );
    }
  }

  const drivers: SeededDriver[] = [];
  const insertDriver = db.prepare(
    `INSERT INTO drivers (driver_id, name, phone, cab_number, cab_model, cab_type, rating, dco_id, city)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (let i = 0; i < counts.drivers; i++) {
    const dco = dcos[i % dcos.length];
    const cab = prng.pick(CAB_MODELS);
    const driver: SeededDriver = {
      driver_id: `DRV${30001 + i}`,
      name:
        i % dcos.length === i
          ? dco.name
          : `${prng.pick(DRIVER_FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`,
      phone: i < dcos.length ? dco.phone : phone(),
      cab_number: `${dco.city.rto}${prng.letters(2)}${prng.digits(4)}`,
      dco_id: dco.dco_id,
      partner_id: dco.partner_id,
    };
    drivers.push(driver);
    insertDriver.run(
      driver.driver_id,
      driver.name,
      driver.phone,
      driver.cab_number,
      cab.model,
      cab.type,
      Math.round((3.6 + prng.next() * 1.4) * 10) / 10,
      dco.dco_id,
      dco.city.name,
    );
  }

  const bookings = seedBookings(db, prng, now, customers, drivers);
  seedWallets(
    db,
    prng,
    now,
    dcos.map((dco) => dco.dco_id),
    bookings,
  );
  return { customers, drivers, bookings };
}
