import { ComponentFixture, TestBed } from '@angular/core/testing';

import { canvasOf, tableRows } from '../testing/chart-testing';
import { aLoad } from '../testing/dashboard-fixtures';
import { Chart } from './chart-registry';
import { LoadChart } from './load-chart';

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
