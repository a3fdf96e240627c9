import { ComponentFixture, TestBed } from '@angular/core/testing';

import { StatusPoint } from '../state/status-series';
import { canvasOf, tableRows } from '../testing/chart-testing';
import { Chart } from './chart-registry';
import { StatusChart } from './status-chart';
import { clockTime } from '../../../shared/time/time-format';

const T0 = new Date(2026, 10, 25, 14, 0).getTime();
const point = (minutes: number, active: number): StatusPoint => ({
  at: T0 + minutes * 60_000,
  active,
  pending: 2,
  resolved: 30,
});

describe('StatusChart', () => {
  let fixture: ComponentFixture<StatusChart>;

  beforeEach(() => {
    fixture = TestBed.createComponent(StatusChart);
    fixture.componentRef.setInput('series', [point(0, 10), point(5, 12)]);
    fixture.detectChanges();
    TestBed.tick();
  });

  it('draws a line per status on a canvas', () => {
    const chart = Chart.getChart(canvasOf(fixture));
    expect(chart?.data.datasets.map((d) => d.label)).toEqual(['Active', 'Pending', 'Resolved']);
    expect(chart?.data.datasets[0].data).toEqual([
      { x: T0, y: 10 },
      { x: T0 + 300_000, y: 12 },
    ]);
  });

  it('gives the figures as text: a summary, and a table row per hour', () => {
    expect(canvasOf(fixture).getAttribute('role')).toBe('img');
    expect(canvasOf(fixture).getAttribute('aria-label')).toContain(
      `At ${clockTime(T0 + 300_000)}: 12 active, 2 pending, 30 resolved.`,
    );
    expect(tableRows(fixture)).toEqual([[clockTime(T0 + 300_000), '12', '2', '30']]);
  });

  it('redraws the same chart when a point arrives', () => {
    const chart = Chart.getChart(canvasOf(fixture));
    fixture.componentRef.setInput('series', [point(0, 10), point(5, 12), point(10, 15)]);
    fixture.detectChanges();
    TestBed.tick();
    expect(Chart.getChart(canvasOf(fixture))).toBe(chart);
    expect(chart?.data.datasets[0].data.length).toBe(3);
    expect(tableRows(fixture)).toEqual([[clockTime(T0 + 600_000), '15', '2', '30']]);
  });

  it('lets go of the chart when it leaves the page', () => {
    const canvas = canvasOf(fixture);
    fixture.destroy();
    expect(Chart.getChart(canvas)).toBeUndefined();
  });
});
