import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { LazyDialog } from '../../../core/layout/lazy-dialog';
import type { ImageViewerData } from '../../conversation/messages/content/image-viewer-dialog';

import { Booking, DriverOrCabImage } from '../../../../contract';
import { CopyableValue } from '../copyable-value/copyable-value';
import { InsertIntoReply } from '../copyable-value/insert-into-reply';
import { SectionStatusView } from '../panel-section/section-status-view';
import { BookingStore } from '../state/booking-store';
import { cabSentence, driverPhoneSentence, driverSentence } from '../state/chat-facts';
import { isHttpUrl } from '../state/http-url';
import { samePhone } from '../state/partner-writer';

const PHOTO_LABELS: Readonly<Record<DriverOrCabImage['kind'], string>> = {
  driver: 'Driver',
  cab_front: 'Cab, front',
  cab_back: 'Cab, back',
  cab_interior: 'Cab, inside',
};

/**
 * The driver of a booking (`getDriverDetailsOfBooking`): name, phone, cab, the partner they drive
 * for (`getPartner`) and their and their cab's photos.
 */
@Component({
  selector: 'app-driver-card',
  imports: [CopyableValue, InsertIntoReply, SectionStatusView],
  templateUrl: './driver-card.html',
  styleUrl: './driver-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DriverCard {
  protected readonly store = inject(BookingStore);
  // The viewer's code loads when a photo is first enlarged.
  private readonly dialog = inject(LazyDialog);

  /** The booking whose driver is shown. */
  readonly booking = input.required<Booking>();

  protected readonly sentences = computed(() => {
    const driver = this.store.driver.value();
    return driver
      ? {
          driver: driverSentence(driver),
          phone: driverPhoneSentence(driver),
          cab: cabSentence(driver),
        }
      : { driver: '', phone: null, cab: null };
  });
  /** The partner the driver drives for, once loaded; whether the driver is the partner. */
  protected readonly partner = computed(() => {
    const driver = this.store.driver.value();
    const partner = this.store.driverPartner.value();
    return driver && partner?.partner_id === driver.partner_id
      ? { name: partner.name, phone: partner.phone, ownCab: samePhone(driver.phone, partner.phone) }
      : null;
  });
  protected readonly rating = computed(() => {
    const rating = this.store.driver.value()?.rating;
    return typeof rating === 'number' ? `${rating.toFixed(1)} out of 5` : 'Not rated yet';
  });
  protected readonly shownPhotos = computed(() =>
    (this.store.photos.value() ?? [])
      // The store already drops other schemes; checking at the `src` too costs nothing.
      .filter((photo) => isHttpUrl(photo.url))
      .map((photo) => {
        const label = PHOTO_LABELS[photo.kind] ?? 'Photo';
        return { ...photo, label, alt: photo.caption || label };
      }),
  );

  protected enlarge(photo: { url: string; alt: string; label: string }): void {
    const data: ImageViewerData = { url: photo.url, alt: photo.alt, title: `${photo.label} photo` };
    void this.dialog.open(
      () =>
        import('../../conversation/messages/content/image-viewer-dialog').then(
          (m) => m.ImageViewerDialog,
        ),
      { data, maxWidth: '90vw' },
    );
  }
}
