import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type {
  AccessKeyResponse,
  AllTagsResponse,
  AlternateNumbersResponse,
  BookingResponse,
  DcoDetailsResponse,
  DcoTransactionHistoryResponse,
  DriverAndCabImagesResponse,
  DriverOfBookingResponse,
  GetPartnerResponse,
  MainTagsResponse,
  ResendPaytmLinkResponse,
  SubTagsResponse,
  UpdateDcoStatusResponse,
} from '../../src/app/core/api/models';
import {
  ASHA,
  assertApiError,
  http,
  nodeSignIn,
  startTestStack,
  writes,
  type TestStack,
} from './harness';

type Case = [string, Parameters<typeof http>[1], number, string?, string?];

async function expectRefusals(stack: TestStack, cases: Case[]): Promise<void> {
  const before = writes(stack);
  for (const [url, init, status, code, field] of cases) {
    assertApiError(await http(url, init), status, code, field);
  }
  assert.equal(writes(stack), before, 'no bad request wrote anything');
}

describe('node admin, web API and partner enrol', () => {
  let stack: TestStack;
  let token: string;
  before(async () => {
    stack = await startTestStack();
    token = await nodeSignIn(stack, ASHA);
  });
  after(async () => {
    await stack.dispose();
  });

  describe('node admin', () => {
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

  describe('web API', () => {
    it('issues an access key for a node session and lists driver and cab images that load', async () => {
      const key = await http<AccessKeyResponse>(`${stack.urls.webApi}/getAccessKey`, {
        token,
        body: { client: 'agent-console' },
      });
      assert.equal(key.status, 200);
      assert.ok(Date.parse(key.body.expires_at) - stack.clock.now().getTime() <= 15 * 60 * 1000);
      const images = await http<DriverAndCabImagesResponse>(
        `${stack.urls.webApi}/getDriverAndCabImages`,
        {
          headers: { 'x-access-key': key.body.access_key },
          body: { driver_id: 'DRV30001' },
        },
      );
      assert.equal(images.status, 200);
      assert.deepEqual(
        images.body.images.map((image) => image.kind),
        ['driver', 'cab_front', 'cab_back', 'cab_interior'],
      );
      for (const image of images.body.images) {
        assert.match(image.url, /^http:\/\//);
        const file = await http(image.url);
        assert.equal(file.status, 200);
        assert.match(file.headers.get('content-type') ?? '', /^image\/svg\+xml/);
        assert.match(String(file.body), /^<\?xml[\s\S]*<svg[\s\S]*<\/svg>\s*$/);
      }
    });

    it('refuses bad input and expired keys', async () => {
      const base = stack.urls.webApi;
      const key = (
        await http<AccessKeyResponse>(`${base}/getAccessKey`, {
          token,
          body: { client: 'agent-console' },
        })
      ).body.access_key;
      await expectRefusals(stack, [
        [`${base}/getAccessKey`, { body: { client: 'x' } }, 401, 'unauthorized'],
        [
          `${base}/getAccessKey`,
          { token, body: { client: '' } },
          400,
          'validation_failed',
          'client',
        ],
        [
          `${base}/getAccessKey`,
          { token, body: { client: ['a'] } },
          400,
          'validation_failed',
          'client',
        ],
        [`${base}/getDriverAndCabImages`, { body: { driver_id: 'DRV30001' } }, 401, 'unauthorized'],
        [
          `${base}/getDriverAndCabImages`,
          { headers: { 'x-access-key': 'ak_forged' }, body: { driver_id: 'DRV30001' } },
          401,
          'unauthorized',
        ],
        [
          `${base}/getDriverAndCabImages`,
          { token, body: { driver_id: 'DRV30001' } },
          401,
          'unauthorized',
        ],
        [
          `${base}/getDriverAndCabImages`,
          { headers: { 'x-access-key': key }, body: {} },
          400,
          'validation_failed',
          'driver_id',
        ],
        [
          `${base}/getDriverAndCabImages`,
          { headers: { 'x-access-key': key }, body: { driver_id: 'DRV00000' } },
          404,
          'not_found',
        ],
        [`${base}/images/drivers/DRV30001/cab_roof.svg`, {}, 404, 'not_found'],
        [`${base}/images/drivers/DRV00000/driver.svg`, {}, 404, 'not_found'],
      ]);
      stack.clock.advance(15 * 60 * 1000 + 1000);
      try {
        assertApiError(
          await http(`${base}/getDriverAndCabImages`, {
            headers: { 'x-access-key': key },
            body: { driver_id: 'DRV30001' },
          }),
          401,
          'access_key_expired',
        );
      } finally {
        stack.clock.advance(-(15 * 60 * 1000 + 1000));
      }
    });
  });

  describe('partner enrol', () => {
    const url = (path: string) => `${stack.urls.partnerEnrol}/${path}`;

    it('returns the partner with vehicles by id or by a driver phone, and its alternate numbers', async () => {
      const byId = await http<GetPartnerResponse>(url('getPartner'), {
        token,
        body: { partner_id: 'ptr20002' },
      });
      assert.equal(byId.status, 200);
      assert.equal(byId.body.partner.dco_id, 'DCO10002');
      assert.ok(byId.body.partner.vehicles.length >= 1);
      const driver = stack.db
        .prepare(
          "SELECT phone FROM drivers WHERE dco_id = 'DCO10002' ORDER BY driver_id DESC LIMIT 1",
        )
        .get() as {
        phone: string;
      };
      const byPhone = await http<GetPartnerResponse>(url('getPartner'), {
        token,
        body: { phone: driver.phone },
      });
      assert.equal(byPhone.body.partner.partner_id, 'PTR20002');
      const partner = stack.db
        .prepare(
          'SELECT partner_id, COUNT(*) AS n FROM alternate_numbers GROUP BY partner_id LIMIT 1',
        )
        .get() as {
        partner_id: string;
        n: number;
      };
      const alternates = await http<AlternateNumbersResponse>(url('getAlternateNumbers'), {
        token,
        body: { partner_id: partner.partner_id },
      });
      assert.equal(alternates.body.alternate_numbers.length, partner.n);
      assert.ok(
        alternates.body.alternate_numbers.every((entry) => typeof entry.verified === 'boolean'),
      );
    });

    it('resends a Paytm link for the dues, or for an amount', async () => {
      const owing = stack.db
        .prepare('SELECT partner_id, wallet_balance FROM dcos WHERE wallet_balance < 0 LIMIT 1')
        .get() as {
        partner_id: string;
        wallet_balance: number;
      };
      const link = await http<ResendPaytmLinkResponse>(url('resendPaytmPaymentLink'), {
        token,
        body: { partner_id: owing.partner_id },
      });
      assert.equal(link.status, 200);
      assert.equal(link.body.amount, Math.round(-owing.wallet_balance));
      assert.match(link.body.message, /₹/);
      const custom = await http<ResendPaytmLinkResponse>(url('resendPaytmPaymentLink'), {
        token,
        body: { partner_id: owing.partner_id, amount: 499 },
      });
      assert.equal(custom.body.amount, 499);
      assert.equal(
        (stack.db.prepare('SELECT COUNT(*) AS n FROM paytm_links').get() as { n: number }).n,
        2,
      );
    });

    it('serves the tag taxonomy as a flat list, main tags and sub tags', async () => {
      const all = await http<AllTagsResponse>(url('fetchAllTagsForFreelancer'), {
        token,
        body: {},
      });
      const mains = await http<MainTagsResponse>(url('fetchMainTags'), { token, method: 'POST' });
      assert.equal(mains.status, 200);
      assert.equal(
        all.body.tags.filter((tag) => tag.main_tag_id === null).length,
        mains.body.main_tags.length,
      );
      const first = mains.body.main_tags[0];
      const subs = await http<SubTagsResponse>(url('fetchSubTagsForMainTags'), {
        token,
        body: { main_tag_ids: [first.main_tag_id] },
      });
      assert.ok(subs.body.sub_tags.length >= 2);
      assert.ok(subs.body.sub_tags.every((sub) => sub.main_tag_id === first.main_tag_id));
      const flatSubs = all.body.tags
        .filter((tag) => tag.main_tag_id === first.main_tag_id)
        .map((tag) => tag.name);
      assert.deepEqual(
        flatSubs,
        subs.body.sub_tags.map((sub) => sub.name),
      );
    });

    it('updates a DCO status with a reason from the taxonomy', async () => {
      const subs = await http<SubTagsResponse>(url('fetchSubTagsForMainTags'), {
        token,
        body: { main_tag_ids: ['MT04'] },
      });
      const sub = subs.body.sub_tags[0];
      const updated = await http<UpdateDcoStatusResponse>(url('updateDCOStatusByFreelancer'), {
        token,
        body: {
          dco_id: 'DCO10003',
          status: 'suspended',
          main_tag_id: 'MT04',
          sub_tag_id: sub.sub_tag_id,
          remarks: 'Dues unpaid for 30 days',
        },
      });
      assert.equal(updated.status, 200);
      assert.equal(updated.body.status, 'suspended');
      const details = await http<DcoDetailsResponse>(`${stack.urls.nodeAdmin}/getDcoDetails`, {
        token,
        body: { dco_id: 'DCO10003' },
      });
      assert.equal(details.body.dco.status, 'suspended');
    });

    it('refuses bad input', async () => {
      const valid = {
        dco_id: 'DCO10004',
        status: 'blocked',
        main_tag_id: 'MT05',
        sub_tag_id: 'ST0501',
        remarks: 'Fraud',
      };
      await expectRefusals(stack, [
        [url('getAlternateNumbers'), { token, body: {} }, 400, 'validation_failed', 'partner_id'],
        [
          url('getAlternateNumbers'),
          { token, body: { partner_id: 'PTR00000' } },
          404,
          'not_found',
          'partner_id',
        ],
        [url('getAlternateNumbers'), { body: { partner_id: 'PTR20001' } }, 401, 'unauthorized'],
        [url('getPartner'), { token, body: {} }, 400, 'validation_failed', 'partner_id'],
        [url('getPartner'), { token, body: { phone: '+919000000009' } }, 404, 'not_found', 'phone'],
        [url('getPartner'), { token, body: { phone: 919 } }, 400, 'validation_failed', 'phone'],
        [
          url('resendPaytmPaymentLink'),
          { token, body: { partner_id: 'PTR20001', amount: -5 } },
          400,
          'validation_failed',
          'amount',
        ],
        [
          url('resendPaytmPaymentLink'),
          { token, body: { partner_id: 'PTR20001', amount: 'ten' } },
          400,
          'validation_failed',
          'amount',
        ],
        [
          url('resendPaytmPaymentLink'),
          { token, body: { partner_id: 'PTR00000' } },
          404,
          'not_found',
        ],
        [url('fetchAllTagsForFreelancer'), { token, body: [] }, 400, 'validation_failed'],
        [url('fetchAllTagsForFreelancer'), { body: {} }, 401, 'unauthorized'],
        [url('fetchMainTags'), { token, body: '{' }, 400, 'malformed_json'],
        [url('fetchMainTags'), { token, body: '{}', headers: { 'Content-Type': 'text/xml' } }, 415],
        [
          url('fetchSubTagsForMainTags'),
          { token, body: { main_tag_ids: [] } },
          400,
          'validation_failed',
          'main_tag_ids',
        ],
        [
          url('fetchSubTagsForMainTags'),
          { token, body: { main_tag_ids: 'MT01' } },
          400,
          'validation_failed',
          'main_tag_ids',
        ],
        [
          url('fetchSubTagsForMainTags'),
          { token, body: { main_tag_ids: ['MT99'] } },
          404,
          'not_found',
          'main_tag_ids',
        ],
        [
          url('updateDCOStatusByFreelancer'),
          { token, body: { ...valid, status: 'deleted' } },
          400,
          'validation_failed',
          'status',
        ],
        [
          url('updateDCOStatusByFreelancer'),
          { token, body: { ...valid, remarks: '  ' } },
          400,
          'validation_failed',
          'remarks',
        ],
        [
          url('updateDCOStatusByFreelancer'),
          { token, body: { ...valid, dco_id: 'DCO99999' } },
          404,
          'not_found',
          'dco_id',
        ],
        [
          url('updateDCOStatusByFreelancer'),
          { token, body: { ...valid, main_tag_id: 'MT99' } },
          404,
          'not_found',
          'main_tag_id',
        ],
        [
          url('updateDCOStatusByFreelancer'),
          { token, body: { ...valid, sub_tag_id: 'ST0101' } },
          422,
          'sub_tag_mismatch',
          'sub_tag_id',
        ],
        [
          url('updateDCOStatusByFreelancer'),
          { token, body: { ...valid, remarks: 'x'.repeat(80_000) } },
          413,
          'payload_too_large',
        ],
      ]);
    });
  });
});
