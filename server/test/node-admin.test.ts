import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type {
  BookingResponse,
  DcoDetailsResponse,
  DcoTransactionHistoryResponse,
  DriverOfBookingResponse,
} from '../../src/contract';
import { ASHA, expectRefusals, http, nodeSignIn, startTestStack, type TestStack } from './harness';

describe('node admin', () => {
  let stack: TestStack;
  let token: string;
  before(async () => {
    stack = await startTestStack();
    token = await nodeSignIn(stack, ASHA);
  });
  after(() => stack.dispose());

  it('finds a booking by display id and its driver', async () => {
    const seeded = stack.db
      .prepare(
        'SELECT booking_id, display_booking_id, driver_id FROM bookings WHERE driver_id IS NOT NULL LIMIT 1',
      )
      .get() as { booking_id: string; display_booking_id: string; driver_id: string };
    const booking = await http<BookingResponse>(
      `${stack.urls.nodeAdmin}/getBookingDetailsByDisplayBookingId`,
      {
        token,
        body: { display_booking_id: seeded.display_booking_id.toLowerCase() },
      },
    );
    assert.equal(booking.status, 200);
    assert.equal(booking.body.booking.display_booking_id, seeded.display_booking_id);
    assert.match(booking.body.booking.customer_number, /^\+91[6-9]\d{9}$/);
    assert.ok(booking.body.booking.fare >= 1500);
    const driver = await http<DriverOfBookingResponse>(
      `${stack.urls.nodeAdmin}/getDriverDetailsOfBooking`,
      {
        token,
        body: { booking_id: seeded.booking_id },
      },
    );
    assert.equal(driver.body.driver?.driver_id, seeded.driver_id);
    assert.match(driver.body.driver?.cab_number ?? '', /^[A-Z]{2}\d{2}[A-Z]{2}\d{4}$/);
    assert.match(driver.body.driver?.partner_id ?? '', /^PTR\d+$/);
    const unassigned = stack.db
      .prepare('SELECT booking_id FROM bookings WHERE driver_id IS NULL LIMIT 1')
      .get() as {
      booking_id: string;
    };
    const none = await http<DriverOfBookingResponse>(
      `${stack.urls.nodeAdmin}/getDriverDetailsOfBooking`,
      {
        token,
        body: { booking_id: unassigned.booking_id },
      },
    );
    assert.equal(none.body.driver, null);
  });

  it('returns DCO details and pages the transaction history on the server', async () => {
    const dco = await http<DcoDetailsResponse>(`${stack.urls.nodeAdmin}/getDcoDetails`, {
      token,
      body: { dco_id: 'DCO10001' },
    });
    assert.equal(dco.status, 200);
    assert.equal(dco.body.dco.partner_id, 'PTR20001');
    assert.ok(dco.body.dco.vehicles_count >= 1);
    const page = (n: number, extra: object = {}) =>
      http<DcoTransactionHistoryResponse>(`${stack.urls.nodeAdmin}/dcoTransactionHistory`, {
        token,
        body: { dco_id: 'DCO10001', page: n, page_size: 25, ...extra },
      });
    const first = await page(1);
    assert.ok(first.body.total >= 60);
    assert.equal(first.body.transactions.length, 25);
    const times = first.body.transactions.map((t) => t.created_at);
    assert.deepEqual(times, [...times].sort().reverse());
    const third = await page(3);
    assert.equal(third.body.transactions.length, first.body.total - 50);
    const ids = new Set(
      [
        ...first.body.transactions,
        ...(await page(2)).body.transactions,
        ...third.body.transactions,
      ].map((t) => t.transaction_id),
    );
    assert.equal(ids.size, first.body.total);
    const byAmount = await page(1, { sort_by: 'amount', sort_dir: 'asc' });
    const amounts = byAmount.body.transactions.map((t) => t.amount);
    assert.deepEqual(
      amounts,
      [...amounts].sort((a, b) => a - b),
    );
    assert.equal((await page(99)).body.transactions.length, 0);
  });

  it('refuses bad input', async () => {
    const base = stack.urls.nodeAdmin;
    await expectRefusals(stack, [
      [
        `${base}/getBookingDetailsByDisplayBookingId`,
        { token, body: {} },
        400,
        'validation_failed',
        'display_booking_id',
      ],
      [
        `${base}/getBookingDetailsByDisplayBookingId`,
        { token, body: { display_booking_id: 'OW12' } },
        400,
        'validation_failed',
        'display_booking_id',
      ],
      [
        `${base}/getBookingDetailsByDisplayBookingId`,
        { token, body: { display_booking_id: 'OW0000000' } },
        404,
        'not_found',
      ],
      [
        `${base}/getBookingDetailsByDisplayBookingId`,
        { body: { display_booking_id: 'OW0000000' } },
        401,
        'unauthorized',
      ],
      [
        `${base}/getDriverDetailsOfBooking`,
        { token, body: { booking_id: 5 } },
        400,
        'validation_failed',
        'booking_id',
      ],
      [
        `${base}/getDriverDetailsOfBooking`,
        { token, body: { booking_id: 'nope' } },
        404,
        'not_found',
      ],
      [
        `${base}/getDriverDetailsOfBooking`,
        { token: 'nt_forged', body: { booking_id: 'nope' } },
        401,
        'unauthorized',
      ],
      [
        `${base}/getDcoDetails`,
        { token, body: { dco_id: '' } },
        400,
        'validation_failed',
        'dco_id',
      ],
      [`${base}/getDcoDetails`, { token, body: { dco_id: 'DCO99999' } }, 404, 'not_found'],
      [`${base}/getDcoDetails`, { token, body: '[1,2' }, 400, 'malformed_json'],
      [
        `${base}/dcoTransactionHistory`,
        { token, body: { dco_id: 'DCO10001', page: 0, page_size: 10 } },
        400,
        'validation_failed',
        'page',
      ],
      [
        `${base}/dcoTransactionHistory`,
        { token, body: { dco_id: 'DCO10001', page: 1, page_size: 1000 } },
        400,
        'validation_failed',
        'page_size',
      ],
      [
        `${base}/dcoTransactionHistory`,
        { token, body: { dco_id: 'DCO10001', page: 1, page_size: 10, sort_by: 'name' } },
        400,
        'validation_failed',
        'sort_by',
      ],
      [
        `${base}/dcoTransactionHistory`,
        { token, body: { dco_id: 'DCO10001', page: '1', page_size: 10 } },
        400,
        'validation_failed',
        'page',
      ],
      [
        `${base}/dcoTransactionHistory`,
        { token, body: { dco_id: 'DCO99999', page: 1, page_size: 10 } },
        404,
        'not_found',
      ],
      [
        `${base}/dcoTransactionHistory`,
        { token, body: 'x', headers: { 'Content-Type': 'text/plain' } },
        415,
      ],
      [`${base}/getDcoDetails`, { token, method: 'GET' }, 405, 'method_not_allowed'],
    ]);
  });
});
