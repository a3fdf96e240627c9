import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterRenderEffect,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { ChartOptions } from 'chart.js';

import { clockTime } from '../format/wait-duration';
import { StatusPoint, hourlyPoints } from '../state/status-series';
import { Chart } from './chart-registry';
import { ChartColors, ChartTheme, resolveChartColors } from './chart-theme';
import { TimeAxis, timeAxis } from './time-axis';

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
  template: `
    <h2 id="status-chart-heading">Chats by status today</h2>
    <div class="frame">
      <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
    </div>
    @if (series().length < 2) {
      <p class="note">A point is added every five minutes while the dashboard is open.</p>
    }
    <table class="visually-hidden">
      <caption>
        Chats by status, at the last update of each hour
      </caption>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Active</th>
          <th scope="col">Pending</th>
          <th scope="col">Resolved</th>
        </tr>
      </thead>
      <tbody>
        @for (row of rows(); track row.at) {
          <tr>
            <th scope="row">{{ row.time }}</th>
            <td>{{ row.active }}</td>
            <td>{{ row.pending }}</td>
            <td>{{ row.resolved }}</td>
          </tr>
        }
      </tbody>
    </table>
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-width: 0;
      padding: 12px 16px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
    }
    h2 {
      margin: 0 0 8px;
      font: var(--dash-heading-font, var(--mat-sys-title-medium));
    }
    .frame {
      position: relative;
      height: var(--dash-chart-height, 220px);
    }
    .note {
      margin: 4px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChart {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly theme = inject(ChartTheme);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'line', XY[]> | null = null;

  /** The day's points, oldest first. */
  readonly series = input.required<readonly StatusPoint[]>();
  /** Larger lettering, for the wallboard. */
  readonly large = input(false);

  // One row an hour: a day stays a short table, and the page does not grow through a shift.
  protected readonly rows = computed(() =>
    hourlyPoints(this.series()).map((point) => ({ ...point, time: clockTime(point.at) })),
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
    afterRenderEffect({
      write: () => {
        const series = this.series();
        const large = this.large();
        this.theme.version();
        this.draw(series, large, resolveChartColors(this.host));
      },
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private draw(series: readonly StatusPoint[], large: boolean, colors: ChartColors): void {
    const pointRadius = series.length > 48 ? 0 : 3;
    const datasets = LINES.map(({ key, label }) => ({
      label,
      data: series.map((point) => ({ x: point.at, y: point[key] })),
      borderColor: colors[key],
      backgroundColor: colors[key],
      borderWidth: large ? 4 : 2,
      pointRadius,
      tension: 0.25,
    }));
    const last = series.at(-1)?.at ?? Date.now();
    const axis = timeAxis(series[0]?.at ?? last, last);
    const options = this.options(colors, large ? 18 : 12, axis);
    if (this.chart) {
      this.chart.data.datasets = datasets;
      this.chart.options = options;
      this.chart.update('none');
      return;
    }
    this.chart = new Chart<'line', XY[]>(this.canvas().nativeElement, {
      type: 'line',
      data: { datasets },
      options,
    });
  }

  private options(colors: ChartColors, fontSize: number, axis: TimeAxis): ChartOptions<'line'> {
    const ticks = { color: colors.text, font: { size: fontSize } };
    const grid = { color: colors.grid };
    return {
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
        legend: {
          position: 'bottom',
          labels: { color: colors.text, font: { size: fontSize }, boxWidth: 12 },
        },
        tooltip: { callbacks: { title: (items) => clockTime(items[0]?.parsed.x ?? 0) } },
      },
    };
  }
}
