import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type {
  BookingResponse,
  DriverOfBookingResponse,
  GetPartnerResponse,
} from '../../src/contract';
import type { FleetInput, FleetResult } from '../rest/dev-fleet';
import { ASHA, expectRefusals, http, nodeSignIn, startTestStack, type TestStack } from './harness';

const LONG_PARTNER = 'श्री वेंकटेश्वर ट्रैवल्स एंड टूर्स प्राइवेट लिमिटेड 🚕 Venkateshwara Travels';

/** A partner, their driver and a booking, with names and addresses as long as the stack takes. */
function aFleet(overrides: Partial<FleetInput['partner']> = {}): FleetInput {
  return {
    partner: {
      partner_id: 'ptr-long-0001',
      dco_id: 'dco-long-0000000000000000000000000000001',
      name: LONG_PARTNER,
      phone: '+91 90000 11111',
      city: 'Bengaluru',
      ...overrides,
    },
    driver: {
      driver_id: 'DRV-LONG-0001',
      name: 'सत्यनारायण रामचंद्र मूर्ति Satyanarayana Ramachandra Murthy 🙏',
      phone: '9000022222',
      cab_number: 'KA01AB1234',
      cab_model: 'Toyota Innova Crysta',
      cab_type: 'SUV',
    },
    booking: {
      display_booking_id: 'OW9900001',
      customer_number: '+919000033333',
      customer_name: 'Asha',
      pickup_address: 'फ्लैट 1203, टावर बी, प्रेस्टीज शांतिनिकेतन, व्हाइटफ़ील्ड मुख्य मार्ग, बेंगलुरु 560048',
      drop_address: 'Terminal 2, Kempegowda International Airport, Devanahalli, Bengaluru 560300',
      pickup_city: 'Bengaluru',
      drop_city: 'Devanahalli',
    },
  };
}

describe('a fleet added over loopback HTTP (POST /dev/fleet)', () => {
  let stack: TestStack;
  let token: string;
  let url: string;
  before(async () => {
    stack = await startTestStack();
    token = await nodeSignIn(stack, ASHA);
    url = `${stack.urls.pySmartChat}/dev/fleet`;
  });
  after(() => stack.dispose());

  it('is found as the back ends find a seeded one: partner by the driver’s phone, booking, driver', async () => {
    const added = await http<FleetResult>(url, { body: aFleet() });
    assert.equal(added.status, 200, JSON.stringify(added.body));
    assert.equal(added.body.dco_id, 'DCO-LONG-0000000000000000000000000000001');
    assert.equal(added.body.driver_phone, '+919000022222');

    const partner = await http<GetPartnerResponse>(`${stack.urls.partnerEnrol}/getPartner`, {
      token,
      body: { phone: added.body.driver_phone },
    });
    assert.equal(partner.status, 200, JSON.stringify(partner.body));
    assert.equal(partner.body.partner.name, LONG_PARTNER);
    assert.equal(partner.body.partner.partner_id, 'PTR-LONG-0001');
    assert.equal(partner.body.partner.phone, '+919000011111');

    const booking = await http<BookingResponse>(
      `${stack.urls.nodeAdmin}/getBookingDetailsByDisplayBookingId`,
      { token, body: { display_booking_id: 'OW9900001' } },
    );
    assert.equal(booking.status, 200, JSON.stringify(booking.body));
    assert.match(booking.body.booking.pickup_address, /^फ्लैट 1203/);
    const driver = await http<DriverOfBookingResponse>(
      `${stack.urls.nodeAdmin}/getDriverDetailsOfBooking`,
      { token, body: { booking_id: booking.body.booking.booking_id } },
    );
    assert.equal(driver.body.driver?.partner_id, 'PTR-LONG-0001');
    assert.equal(driver.body.driver?.dco_id, added.body.dco_id);
  });

  it('writes nothing when an id or number is taken or a field is bad, and says which', async () => {
    await expectRefusals(stack, [
      [url, { body: aFleet({ partner_id: 'PTR-OTHER' }) }, 409, 'already_exists', 'partner.dco_id'],
      [
        url,
        { body: aFleet({ partner_id: 'PTR-OTHER', dco_id: 'DCO-OTHER', phone: '+919000011111' }) },
        409,
        'already_exists',
        'partner.phone',
      ],
      [url, { body: aFleet({ phone: 'not a phone' }) }, 400, 'invalid_number', 'partner.phone'],
      [url, { body: aFleet({ name: '  ' }) }, 400, 'validation_failed', 'partner.name'],
      [url, { body: { partner: aFleet().partner } }, 400, 'validation_failed', 'driver'],
    ]);
    // Everything new but the booking id: nothing of the partner or driver is written either.
    const fresh = aFleet({ partner_id: 'PTR-NEW', dco_id: 'DCO-NEW', phone: '+919000044444' });
    fresh.driver = { ...fresh.driver, driver_id: 'DRV-NEW', phone: '+919000055555' };
    await expectRefusals(stack, [
      [url, { body: fresh }, 409, 'already_exists', 'booking.display_booking_id'],
    ]);
  });
});
