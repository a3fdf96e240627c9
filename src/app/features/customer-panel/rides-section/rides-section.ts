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
  templateUrl: './rides-section.html',
  styleUrl: './rides-section.scss',
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
