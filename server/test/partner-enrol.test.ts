import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type {
  AllTagsResponse,
  AlternateNumbersResponse,
  DcoDetailsResponse,
  GetPartnerResponse,
  MainTagsResponse,
  ResendPaytmLinkResponse,
  SubTagsResponse,
  UpdateDcoStatusResponse,
} from '../../src/contract';
import {
  ASHA,
  PRIYA,
  expectRefusals,
  http,
  nodeSignIn,
  startTestStack,
  type TestStack,
} from './harness';

describe('partner enrol', () => {
  let stack: TestStack;
  let token: string;
  before(async () => {
    stack = await startTestStack();
    token = await nodeSignIn(stack, ASHA);
  });
  after(() => stack.dispose());

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
    // A partner with dues whose driver chat is Priya's: she may send the link.
    const owing = stack.db
      .prepare(
        `SELECT o.partner_id, o.wallet_balance FROM dcos o JOIN drivers d ON d.dco_id = o.dco_id
         JOIN chats c ON c.customer_number = d.phone
         WHERE o.wallet_balance < 0 AND c.assigned_executive_id = ? LIMIT 1`,
      )
      .get(PRIYA.executive_id) as {
      partner_id: string;
      wallet_balance: number;
    };
    const token = await nodeSignIn(stack, PRIYA);
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
    // DCO10005's driver chat is Asha's.
    const subs = await http<SubTagsResponse>(url('fetchSubTagsForMainTags'), {
      token,
      body: { main_tag_ids: ['MT04'] },
    });
    const sub = subs.body.sub_tags[0];
    const updated = await http<UpdateDcoStatusResponse>(url('updateDCOStatusByFreelancer'), {
      token,
      body: {
        dco_id: 'DCO10005',
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
      body: { dco_id: 'DCO10005' },
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
