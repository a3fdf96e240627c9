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
 * the chat, then shows it with its driver and their photos. A lookup box bound to a signal, not a
 * reactive form: the store checks the id, for typed ids and the ones picked from the chat alike.
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
  templateUrl: './booking-lookup.html',
  styleUrl: './booking-lookup.scss',
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
