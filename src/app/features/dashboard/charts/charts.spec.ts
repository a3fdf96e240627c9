import { ComponentFixture, TestBed } from '@angular/core/testing';

import { aLoad } from '../testing/dashboard-fixtures';
import { StatusPoint } from '../state/status-series';
import { Chart } from './chart-registry';
import { resolveChartColors } from './chart-theme';
import { LoadChart } from './load-chart';
import { StatusChart } from './status-chart';

const T0 = new Date(2026, 10, 25, 14, 0).getTime();
const point = (minutes: number, active: number): StatusPoint => ({
  at: T0 + minutes * 60_000,
  active,
  pending: 2,
  resolved: 30,
});

function canvasOf(fixture: ComponentFixture<unknown>): HTMLCanvasElement {
  return (fixture.nativeElement as HTMLElement).querySelector('canvas')!;
}

function tableRows(fixture: ComponentFixture<unknown>): string[][] {
  const rows = (fixture.nativeElement as HTMLElement).querySelectorAll('tbody tr');
  return Array.from(rows).map((row) =>
    Array.from(row.children).map((cell) => cell.textContent?.trim() ?? ''),
  );
}

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

  it('gives the same figures as text: a summary and a table', () => {
    expect(canvasOf(fixture).getAttribute('role')).toBe('img');
    expect(canvasOf(fixture).getAttribute('aria-label')).toContain(
      'At 14:05: 12 active, 2 pending, 30 resolved.',
    );
    expect(tableRows(fixture)).toEqual([
      ['14:00', '10', '2', '30'],
      ['14:05', '12', '2', '30'],
    ]);
  });

  it('redraws the same chart when a point arrives', () => {
    const chart = Chart.getChart(canvasOf(fixture));
    fixture.componentRef.setInput('series', [point(0, 10), point(5, 12), point(10, 15)]);
    fixture.detectChanges();
    TestBed.tick();
    expect(Chart.getChart(canvasOf(fixture))).toBe(chart);
    expect(chart?.data.datasets[0].data.length).toBe(3);
    expect(tableRows(fixture).length).toBe(3);
  });

  it('lets go of the chart when it leaves the page', () => {
    const canvas = canvasOf(fixture);
    fixture.destroy();
    expect(Chart.getChart(canvas)).toBeUndefined();
  });
});

describe('LoadChart', () => {
  let fixture: ComponentFixture<LoadChart>;

  beforeEach(() => {
    fixture = TestBed.createComponent(LoadChart);
    fixture.componentRef.setInput('executives', [
      aLoad({ executive_id: 'p', name: 'Priya Sharma', open_chats: 2, waiting_chats: 1 }),
      aLoad({ executive_id: 'a', name: 'Asha Nair', open_chats: 6, waiting_chats: 3 }),
      aLoad({
        executive_id: 'r',
        name: 'Rahul Venkataraman Iyer',
        status: 'offline',
        open_chats: 1,
        waiting_chats: 0,
      }),
    ]);
    fixture.detectChanges();
    TestBed.tick();
  });

  it('draws open and waiting chats per executive', () => {
    const chart = Chart.getChart(canvasOf(fixture));
    expect(chart?.data.labels).toEqual(['Asha Nair', 'Priya Sharma', 'Rahul Venkatara…']);
    expect(chart?.data.datasets.map((d) => d.data)).toEqual([
      [6, 2, 1],
      [3, 1, 0],
    ]);
  });

  it('gives the figures as a table with full names and presence', () => {
    expect(tableRows(fixture)).toEqual([
      ['Asha Nair', '6', '3'],
      ['Priya Sharma', '2', '1'],
      ['Rahul Venkataraman Iyer (offline)', '1', '0'],
    ]);
    expect(canvasOf(fixture).getAttribute('aria-label')).toContain(
      'Most open chats: Asha Nair, 6.',
    );
  });
});

describe('resolveChartColors', () => {
  it('turns theme tokens into colours a canvas can use', () => {
    const host = document.createElement('div');
    host.style.setProperty('--mat-sys-primary', '#0061a4');
    document.body.appendChild(host);
    try {
      const colors = resolveChartColors(host);
      expect(colors.active).toBe('rgb(0, 97, 164)');
      expect(Object.values(colors).every((c) => c.startsWith('rgb'))).toBeTrue();
      expect(host.children.length).toBe(0);
    } finally {
      host.remove();
    }
  });
});
