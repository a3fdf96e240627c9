import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  untracked,
  linkedSignal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { Booking } from '../../../../contract';
import { Clock } from '../../../core/platform/clock';
import { CopyableValue } from '../copyable-value/copyable-value';
import { InsertIntoReply } from '../copyable-value/insert-into-reply';
import { DriverCard } from '../driver-card/driver-card';
import { DateTimePipe } from '../format/date-time-pipe';
import { RelativeTimePipe } from '../format/relative-time-pipe';
import { RupeesPipe } from '../format/rupees-pipe';
import { PanelSection } from '../panel-section/panel-section';
import { SectionStatusView } from '../panel-section/section-status-view';
import { scrollIntoPanel } from '../scroll-into-panel';
import { BookingStore } from '../state/booking-store';
import { bookingSentence, pickupSentence } from '../state/chat-facts';

const STATUS: Readonly<Record<Booking['status'], string>> = {
  confirmed: 'Confirmed, no driver yet',
  driver_assigned: 'Driver assigned',
  on_trip: 'On trip',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

const TRIP: Readonly<Record<Booking['trip_type'], string>> = {
  one_way: 'One way',
  round_trip: 'Round trip',
  airport: 'Airport',
  local: 'Local',
};

const PAYMENT: Readonly<Record<Booking['payment_status'], string>> = {
  paid: 'Paid',
  partially_paid: 'Partly paid',
  unpaid: 'Not paid',
  refunded: 'Refunded',
};

/**
 * Looks a booking up by the id a customer quotes, typed in or picked from the ids mentioned in
 * the chat, then shows it with its driver and their photos.
 */
@Component({
  selector: 'app-booking-lookup',
  imports: [
    CopyableValue,
    DateTimePipe,
    DriverCard,
    InsertIntoReply,
    MatButtonModule,
    MatFormFieldModule,
    MatInputModule,
    PanelSection,
    RelativeTimePipe,
    RupeesPipe,
    SectionStatusView,
  ],
  template: `
    <app-panel-section heading="Booking lookup" [busy]="store.booking.loading()">
      <form class="search" role="search" aria-label="Look up a booking" (submit)="submit($event)">
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
          <mat-label>Booking id</mat-label>
          <input
            #idInput
            matInput
            name="bookingId"
            placeholder="OW1234567"
            autocomplete="off"
            spellcheck="false"
            maxlength="20"
            [value]="query()"
            [attr.aria-invalid]="store.queryError() ? true : null"
            aria-describedby="booking-lookup-hint"
            (input)="query.set(idInput.value)"
          />
        </mat-form-field>
        <button mat-flat-button type="submit">Look up</button>
      </form>
      <p
        id="booking-lookup-hint"
        class="hint"
        [class.invalid]="store.queryError()"
        [attr.role]="store.queryError() ? 'alert' : null"
      >
        {{ store.queryError() ?? 'The id customers quote, like OW1234567.' }}
      </p>
      @if (store.mentioned().length > 0) {
        <div class="mentions" role="group" aria-labelledby="booking-mentions-label">
          <span id="booking-mentions-label" class="mentions-label">Mentioned in this chat</span>
          @for (id of store.mentioned(); track id) {
            <button
              mat-stroked-button
              type="button"
              class="chip"
              [attr.aria-pressed]="id === store.booking.key()"
              [attr.aria-label]="'Look up booking ' + id"
              (click)="store.lookup(id)"
            >
              {{ id }}
            </button>
          }
        </div>
      }
      <app-section-status what="the booking" [skeletonLines]="5" [section]="store.booking" />
      @if (store.booking.value(); as booking) {
        <div class="booking" role="group" aria-label="Booking details">
          <div class="title">
            <app-copyable-value
              label="booking id"
              [value]="booking.display_booking_id"
              [reply]="sentences().booking"
            />
            <span class="status" [attr.data-status]="booking.status">{{ labels().status }}</span>
          </div>
          <dl class="facts">
            <dt>Trip</dt>
            <dd>
              {{ booking.pickup_city }} → {{ booking.drop_city }} · {{ labels().trip }} ·
              {{ booking.cab_type }}
            </dd>
            <dt>Pickup</dt>
            <dd>
              <time [attr.datetime]="booking.pickup_time">{{
                booking.pickup_time | dateTime
              }}</time>
              <span class="muted">{{ booking.pickup_time | relativeTime: clock.now() }}</span>
              <app-insert-into-reply label="pickup time" [sentence]="sentences().pickup" />
            </dd>
            <dt>From</dt>
            <dd>{{ booking.pickup_address }}</dd>
            <dt>To</dt>
            <dd>{{ booking.drop_address }}</dd>
            <dt>Fare</dt>
            <dd>{{ booking.fare | rupees }} · {{ labels().payment }}</dd>
            <dt>Customer</dt>
            <dd>
              {{ booking.customer_name }}
              <app-copyable-value label="customer's number" [value]="booking.customer_number" />
            </dd>
            <dt>Booked</dt>
            <dd>{{ booking.created_at | dateTime }}</dd>
          </dl>
          <app-driver-card [booking]="booking" />
        </div>
      } @else if (store.booking.status() === 'idle') {
        <p class="muted">Look up a booking to see its trip, fare, driver and cab photos.</p>
      }
    </app-panel-section>
  `,
  styles: `
    @use '../panel-section/section-content';

    .search {
      display: flex;
      gap: 8px;
      align-items: center;
    }
    .field {
      flex: 1;
      min-width: 0;
    }
    .hint {
      margin: 4px 0 8px;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .hint.invalid {
      color: var(--mat-sys-error);
    }
    .mentions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      margin-bottom: 8px;
    }
    .mentions-label {
      width: 100%;
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    .chip {
      --mat-button-outlined-container-height: 28px;
      --mat-button-outlined-horizontal-padding: 10px;
      border-radius: 8px;
      font-variant-numeric: tabular-nums;
    }
    .chip[aria-pressed='true'] {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    .title {
      display: flex;
      align-items: center;
      justify-content: space-between;
      gap: 8px;
      margin: 4px 0 8px;
      font: var(--mat-sys-title-small);
    }
    .status {
      @include section-content.pill;
      white-space: nowrap;
    }
    .status[data-status='cancelled'] {
      @include section-content.warning-colours;
    }
    @include section-content.facts($rows: true);
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BookingLookup {
  protected readonly store = inject(BookingStore);
  protected readonly clock = inject(Clock);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly idInput = viewChild.required<ElementRef<HTMLInputElement>>('idInput');

  // Follows the booking shown (a chip, a ride or the timeline) until the executive types.
  protected readonly query = linkedSignal(() => this.store.booking.key() ?? '');
  protected readonly sentences = computed(() => {
    const booking = this.store.booking.value();
    return booking
      ? { booking: bookingSentence(booking), pickup: pickupSentence(booking) }
      : { booking: null, pickup: '' };
  });
  protected readonly labels = computed(() => {
    const booking = this.store.booking.value();
    return {
      status: booking ? (STATUS[booking.status] ?? booking.status) : '',
      trip: booking ? (TRIP[booking.trip_type] ?? booking.trip_type) : '',
      payment: booking ? (PAYMENT[booking.payment_status] ?? booking.payment_status) : '',
    };
  });

  constructor() {
    // A booking opened from a ride or the timeline is brought into view, and again as its driver
    // and photos arrive: the section grows then, and an earlier scroll may have stopped short.
    effect(() => {
      const settling = [this.store.booking, this.store.driver, this.store.photos].some((section) =>
        section.loading(),
      );
      if (!this.store.revealRequested()) {
        return;
      }
      untracked(() => {
        afterNextRender(() => scrollIntoPanel(this.host.nativeElement), {
          injector: this.injector,
        });
        if (!settling) {
          this.store.revealed();
        }
      });
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (!this.store.lookup(this.query())) {
      this.idInput().nativeElement.focus();
    }
  }
}
