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

const PHOTO_LABELS: Readonly<Record<DriverOrCabImage['kind'], string>> = {
  driver: 'Driver',
  cab_front: 'Cab, front',
  cab_back: 'Cab, back',
  cab_interior: 'Cab, inside',
};

/** The driver of a booking (`getDriverDetailsOfBooking`) with their and their cab's photos. */
@Component({
  selector: 'app-driver-card',
  imports: [CopyableValue, InsertIntoReply, SectionStatusView],
  template: `
    <div class="card" role="group" aria-labelledby="driver-card-heading">
      <h4 id="driver-card-heading" class="heading">Driver</h4>
      @if (!booking().driver_id) {
        <p class="empty">No driver assigned to this booking yet.</p>
      } @else {
        <app-section-status what="the driver" [section]="store.driver" />
        @if (store.driver.value(); as driver) {
          <dl class="facts">
            <dt>Name</dt>
            <dd>
              {{ driver.name }}
              <app-insert-into-reply label="driver's details" [sentence]="sentences().driver" />
            </dd>
            <dt>Phone</dt>
            <dd>
              <app-copyable-value
                label="driver's phone number"
                [value]="driver.phone"
                [reply]="sentences().phone"
              />
            </dd>
            <dt>Cab</dt>
            <dd>
              <app-copyable-value
                label="cab number"
                [value]="driver.cab_number"
                [reply]="sentences().cab"
              />
              <span class="muted">{{ driver.cab_model }} · {{ driver.cab_type }}</span>
            </dd>
            <dt>Rating</dt>
            <dd>{{ rating() }}</dd>
            <dt>DCO</dt>
            <dd><app-copyable-value label="DCO id" [value]="driver.dco_id" /></dd>
          </dl>
          <h5 class="photos-heading">Photos</h5>
          <app-section-status what="the photos" [skeletonLines]="2" [section]="store.photos" />
          @if (store.photos.value(); as photos) {
            @if (photos.length === 0) {
              <p class="empty">No photos on file for this driver.</p>
            } @else {
              <ul class="photos" aria-label="Driver and cab photos">
                @for (photo of shownPhotos(); track photo.url) {
                  <li>
                    <button
                      type="button"
                      class="photo"
                      [attr.aria-label]="'Enlarge ' + photo.label + ' photo'"
                      (click)="enlarge(photo)"
                    >
                      <img
                        [src]="photo.url"
                        [alt]="photo.alt"
                        loading="lazy"
                        referrerpolicy="no-referrer"
                        width="140"
                        height="96"
                      />
                    </button>
                    <span class="caption">{{ photo.label }}</span>
                  </li>
                }
              </ul>
            }
          }
        } @else if (store.driver.status() === 'ready') {
          <p class="empty">No driver assigned to this booking yet.</p>
        }
      }
    </div>
  `,
  styles: `
    @use '../panel-section/section-content';

    .card {
      margin-top: 12px;
      padding-top: 8px;
      border-top: 1px dashed var(--mat-sys-outline-variant);
    }
    .heading,
    .photos-heading {
      margin: 0 0 4px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .photos-heading {
      margin-top: 8px;
    }
    .empty {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    @include section-content.facts($rows: true);
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .photos {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(2, 1fr);
      gap: 8px;
    }
    .photo {
      display: block;
      width: 100%;
      padding: 0;
      border: 0;
      cursor: zoom-in;
      border-radius: 8px;
      overflow: hidden;
      background: var(--mat-sys-surface-container-high);
    }
    .photo:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    img {
      display: block;
      width: 100%;
      height: auto;
      aspect-ratio: 35 / 24;
      object-fit: cover;
    }
    .caption {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
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
