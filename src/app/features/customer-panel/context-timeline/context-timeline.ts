import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  linkedSignal,
  output,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';

import { ContextType } from '../../../../contract';
import { Clock } from '../../../core/platform/clock';
import { DateTimePipe } from '../format/date-time-pipe';
import { RelativeTimePipe } from '../format/relative-time-pipe';
import { PanelSection } from '../panel-section/panel-section';
import { SectionStatusView } from '../panel-section/section-status-view';
import { CustomerStore } from '../state/customer-store';

/** Events shown before "Show all". */
const FIRST_EVENTS = 6;

const KINDS: Readonly<Record<ContextType, { label: string; icon: string }>> = {
  booking: { label: 'Booking', icon: 'event_available' },
  cancellation: { label: 'Cancellation', icon: 'event_busy' },
  payment: { label: 'Payment', icon: 'payments' },
  refund: { label: 'Refund', icon: 'currency_exchange' },
  complaint: { label: 'Complaint', icon: 'report' },
  ride: { label: 'Ride', icon: 'local_taxi' },
  enquiry: { label: 'Enquiry', icon: 'help' },
};

const UNKNOWN_KIND = { label: 'Update', icon: 'history' };

/** The customer's context changes (booking, cancellation, payment, complaint, ...), newest first. */
@Component({
  selector: 'app-context-timeline',
  imports: [
    DateTimePipe,
    MatButtonModule,
    MatTooltipModule,
    PanelSection,
    RelativeTimePipe,
    SectionStatusView,
  ],
  templateUrl: './context-timeline.html',
  styleUrl: './context-timeline.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContextTimeline {
  protected readonly store = inject(CustomerStore);
  protected readonly clock = inject(Clock);

  /** The executive asked to see a booking of the timeline. */
  readonly openBooking = output<string>();

  protected readonly firstCount = FIRST_EVENTS;
  protected readonly expanded = linkedSignal({
    source: () => this.store.history.key(),
    computation: () => false,
  });
  protected readonly shown = computed(() => {
    const events = this.store.history.value() ?? [];
    return (this.expanded() ? events : events.slice(0, FIRST_EVENTS)).map((event) => ({
      event,
      kind: KINDS[event.context_type] ?? UNKNOWN_KIND,
    }));
  });
}
