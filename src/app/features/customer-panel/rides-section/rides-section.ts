import { ChangeDetectionStrategy, Component, computed, inject, output } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';

import { Ride } from '../../../../contract';
import { Clock } from '../../../core/platform/clock';
import { DateTimePipe } from '../format/date-time-pipe';
import { RelativeTimePipe } from '../format/relative-time-pipe';
import { RupeesPipe } from '../format/rupees-pipe';
import { PanelSection } from '../panel-section/panel-section';
import { SectionStatusView } from '../panel-section/section-status-view';
import { CustomerStore } from '../state/customer-store';

const RIDE_STATUS: Readonly<Record<Ride['status'], string>> = {
  confirmed: 'Confirmed',
  driver_assigned: 'Driver assigned',
  on_trip: 'On trip',
  completed: 'Completed',
  cancelled: 'Cancelled',
};

/** The customer's upcoming rides (each opens its booking) and recent fare searches. */
@Component({
  selector: 'app-rides-section',
  imports: [
    DateTimePipe,
    MatTooltipModule,
    PanelSection,
    RelativeTimePipe,
    RupeesPipe,
    SectionStatusView,
  ],
  template: `
    <app-panel-section heading="Rides" [busy]="store.rides.loading()">
      <app-section-status what="the rides" [skeletonLines]="4" [section]="store.rides" />
      @if (store.rides.value(); as rides) {
        <h4 class="sub">Upcoming</h4>
        @if (upcoming().length === 0) {
          <p class="empty">No upcoming rides.</p>
        } @else {
          <ul class="list" aria-label="Upcoming rides">
            @for (ride of upcoming(); track ride.display_booking_id) {
              <li>
                <button
                  type="button"
                  class="ride"
                  [attr.aria-label]="
                    'Open booking ' +
                    ride.display_booking_id +
                    ', ' +
                    ride.pickup_city +
                    ' to ' +
                    ride.drop_city
                  "
                  (click)="openBooking.emit(ride.display_booking_id)"
                >
                  <span class="route">{{ ride.pickup_city }} → {{ ride.drop_city }}</span>
                  <span class="status" [attr.data-status]="ride.status">{{
                    ride.statusLabel
                  }}</span>
                  <span class="meta">
                    <time [attr.datetime]="ride.pickup_time">{{
                      ride.pickup_time | dateTime
                    }}</time>
                    · {{ ride.pickup_time | relativeTime: clock.now() }}
                  </span>
                  <span class="meta">
                    {{ ride.display_booking_id }} · {{ ride.cab_type }} · {{ ride.fare | rupees }}
                  </span>
                </button>
              </li>
            }
          </ul>
        }
        <h4 class="sub">Search history</h4>
        @if (rides.search_history.length === 0) {
          <p class="empty">No recent fare searches.</p>
        } @else {
          <ul class="list" aria-label="Search history">
            @for (search of rides.search_history; track search.search_id) {
              <li class="search">
                <span class="route">{{ search.pickup_city }} → {{ search.drop_city }}</span>
                <span class="meta">
                  For {{ search.travel_date | dateTime: 'date' }} · {{ search.cab_type }} ·
                  {{ search.quoted_fare | rupees }}
                </span>
                <span class="meta">
                  Searched
                  <time
                    [attr.datetime]="search.searched_at"
                    [matTooltip]="search.searched_at | dateTime"
                    >{{ search.searched_at | relativeTime: clock.now() }}</time
                  >
                </span>
              </li>
            }
          </ul>
        }
      }
    </app-panel-section>
  `,
  styles: `
    @use '../panel-section/section-content';

    .sub {
      margin: 8px 0 4px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 0 0 4px;
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 6px;
    }
    .ride,
    .search {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: 2px 8px;
      width: 100%;
      padding: 8px 10px;
      border-radius: 8px;
      border: 1px solid var(--mat-sys-outline-variant);
      background: var(--mat-sys-surface-container-low);
      color: inherit;
      font: inherit;
      text-align: start;
      box-sizing: border-box;
    }
    .ride {
      cursor: pointer;
    }
    .ride:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .ride:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 1px;
    }
    .route {
      font: var(--mat-sys-label-large);
      overflow-wrap: anywhere;
    }
    .meta {
      grid-column: 1 / -1;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .status {
      @include section-content.pill;
      align-self: start;
      white-space: nowrap;
    }
    .status[data-status='cancelled'] {
      @include section-content.warning-colours;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RidesSection {
  protected readonly store = inject(CustomerStore);
  protected readonly clock = inject(Clock);

  /** The executive asked to see a ride's booking. */
  readonly openBooking = output<string>();

  protected readonly upcoming = computed(() =>
    (this.store.rides.value()?.upcoming_rides ?? []).map((ride) => ({
      ...ride,
      statusLabel: RIDE_STATUS[ride.status] ?? ride.status,
    })),
  );
}
