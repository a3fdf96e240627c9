import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  viewChild,
} from '@angular/core';
import { ChartConfiguration } from 'chart.js';

import { clockTime } from '../../../shared/time/time-format';
import { StatusPoint, hourlyPoints } from '../state/status-series';
import { chartLettering, hostChart } from './chart-host';
import { ChartTable, ChartTableRow } from './chart-table';
import { ChartColors } from './chart-theme';
import { timeAxis } from './time-axis';

interface XY {
  x: number;
  y: number;
}
type StatusKey = 'active' | 'pending' | 'resolved';

const LINES: readonly { key: StatusKey; label: string }[] = [
  { key: 'active', label: 'Active' },
  { key: 'pending', label: 'Pending' },
  { key: 'resolved', label: 'Resolved' },
];

/**
 * Chats by status through the day, as a line per status, with the same figures in a table for
 * screen readers.
 */
@Component({
  selector: 'app-status-chart',
  imports: [ChartTable],
  template: `
    <h2 id="status-chart-heading">Chats by status today</h2>
    <div class="frame">
      <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
    </div>
    @if (series().length < 2) {
      <p class="note">A point is added every five minutes while the dashboard is open.</p>
    }
    <app-chart-table
      caption="Chats by status, at the last update of each hour"
      [columns]="['Time', 'Active', 'Pending', 'Resolved']"
      [rows]="rows()"
    />
  `,
  styleUrl: './chart-card.scss',
  styles: `
    .note {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChart {
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  /** The day's points, oldest first. */
  readonly series = input.required<readonly StatusPoint[]>();
  /** Larger lettering, for the wallboard. */
  readonly large = input(false);

  // One row an hour: a day stays a short table, and the page does not grow through a shift.
  protected readonly rows = computed((): ChartTableRow[] =>
    hourlyPoints(this.series()).map((point) => ({
      id: point.at,
      label: clockTime(point.at),
      values: [point.active, point.pending, point.resolved],
    })),
  );
  protected readonly summary = computed(() => {
    const last = this.series().at(-1);
    const base = 'Line chart of chats by status today';
    return last
      ? `${base}. At ${clockTime(last.at)}: ${last.active} active, ${last.pending} pending, ` +
          `${last.resolved} resolved. The figures are in the table that follows.`
      : `${base}. No figures yet.`;
  });

  constructor() {
    hostChart(this.canvas, (colors) => this.chartConfig(this.series(), this.large(), colors));
  }

  private chartConfig(
    series: readonly StatusPoint[],
    large: boolean,
    colors: ChartColors,
  ): ChartConfiguration<'line', XY[]> {
    const pointRadius = series.length > 48 ? 0 : 3;
    const last = series.at(-1)?.at ?? Date.now();
    const axis = timeAxis(series[0]?.at ?? last, last);
    const { ticks, grid, legend } = chartLettering(colors, large);
    return {
      type: 'line',
      data: {
        datasets: LINES.map(({ key, label }) => ({
          label,
          data: series.map((point) => ({ x: point.at, y: point[key] })),
          borderColor: colors[key],
          backgroundColor: colors[key],
          borderWidth: large ? 4 : 2,
          pointRadius,
          tension: 0.25,
        })),
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        parsing: false,
        normalized: true,
        interaction: { mode: 'nearest', axis: 'x', intersect: false },
        scales: {
          x: {
            type: 'linear',
            min: axis.min,
            max: axis.max,
            grid,
            // Ticks on round times of the local clock, which plain multiples of a step are not.
            afterBuildTicks: (scale) => {
              scale.ticks = axis.ticks.map((value) => ({ value }));
            },
            ticks: { ...ticks, autoSkip: true, callback: (value) => clockTime(Number(value)) },
          },
          y: { beginAtZero: true, grid, ticks: { ...ticks, precision: 0 } },
        },
        plugins: {
          legend,
          tooltip: { callbacks: { title: (items) => clockTime(items[0]?.parsed.x ?? 0) } },
        },
      },
    };
  }
}
