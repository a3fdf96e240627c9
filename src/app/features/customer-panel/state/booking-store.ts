import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { map } from 'rxjs';

import { OnewayNodeApi } from '../../../core/api/oneway-node-api';
import { OnewayWebApi } from '../../../core/api/oneway-web-api';
import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import { Booking, DriverDetails, DriverOrCabImage, Partner } from '../../../../contract';
import { ConversationStore } from '../../../core/state/conversation-store';
import { bookingMentions, normalizeBookingId } from './booking-mentions';
import { isHttpUrl } from './http-url';
import { SectionResource } from './section-resource';

/**
 * A booking looked up by its display id (`getBookingDetailsByDisplayBookingId`), then its driver
 * (`getDriverDetailsOfBooking`), then, each on its own, the partner the driver drives for
 * (`getPartner` by the driver's partner id) and the driver's and cab's photos
 * (`getDriverAndCabImages`, whose web access key the credentials interceptor fetches once and
 * reuses until it expires).
 */
@Injectable()
export class BookingStore {
  private readonly nodeApi = inject(OnewayNodeApi);
  private readonly webApi = inject(OnewayWebApi);
  private readonly partnerApi = inject(PartnerEnrolApi);
  private readonly conversation = inject(ConversationStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly inputError = signal<string | null>(null);
  private readonly reveal = signal(false);

  /** Why the last typed id was not looked up, or null. */
  readonly queryError = this.inputError.asReadonly();

  /** Whether the lookup should bring itself into view once the booking shows. */
  readonly revealRequested = this.reveal.asReadonly();

  /** Booking ids mentioned in the open conversation, newest first. */
  readonly mentioned = computed(() => bookingMentions(this.conversation.messages()));

  /** Photos of the driver and the cab; only absolute http(s) URLs are kept. */
  readonly photos = new SectionResource<string, readonly DriverOrCabImage[]>({
    fetch: (driverId) =>
      this.webApi
        .getDriverAndCabImages({ driver_id: driverId })
        .pipe(map((response) => (response.images ?? []).filter((image) => isHttpUrl(image.url)))),
    fallbackError: 'The photos could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** The partner (DCO) the booking's driver drives for: who they are and how to reach them. */
  readonly driverPartner = new SectionResource<string, Partner>({
    fetch: (partnerId) =>
      this.partnerApi
        .getPartner({ partner_id: partnerId })
        .pipe(map((response) => response.partner)),
    fallbackError: 'The driver’s partner could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** The driver of the booking shown; null when none is assigned yet. */
  readonly driver = new SectionResource<string, DriverDetails | null>({
    fetch: (bookingId) =>
      this.nodeApi
        .getDriverDetailsOfBooking({ booking_id: bookingId })
        .pipe(map((response) => response.driver ?? null)),
    fallbackError: 'The driver could not be loaded. Try again.',
    onValue: (driver) => {
      if (driver) {
        this.driverPartner.load(driver.partner_id);
        this.photos.load(driver.driver_id);
      } else {
        this.driverPartner.clear();
        this.photos.clear();
      }
    },
    destroyRef: this.destroyRef,
  });

  /** The booking looked up. */
  readonly booking = new SectionResource<string, Booking>({
    fetch: (displayId) =>
      this.nodeApi
        .getBookingDetailsByDisplayBookingId({ display_booking_id: displayId })
        .pipe(map((response) => response.booking)),
    fallbackError: 'The booking could not be loaded. Try again.',
    onValue: (booking) => {
      if (booking.driver_id) {
        this.driver.load(booking.booking_id);
      } else {
        this.clearDriver();
      }
    },
    destroyRef: this.destroyRef,
  });

  /**
   * Looks a booking up by the id a customer quoted (`ow 1234567` is read as `OW1234567`). Returns
   * whether the id was well formed; when it was not, {@link queryError} says why. With `reveal`,
   * the lookup section brings itself into view (the id was clicked elsewhere in the panel).
   */
  lookup(raw: string, reveal = false): boolean {
    const id = normalizeBookingId(raw.replace(/\s+/g, ''));
    if (!id) {
      this.inputError.set(
        raw.trim() === ''
          ? 'Enter a booking id, like OW1234567.'
          : 'A booking id is OW followed by 7 digits, like OW1234567.',
      );
      return false;
    }
    this.inputError.set(null);
    this.reveal.set(reveal);
    if (id !== this.booking.key()) {
      // The previous booking's driver must not show beside this one while it loads.
      this.clearDriver();
    }
    this.booking.load(id);
    return true;
  }

  /** The lookup section is in view with the booking shown. */
  revealed(): void {
    this.reveal.set(false);
  }

  /** Forgets the lookups of the previous chat. */
  open(): void {
    this.inputError.set(null);
    this.reveal.set(false);
    this.booking.reset();
    this.driver.reset();
    this.driverPartner.reset();
    this.photos.reset();
  }

  private clearDriver(): void {
    this.driver.clear();
    this.driverPartner.clear();
    this.photos.clear();
  }
}
