import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  input,
  viewChild,
} from '@angular/core';
import { ChartConfiguration } from 'chart.js';

import { ExecutiveLoad } from '../../../../contract';
import { chartLettering, hostChart } from './chart-host';
import { ChartTable, ChartTableRow } from './chart-table';
import { ChartColors } from './chart-theme';

interface LoadBar {
  id: string;
  label: string;
  /** What the axis shows: the canvas has no room for long names, the table does. */
  short: string;
  open: number;
  waiting: number;
}

const MAX_AXIS_NAME = 16;

function shortName(name: string): string {
  const trimmed = name.trim();
  return trimmed.length > MAX_AXIS_NAME ? `${trimmed.slice(0, MAX_AXIS_NAME - 1)}…` : trimmed;
}

/**
 * Open and waiting chats per executive as grouped bars, with the same figures in a table for
 * screen readers.
 */
@Component({
  selector: 'app-load-chart',
  imports: [ChartTable],
  template: `
    <h2 id="load-chart-heading">Load per executive</h2>
    <div class="frame" [style.min-height.px]="minHeight()">
      <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
    </div>
    <app-chart-table
      caption="Open and waiting chats per executive"
      [columns]="['Executive', 'Open chats', 'Waiting for reply']"
      [rows]="tableRows()"
    />
  `,
  styleUrl: './chart-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadChart {
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');

  /** The executives and their load. */
  readonly executives = input.required<readonly ExecutiveLoad[]>();
  /** Larger lettering, for the wallboard. */
  readonly large = input(false);

  protected readonly bars = computed((): LoadBar[] =>
    [...this.executives()]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((row) => ({
        id: row.executive_id,
        label: row.status === 'online' ? row.name : `${row.name} (offline)`,
        short: shortName(row.name),
        open: row.open_chats,
        waiting: row.waiting_chats,
      })),
  );
  protected readonly tableRows = computed((): ChartTableRow[] =>
    this.bars().map((bar) => ({ id: bar.id, label: bar.label, values: [bar.open, bar.waiting] })),
  );
  /** Room for two bars and a name per executive, plus the axis and legend. */
  protected readonly minHeight = computed(() => 72 + this.bars().length * 30);
  protected readonly summary = computed(() => {
    const bars = this.bars();
    if (!bars.length) {
      return 'Bar chart of open and waiting chats per executive. No executives yet.';
    }
    const busiest = bars.reduce((top, bar) => (bar.open > top.open ? bar : top));
    return (
      `Bar chart of open and waiting chats per executive. Most open chats: ${busiest.label}, ` +
      `${busiest.open}. The figures are in the table that follows.`
    );
  });

  constructor() {
    hostChart(this.canvas, (colors) => this.chartConfig(this.bars(), this.large(), colors));
  }

  private chartConfig(
    bars: readonly LoadBar[],
    large: boolean,
    colors: ChartColors,
  ): ChartConfiguration<'bar', number[], string> {
    const { ticks, grid, legend } = chartLettering(colors, large);
    return {
      type: 'bar',
      data: {
        labels: bars.map((bar) => bar.short),
        datasets: [
          {
            label: 'Open chats',
            data: bars.map((bar) => bar.open),
            backgroundColor: colors.open,
            borderRadius: 4,
          },
          {
            label: 'Waiting for reply',
            data: bars.map((bar) => bar.waiting),
            backgroundColor: colors.waiting,
            borderRadius: 4,
          },
        ],
      },
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        // Bars run sideways, so names of any length stay readable.
        indexAxis: 'y',
        scales: {
          x: { beginAtZero: true, grid, ticks: { ...ticks, precision: 0 } },
          // Every executive keeps a name on the axis; the chart grows with the team instead.
          y: { grid: { display: false }, ticks: { ...ticks, autoSkip: false } },
        },
        plugins: { legend },
      },
    };
  }
}
