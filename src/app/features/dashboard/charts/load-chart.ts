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

import { ExecutiveLoad } from '../../../core/api/models';
import { Chart } from './chart-registry';
import { ChartColors, ChartTheme, resolveChartColors } from './chart-theme';

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
  template: `
    <h2 id="load-chart-heading">Load per executive</h2>
    <div class="frame" [style.min-height.px]="minHeight()">
      <canvas #canvas role="img" [attr.aria-label]="summary()"></canvas>
    </div>
    <table class="visually-hidden">
      <caption>
        Open and waiting chats per executive
      </caption>
      <thead>
        <tr>
          <th scope="col">Executive</th>
          <th scope="col">Open chats</th>
          <th scope="col">Waiting for reply</th>
        </tr>
      </thead>
      <tbody>
        @for (bar of bars(); track bar.id) {
          <tr>
            <th scope="row">{{ bar.label }}</th>
            <td>{{ bar.open }}</td>
            <td>{{ bar.waiting }}</td>
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LoadChart {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  private readonly theme = inject(ChartTheme);
  private readonly canvas = viewChild.required<ElementRef<HTMLCanvasElement>>('canvas');
  private chart: Chart<'bar', number[], string> | null = null;

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
    afterRenderEffect({
      write: () => {
        const bars = this.bars();
        const large = this.large();
        this.theme.version();
        this.draw(bars, large, resolveChartColors(this.host));
      },
    });
    inject(DestroyRef).onDestroy(() => this.chart?.destroy());
  }

  private draw(bars: readonly LoadBar[], large: boolean, colors: ChartColors): void {
    const labels = bars.map((bar) => bar.short);
    const datasets = [
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
    ];
    const options = this.options(colors, large ? 18 : 12);
    if (this.chart) {
      this.chart.data.labels = labels;
      this.chart.data.datasets = datasets;
      this.chart.options = options;
      this.chart.update('none');
      return;
    }
    this.chart = new Chart<'bar', number[], string>(this.canvas().nativeElement, {
      type: 'bar',
      data: { labels, datasets },
      options,
    });
  }

  private options(colors: ChartColors, fontSize: number): ChartOptions<'bar'> {
    const ticks = { color: colors.text, font: { size: fontSize } };
    const grid = { color: colors.grid };
    return {
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
      plugins: {
        legend: {
          position: 'bottom',
          labels: { color: colors.text, font: { size: fontSize }, boxWidth: 12 },
        },
      },
    };
  }
}
