import { testAccessKey, testLoginResponse, testNodeLogin } from '../api-testing';

const AT = '2026-11-25T10:15:00.000Z';

/** One well-formed answer per REST endpoint, keyed by how its URL ends. */
const SAMPLES: readonly [RegExp, () => object][] = [
  [/\/api\/auth\/login$/, () => testLoginResponse()],
  [/\/chat_gpt$/, () => ({ chat_id: 'c1', suggestion: 'Hello', generated_at: AT })],
  [
    /\/rate$/,
    () => ({ chat_id: 'c1', rating: 5, comment: null, rated_by: 'exec-1', rated_at: AT }),
  ],
  [
    /\/send_whatsapp_template$/,
    () => ({
      success: true,
      chat_id: 'c1',
      message_id: 'm1',
      to: '+919800000001',
      template_name: 'trip_update',
      sent_at: AT,
    }),
  ],
  [/\/context-history$/, () => ({ customer_number: '+919800000001', events: [] })],
  [
    /\/rides$/,
    () => ({ customer_number: '+919800000001', upcoming_rides: [], search_history: [] }),
  ],
  [/\/notes$/, () => ({ chat_id: 'c1', notes: [] })],
  [/\/api\/templates$/, () => ({ stakeholder: 'customer', templates: [] })],
  [
    /\/api\/dashboard\/stats$/,
    () => ({
      active: 0,
      pending: 0,
      resolved: 0,
      unassigned: 0,
      new_today: 0,
      resolved_today: 0,
      sla_breaches_today: 0,
      executives: [],
      generated_at: AT,
    }),
  ],
  [/\/login$/, () => testNodeLogin()],
  [/\/logout$/, () => ({ success: true })],
  [
    /\/getBookingDetailsByDisplayBookingId$/,
    () => ({
      booking: {
        booking_id: 'b1',
        display_booking_id: 'OW1',
        customer_name: 'Test Customer',
        customer_number: '+919800000001',
        pickup_address: 'A',
        drop_address: 'B',
        pickup_city: 'Pune',
        drop_city: 'Mumbai',
        pickup_time: AT,
        cab_type: 'Sedan',
        trip_type: 'one_way',
        fare: 1000,
        payment_status: 'paid',
        status: 'confirmed',
        driver_id: null,
        created_at: AT,
      },
    }),
  ],
  [/\/getDriverDetailsOfBooking$/, () => ({ booking_id: 'b1', driver: null })],
  [
    /\/getDcoDetails$/,
    () => ({
      dco: {
        dco_id: 'dco-1',
        partner_id: 'p-1',
        name: 'Test Partner',
        phone: '+919800000002',
        city: 'Pune',
        status: 'active',
        wallet_balance: 0,
        vehicles_count: 1,
        joined_at: AT,
      },
    }),
  ],
  [
    /\/dcoTransactionHistory$/,
    () => ({ dco_id: 'dco-1', transactions: [], page: 1, page_size: 20, total: 0 }),
  ],
  [/\/getAccessKey$/, () => testAccessKey()],
  [/\/getDriverAndCabImages$/, () => ({ driver_id: 'drv-1', images: [] })],
  [/\/getAlternateNumbers$/, () => ({ partner_id: 'p-1', alternate_numbers: [] })],
  [
    /\/getPartner$/,
    () => ({
      partner: {
        partner_id: 'p-1',
        dco_id: 'dco-1',
        name: 'Test Partner',
        phone: '+919800000002',
        email: null,
        city: 'Pune',
        kyc_status: 'verified',
        status: 'active',
        joined_at: AT,
        vehicles: [],
      },
    }),
  ],
  [
    /\/resendPaytmPaymentLink$/,
    () => ({
      success: true,
      link_id: 'l1',
      sent_to: '+919800000002',
      amount: 500,
      expires_at: AT,
      message: 'Sent',
    }),
  ],
  [/\/fetchAllTagsForFreelancer$/, () => ({ tags: [] })],
  [/\/fetchMainTags$/, () => ({ main_tags: [] })],
  [/\/fetchSubTagsForMainTags$/, () => ({ sub_tags: [] })],
  [
    /\/updateDCOStatusByFreelancer$/,
    () => ({
      success: true,
      dco_id: 'dco-1',
      status: 'inactive',
      updated_at: AT,
      message: 'Updated',
    }),
  ],
];

/** A well-formed answer for the REST endpoint at `url` (query string ignored), for specs. */
export function sampleResponse(url: string): object {
  const path = url.replace(/\?.*$/, '');
  const found = SAMPLES.find(([pattern]) => pattern.test(path));
  if (!found) {
    throw new Error(`No sample response for ${url}`);
  }
  return found[1]();
}
