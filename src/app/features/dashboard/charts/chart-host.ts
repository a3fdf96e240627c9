import { DestroyRef, ElementRef, afterRenderEffect, inject } from '@angular/core';
import { ChartConfiguration, ChartType, DefaultDataPoint } from 'chart.js';

import { Chart } from './chart-registry';
import { ChartColors, ChartTheme, resolveChartColors } from './chart-theme';

/**
 * Keeps one chart on a component's canvas: drawn after the first render, redrawn in place (no
 * animation) whenever a signal `configure` reads changes or the theme's colours may have, and
 * destroyed with the component. Call it from the component's constructor.
 *
 * @param canvas The canvas to draw on, usually a required view child.
 * @param configure The chart for the colours in use; the signals it reads are tracked.
 */
export function hostChart<
  TType extends ChartType,
  TData = DefaultDataPoint<TType>,
  TLabel = unknown,
>(
  canvas: () => ElementRef<HTMLCanvasElement>,
  configure: (colors: ChartColors) => ChartConfiguration<TType, TData, TLabel>,
): void {
  const host = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
  const theme = inject(ChartTheme);
  let chart: Chart<TType, TData, TLabel> | null = null;

  afterRenderEffect({
    write: () => {
      theme.version();
      const config = configure(resolveChartColors(host));
      if (!chart) {
        chart = new Chart(canvas().nativeElement, config);
        return;
      }
      if (config.data.labels) {
        chart.data.labels = config.data.labels;
      }
      chart.data.datasets = config.data.datasets;
      if (config.options) {
        chart.options = config.options;
      }
      chart.update('none');
    },
  });
  inject(DestroyRef).onDestroy(() => chart?.destroy());
}

/** Tick, grid and legend styles the dashboard's charts share: larger lettering on the wallboard. */
export function chartLettering(colors: ChartColors, large: boolean) {
  // On the wallboard the lettering follows the screen, as the page's own type does.
  const size = large
    ? Math.round(Math.min(48, Math.max(14, Math.min(innerWidth * 0.011, innerHeight * 0.02))))
    : 12;
  return {
    ticks: { color: colors.text, font: { size } },
    grid: { color: colors.grid },
    legend: {
      position: 'bottom' as const,
      labels: { color: colors.text, font: { size }, boxWidth: 12 },
    },
  };
}
