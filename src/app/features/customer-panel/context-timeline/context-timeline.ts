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
  template: `
    <app-panel-section heading="Context history" [busy]="store.history.loading()">
      <app-section-status what="the context history" [section]="store.history" />
      @if (store.history.value(); as all) {
        @if (all.length === 0) {
          <p class="empty">No bookings, payments or complaints on record for this customer yet.</p>
        } @else {
          <ol class="timeline" aria-label="Context changes, newest first">
            @for (item of shown(); track item.event.event_id) {
              <li class="event" [attr.data-type]="item.event.context_type">
                <span class="material-symbols-outlined icon" aria-hidden="true">{{
                  item.kind.icon
                }}</span>
                <div class="text">
                  <div class="line">
                    <span class="kind">{{ item.kind.label }}</span>
                    <time
                      class="when"
                      [attr.datetime]="item.event.created_at"
                      [matTooltip]="item.event.created_at | dateTime"
                      >{{ item.event.created_at | relativeTime: clock.now() }}</time
                    >
                  </div>
                  <p class="summary">{{ item.event.summary }}</p>
                  @if (item.event.display_booking_id; as bookingId) {
                    <button
                      mat-button
                      type="button"
                      class="booking"
                      [attr.aria-label]="'Open booking ' + bookingId"
                      (click)="openBooking.emit(bookingId)"
                    >
                      {{ bookingId }}
                    </button>
                  }
                </div>
              </li>
            }
          </ol>
          @if (all.length > firstCount) {
            <button mat-button type="button" (click)="expanded.set(!expanded())">
              {{ expanded() ? 'Show fewer' : 'Show all ' + all.length }}
            </button>
          }
        }
      }
    </app-panel-section>
  `,
  styles: `
    .empty {
      margin: 4px 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .event {
      position: relative;
      display: grid;
      grid-template-columns: 28px 1fr;
      gap: 8px;
      padding: 6px 0;
    }
    .event:not(:last-child)::before {
      content: '';
      position: absolute;
      left: 13px;
      top: 32px;
      bottom: -6px;
      width: 2px;
      background: var(--mat-sys-outline-variant);
    }
    .icon {
      width: 28px;
      height: 28px;
      border-radius: 50%;
      display: grid;
      place-items: center;
      font-size: 18px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
    [data-type='complaint'] .icon,
    [data-type='cancellation'] .icon {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .text {
      min-width: 0;
    }
    .line {
      display: flex;
      justify-content: space-between;
      gap: 8px;
    }
    .kind {
      font: var(--mat-sys-label-large);
    }
    .when {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      white-space: nowrap;
    }
    .summary {
      margin: 2px 0 0;
      overflow-wrap: anywhere;
    }
    .booking {
      margin-left: -12px;
      font-variant-numeric: tabular-nums;
    }
  `,
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
