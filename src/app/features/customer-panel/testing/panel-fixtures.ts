import {
  Booking,
  ContextEvent,
  DcoDetails,
  DcoTransaction,
  DcoTransactionHistoryResponse,
  DriverDetails,
  DriverOrCabImage,
  Partner,
  RidesResponse,
} from '../../../../contract';

/** A booking with a driver, as node admin sends it; override what the spec is about. */
export function aBooking(overrides: Partial<Booking> = {}): Booking {
  return {
    booking_id: '418201',
    display_booking_id: 'OW2506847',
    customer_name: 'Geeta Kapoor',
    customer_number: '+917204949394',
    pickup_address: '101, 12th Cross, OMR, Kolkata',
    drop_address: 'Railway Station, Digha',
    pickup_city: 'Kolkata',
    drop_city: 'Digha',
    pickup_time: '2026-11-13T12:15:00.000Z',
    cab_type: 'Sedan',
    trip_type: 'one_way',
    fare: 2520,
    payment_status: 'paid',
    status: 'completed',
    driver_id: 'DRV30046',
    created_at: '2026-11-04T12:15:00.000Z',
    ...overrides,
  };
}

/** A driver of a booking. */
export function aDriver(overrides: Partial<DriverDetails> = {}): DriverDetails {
  return {
    driver_id: 'DRV30046',
    name: 'Anwar Chopra',
    phone: '+919276222171',
    cab_number: 'MH12JN0443',
    cab_model: 'Maruti Ertiga',
    cab_type: 'SUV',
    rating: 4.6,
    dco_id: 'DCO10016',
    partner_id: 'PTR20016',
    ...overrides,
  };
}

/** The four photos of a driver and their cab. */
export function somePhotos(driverId = 'DRV30046'): DriverOrCabImage[] {
  const base = `https://web.test/third/images/drivers/${driverId}`;
  return [
    { kind: 'driver', url: `${base}/driver.svg`, caption: 'Anwar Chopra' },
    { kind: 'cab_front', url: `${base}/cab_front.svg`, caption: 'MH12JN0443, front' },
  ];
}

/** A partner found by phone. */
export function aPartner(overrides: Partial<Partner> = {}): Partner {
  return {
    partner_id: 'PTR20001',
    dco_id: 'DCO10001',
    name: 'Venkatesh Mishra',
    phone: '+918247385066',
    email: 'venkatesh.travels1@example.in',
    city: 'Bengaluru',
    kyc_status: 'verified',
    status: 'active',
    joined_at: '2024-03-02T10:00:00.000Z',
    vehicles: [{ cab_number: 'KA01AB1234', cab_model: 'Toyota Etios', cab_type: 'Sedan' }],
    ...overrides,
  };
}

/** The DCO record of {@link aPartner}. */
export function aDco(overrides: Partial<DcoDetails> = {}): DcoDetails {
  return {
    dco_id: 'DCO10001',
    partner_id: 'PTR20001',
    name: 'Venkatesh Mishra',
    phone: '+918247385066',
    city: 'Bengaluru',
    status: 'active',
    wallet_balance: -2372,
    vehicles_count: 3,
    joined_at: '2024-03-02T10:00:00.000Z',
    ...overrides,
  };
}

/** One wallet transaction. */
export function aTransaction(overrides: Partial<DcoTransaction> = {}): DcoTransaction {
  return {
    transaction_id: 'TXN0000001',
    type: 'credit',
    amount: 2016,
    description: 'Trip earnings for OW2506847',
    display_booking_id: 'OW2506847',
    balance_after: 2016,
    created_at: '2026-11-20T09:00:00.000Z',
    ...overrides,
  };
}

/** A page of transactions. */
export function aTransactionPage(
  overrides: Partial<DcoTransactionHistoryResponse> = {},
): DcoTransactionHistoryResponse {
  return {
    dco_id: 'DCO10001',
    transactions: [
      aTransaction(),
      aTransaction({
        transaction_id: 'TXN0000002',
        type: 'debit',
        amount: 300,
        description: 'Penalty: late arrival',
        display_booking_id: null,
        balance_after: 1716,
      }),
    ],
    page: 1,
    page_size: 10,
    total: 68,
    ...overrides,
  };
}

/** A context event. */
export function anEvent(overrides: Partial<ContextEvent> = {}): ContextEvent {
  return {
    event_id: 'ctx_1',
    context_type: 'booking',
    summary: 'Booked a Sedan from Chennai to Pondicherry',
    display_booking_id: 'OW7573276',
    created_at: '2026-11-23T22:00:00.000Z',
    ...overrides,
  };
}

/** Rides of a customer: one upcoming, one search. */
export function someRides(overrides: Partial<RidesResponse> = {}): RidesResponse {
  return {
    customer_number: '+917204949394',
    upcoming_rides: [
      {
        display_booking_id: 'OW7573276',
        pickup_city: 'Chennai',
        drop_city: 'Pondicherry',
        pickup_time: '2026-11-26T22:00:00.000Z',
        cab_type: 'Sedan',
        fare: 2100,
        status: 'confirmed',
      },
    ],
    search_history: [
      {
        search_id: 'srch_1',
        pickup_city: 'Ahmedabad',
        drop_city: 'Vadodara',
        travel_date: '2026-12-11T19:52:00.000Z',
        cab_type: 'SUV',
        quoted_fare: 1950,
        searched_at: '2026-11-19T10:00:00.000Z',
      },
    ],
    ...overrides,
  };
}
