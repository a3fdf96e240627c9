import { HttpTestingController } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import {
  provideApiTesting,
  testAccessKey,
  testLoginResponse,
  testNodeLogin,
} from '../../../core/api/api-testing';
import { Message } from '../../../../contract';
import { Session } from '../../../core/auth/session';
import { ConversationStore } from '../../../core/state/conversation-store';
import { aMessage } from '../../../testing/payload-fixtures';
import { aBooking, aDriver, aPartner, somePhotos } from '../testing/panel-fixtures';
import { BookingStore } from './booking-store';

const NODE = 'https://node.test/';
const BOOKING = `${NODE}getBookingDetailsByDisplayBookingId`;
const DRIVER = `${NODE}getDriverDetailsOfBooking`;
const ACCESS_KEY = 'https://web.test/third/getAccessKey';
const PHOTOS = 'https://web.test/third/getDriverAndCabImages';
const PARTNER = 'https://partner.test/rest/V1/getPartner';

describe('BookingStore', () => {
  let store: BookingStore;
  let backend: HttpTestingController;
  let session: Session;
  const messages = signal<Message[]>([]);

  beforeEach(() => {
    messages.set([]);
    TestBed.configureTestingModule({
      providers: [
        provideApiTesting(),
        BookingStore,
        { provide: ConversationStore, useValue: { messages } },
      ],
    });
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    session.signIn(testLoginResponse());
    session.setNodeSession(testNodeLogin('node-1'));
    store = TestBed.inject(BookingStore);
  });

  afterEach(() => backend.verify());

  /** Answers the booking, driver, key and photo calls of one lookup. */
  function answerChain(bookingId: string, driverId: string, expectKey: boolean): void {
    const booking = backend.expectOne(BOOKING);
    expect(booking.request.body).toEqual({ display_booking_id: bookingId });
    booking.flush({
      booking: aBooking({
        display_booking_id: bookingId,
        booking_id: `b-${bookingId}`,
        driver_id: driverId,
      }),
    });
    const driver = backend.expectOne(DRIVER);
    expect(driver.request.body).toEqual({ booking_id: `b-${bookingId}` });
    const partnerId = `PTR-${driverId}`;
    driver.flush({
      booking_id: `b-${bookingId}`,
      driver: aDriver({ driver_id: driverId, partner_id: partnerId }),
    });
    answerPartner(partnerId);
    if (expectKey) {
      backend.expectOne(ACCESS_KEY).flush(testAccessKey('web-key-1'));
    }
    const photos = backend.expectOne(PHOTOS);
    expect(photos.request.body).toEqual({ driver_id: driverId });
    expect(photos.request.headers.get('x-access-key')).toBe('web-key-1');
    photos.flush({ driver_id: driverId, images: somePhotos(driverId) });
  }

  /** Answers the driver's partner, asked for by the driver's partner id. */
  function answerPartner(partnerId = 'PTR20016'): void {
    const partner = backend.expectOne(PARTNER);
    expect(partner.request.body).toEqual({ partner_id: partnerId });
    expect(partner.request.headers.get('Authorization')).toBe('Bearer node-1');
    partner.flush({
      partner: aPartner({ partner_id: partnerId, dco_id: 'DCO10016', name: 'Imran Qureshi' }),
    });
  }

  it('looks a booking up, then its driver, then their partner and the photos with a fresh access key', () => {
    expect(store.lookup(' ow2506847 ')).toBeTrue();
    answerChain('OW2506847', 'DRV30046', true);
    expect(store.booking.value()?.display_booking_id).toBe('OW2506847');
    expect(store.driver.value()?.name).toBe('Anwar Chopra');
    expect(store.driverPartner.value()?.name).toBe('Imran Qureshi');
    expect(store.photos.value()?.length).toBe(2);
  });

  it('keeps the driver and photos when their partner cannot be loaded, and tries it again', () => {
    session.setAccessKey(testAccessKey('web-key-1'));
    store.lookup('OW2506847');
    backend.expectOne(BOOKING).flush({ booking: aBooking() });
    backend.expectOne(DRIVER).flush({ booking_id: '418201', driver: aDriver() });
    backend
      .expectOne(PARTNER)
      .flush(
        { error: { code: 'server_error', message: 'Partner enrol is having trouble.' } },
        { status: 503, statusText: 'Service Unavailable' },
      );
    backend.expectOne(PHOTOS).flush({ driver_id: 'DRV30046', images: somePhotos() });
    expect(store.driverPartner.error()).toBe('Partner enrol is having trouble.');
    expect(store.driver.value()?.name).toBe('Anwar Chopra');
    expect(store.photos.value()?.length).toBe(2);
    store.driverPartner.reload();
    answerPartner();
    expect(store.driverPartner.value()?.dco_id).toBe('DCO10016');
  });

  it('reuses the access key for the next driver until it expires', () => {
    store.lookup('OW2506847');
    answerChain('OW2506847', 'DRV30046', true);
    store.lookup('OW7573276');
    answerChain('OW7573276', 'DRV30001', false);
    backend.expectNone(ACCESS_KEY);
  });

  it('asks for a new access key once the one held is about to expire', () => {
    session.setAccessKey(testAccessKey('old-key', 10_000));
    store.lookup('OW2506847');
    answerChain('OW2506847', 'DRV30046', true);
  });

  it('opens the node admin session with the chat sign-in when it has none, without asking', () => {
    session.signIn(testLoginResponse());
    store.lookup('OW2506847');
    const login = backend.expectOne(`${NODE}login`);
    expect(Object.keys(login.request.body)).toEqual(['sso_token']);
    login.flush(testNodeLogin('node-2'));
    const booking = backend.expectOne(BOOKING);
    expect(booking.request.headers.get('Authorization')).toBe('Bearer node-2');
    booking.flush({ booking: aBooking({ driver_id: null, status: 'confirmed' }) });
    expect(store.booking.status()).toBe('ready');
  });

  it('keeps only http(s) photo URLs', () => {
    session.setAccessKey(testAccessKey('web-key-1'));
    store.lookup('OW2506847');
    backend.expectOne(BOOKING).flush({ booking: aBooking() });
    backend.expectOne(DRIVER).flush({ booking_id: '418201', driver: aDriver() });
    answerPartner();
    backend.expectOne(PHOTOS).flush({
      driver_id: 'DRV30046',
      images: [
        ...somePhotos(),
        { kind: 'cab_back', url: 'javascript:alert(1)', caption: 'bad' },
        { kind: 'cab_interior', url: 'data:image/svg+xml,<svg/>', caption: 'bad' },
      ],
    });
    expect(store.photos.value()?.map((p) => p.kind)).toEqual(['driver', 'cab_front']);
  });

  it('does not ask for a driver when the booking has none', () => {
    store.lookup('OW7573276');
    backend
      .expectOne(BOOKING)
      .flush({ booking: aBooking({ driver_id: null, status: 'confirmed' }) });
    backend.expectNone(DRIVER);
    backend.expectNone(PARTNER);
    expect(store.driver.status()).toBe('idle');
  });

  it('refuses an id that is not a booking id, without calling the back end', () => {
    expect(store.lookup('12345')).toBeFalse();
    expect(store.queryError()).toContain('OW followed by 7 digits');
    expect(store.lookup('  ')).toBeFalse();
    expect(store.queryError()).toContain('Enter a booking id');
    backend.expectNone(BOOKING);
  });

  it('shows the back end message when the booking does not exist, and retries', () => {
    store.lookup('OW1234567');
    backend.expectOne(BOOKING).flush(
      {
        error: {
          code: 'not_found',
          message: 'There is no booking OW1234567. Check the id with the customer.',
        },
      },
      { status: 404, statusText: 'Not Found' },
    );
    expect(store.booking.status()).toBe('error');
    expect(store.booking.error()).toBe(
      'There is no booking OW1234567. Check the id with the customer.',
    );
    store.booking.reload();
    expect(backend.expectOne(BOOKING).request.body).toEqual({ display_booking_id: 'OW1234567' });
  });

  it('shows a booking looked up earlier in the chat from its cache, driver and photos too', () => {
    store.lookup('OW2506847');
    answerChain('OW2506847', 'DRV30046', true);
    store.lookup('OW7573276');
    backend
      .expectOne(BOOKING)
      .flush({ booking: aBooking({ display_booking_id: 'OW7573276', driver_id: null }) });
    expect(store.photos.status()).toBe('idle');
    expect(store.driverPartner.status()).toBe('idle');
    store.lookup('OW2506847');
    backend.expectNone(BOOKING);
    backend.expectNone(PARTNER);
    expect(store.driver.value()?.driver_id).toBe('DRV30046');
    expect(store.driverPartner.value()?.name).toBe('Imran Qureshi');
    expect(store.photos.value()?.length).toBe(2);
  });

  it('forgets its lookups when another chat opens', () => {
    store.lookup('OW2506847');
    answerChain('OW2506847', 'DRV30046', true);
    store.open();
    expect(store.booking.status()).toBe('idle');
    store.lookup('OW2506847');
    expect(backend.match(BOOKING).length).toBe(1);
  });

  it('offers the booking ids mentioned in the open conversation', () => {
    messages.set([
      aMessage({ text: 'My cab for OW7573276 has not come' }),
      aMessage({ message_id: 'm2', text: 'Also OW2506847 last week' }),
    ]);
    expect(store.mentioned()).toEqual(['OW2506847', 'OW7573276']);
  });
});
