import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { DashboardStats, DriverChatStats } from '../../../../contract';

interface Figure {
  label: string;
  value: number | null;
  /** Drawn as a warning when above zero. */
  alarm?: boolean;
}

/** The headline figures: chats by status right now, today's totals, and driver chats alone. */
@Component({
  selector: 'app-summary-cards',
  imports: [NgTemplateOutlet],
  template: `
    <ng-template #cards let-figures let-small="small">
      <dl class="cards" [class.small]="small">
        @for (figure of figures; track figure.label) {
          <div class="card" [class.alarm]="figure.alarm && !!figure.value">
            <dt>{{ figure.label }}</dt>
            <dd>{{ figure.value ?? '–' }}</dd>
          </div>
        }
      </dl>
    </ng-template>
    <section class="group" aria-labelledby="now-heading">
      <h2 id="now-heading">Right now</h2>
      <ng-container *ngTemplateOutlet="cards; context: { $implicit: now() }" />
    </section>
    <section class="group" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      <ng-container *ngTemplateOutlet="cards; context: { $implicit: today() }" />
    </section>
    <section class="group driver" aria-labelledby="driver-heading">
      <h2 id="driver-heading">Driver and partner chats only</h2>
      @if (driver().length) {
        <ng-container *ngTemplateOutlet="cards; context: { $implicit: driver(), small: true }" />
      } @else {
        <p class="waiting">Driver chat figures appear with the next update.</p>
      }
    </section>
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(0, 4fr) minmax(0, 3fr);
      gap: 12px 16px;
    }
    .driver {
      grid-column: 1 / -1;
    }
    h2 {
      margin: 0 0 8px;
      font: var(--dash-heading-font, var(--mat-sys-title-small));
      color: var(--mat-sys-on-surface-variant);
    }
    .cards {
      display: grid;
      grid-auto-flow: column;
      grid-auto-columns: minmax(0, 1fr);
      gap: 8px;
      margin: 0;
    }
    .card {
      padding: var(--dash-card-padding, 12px 14px);
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
      border: 1px solid var(--mat-sys-outline-variant);
      min-width: 0;
    }
    .card.alarm {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: transparent;
    }
    dt {
      font: var(--dash-label-font, var(--mat-sys-label-large));
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    dd {
      margin: 4px 0 0;
      font: var(--dash-value-font, var(--mat-sys-display-small));
      font-variant-numeric: tabular-nums;
    }
    .small dt {
      font: var(--dash-small-label-font, var(--dash-label-font, var(--mat-sys-label-large)));
    }
    .small dd {
      font: var(--dash-small-value-font, var(--mat-sys-headline-small));
    }
    .waiting {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    /* On the wallboard the driver figures shrink to one line, leaving room for the board. */
    :host(.compact) .driver {
      display: flex;
      align-items: baseline;
      gap: 16px;
    }
    :host(.compact) .driver h2 {
      margin: 0;
      white-space: nowrap;
    }
    :host(.compact) .small {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 24px;
    }
    :host(.compact) .small .card {
      display: flex;
      align-items: baseline;
      gap: 8px;
      padding: 0;
      border: 0;
      background: none;
    }
    :host(.compact) .small dd {
      margin: 0;
    }
  `,
  host: { '[class.compact]': 'compact()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryCards {
  /** The team's figures. */
  readonly stats = input.required<DashboardStats>();
  /** Driver / partner chats only, once pushed. */
  readonly driverStats = input<DriverChatStats | null>(null);
  /** Whether the driver figures take one line (the wallboard). */
  readonly compact = input(false);

  protected readonly now = computed((): Figure[] => {
    const s = this.stats();
    return [
      { label: 'Active', value: s.active },
      { label: 'Pending', value: s.pending },
      { label: 'Resolved', value: s.resolved },
      { label: 'Unassigned', value: s.unassigned, alarm: true },
    ];
  });

  protected readonly today = computed((): Figure[] => {
    const s = this.stats();
    return [
      { label: 'New today', value: s.new_today },
      { label: 'Resolved today', value: s.resolved_today },
      { label: 'SLA breaches', value: s.sla_breaches_today, alarm: true },
    ];
  });

  protected readonly driver = computed((): Figure[] => {
    const d = this.driverStats();
    if (!d) {
      return [];
    }
    return [
      { label: 'Active', value: d.active },
      { label: 'Pending', value: d.pending },
      { label: 'Resolved', value: d.resolved },
      { label: 'Unassigned', value: d.unassigned },
      { label: 'New today', value: d.new_today },
      { label: 'Resolved today', value: d.resolved_today },
    ];
  });
}
