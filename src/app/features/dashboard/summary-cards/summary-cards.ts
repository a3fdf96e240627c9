import { NgTemplateOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { Params, RouterLink } from '@angular/router';

import { DashboardStats, DriverChatStats, FiguresThen } from '../../../../contract';
import { AN_HOUR_AGO, Against, RiseMeans, Trend, YESTERDAY, trendOf } from './figure-trend';

interface Figure {
  label: string;
  value: number | null;
  /** Drawn as a warning when above zero. */
  alarm?: boolean;
  /** The chat list's query that shows the chats behind the figure. */
  query?: Params;
  /** The change against an earlier moment. */
  trend?: Trend | null;
}

type Compared = keyof Omit<FiguresThen, 'at'>;

/**
 * The headline figures: chats by status right now (against an hour ago), today's totals (against
 * the same time yesterday), and driver chats alone. Each figure opens the chat list showing the
 * chats behind it (the driver figures, the driver and partner chats alone).
 */
@Component({
  selector: 'app-summary-cards',
  imports: [NgTemplateOutlet, RouterLink],
  templateUrl: './summary-cards.html',
  styleUrl: './summary-cards.scss',
  host: { '[class.compact]': 'compact()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryCards {
  /** The team's figures. */
  readonly stats = input.required<DashboardStats>();
  /** Driver / partner chats only, once pushed. */
  readonly driverStats = input<DriverChatStats | null>(null);
  /** Whether the cards are drawn for the wallboard. */
  readonly compact = input(false);

  protected readonly now = computed((): Figure[] => {
    const figure = this.figureOf(this.stats().an_hour_ago, AN_HOUR_AGO);
    return [
      figure('Active', 'active', { filter: 'active' }),
      figure('Pending', 'pending', { filter: 'pending' }),
      figure('Resolved', 'resolved', { filter: 'resolved' }, 'better'),
      { ...figure('Unassigned', 'unassigned', { filter: 'unassigned' }, 'worse'), alarm: true },
    ];
  });

  protected readonly today = computed((): Figure[] => {
    const figure = this.figureOf(this.stats().same_time_yesterday, YESTERDAY);
    return [
      figure('New today', 'new_today', { filter: 'active' }),
      figure('Resolved today', 'resolved_today', { filter: 'resolved' }, 'better'),
      {
        ...figure('SLA breaches', 'sla_breaches_today', { filter: 'sla_breached' }, 'worse'),
        alarm: true,
      },
    ];
  });

  protected readonly driver = computed((): Figure[] => {
    const d = this.driverStats();
    if (!d) {
      return [];
    }
    const drivers = (filter: string): Params => ({ stakeholder: 'driver', filter });
    return [
      { label: 'Active', value: d.active, query: drivers('active') },
      { label: 'Pending', value: d.pending, query: drivers('pending') },
      { label: 'Resolved', value: d.resolved, query: drivers('resolved') },
      { label: 'Unassigned', value: d.unassigned, query: drivers('unassigned') },
      { label: 'New today', value: d.new_today, query: drivers('active') },
      { label: 'Resolved today', value: d.resolved_today, query: drivers('resolved') },
    ];
  });

  private figureOf(then: FiguresThen | undefined, against: Against) {
    const stats = this.stats();
    return (label: string, key: Compared, query: Params, rise: RiseMeans = 'neutral'): Figure => ({
      label,
      value: stats[key],
      query,
      trend: trendOf(stats[key], then?.[key], against, rise),
    });
  }
}
