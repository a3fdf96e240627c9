import { ComponentFixture, TestBed } from '@angular/core/testing';

import { aDriverStats, aStats } from '../testing/dashboard-fixtures';
import { SummaryCards } from './summary-cards';

describe('SummaryCards', () => {
  let fixture: ComponentFixture<SummaryCards>;

  function figures(section: string): Record<string, string> {
    const el = fixture.nativeElement as HTMLElement;
    const group = el.querySelector(`[aria-labelledby="${section}"]`)!;
    return Object.fromEntries(
      Array.from(group.querySelectorAll('.card')).map((card) => [
        card.querySelector('dt')?.textContent?.trim(),
        card.querySelector('dd')?.textContent?.trim(),
      ]),
    );
  }

  beforeEach(() => {
    fixture = TestBed.createComponent(SummaryCards);
    fixture.componentRef.setInput('stats', aStats({ unassigned: 0 }));
    fixture.detectChanges();
  });

  it('shows chats by status now and today’s totals', () => {
    expect(figures('now-heading')).toEqual({
      Active: '12',
      Pending: '3',
      Resolved: '40',
      Unassigned: '0',
    });
    expect(figures('today-heading')).toEqual({
      'New today': '20',
      'Resolved today': '18',
      'SLA breaches': '2',
    });
  });

  it('marks breaches and unassigned chats only when there are some', () => {
    const alarms = (fixture.nativeElement as HTMLElement).querySelectorAll('.card.alarm dt');
    expect(Array.from(alarms).map((dt) => dt.textContent?.trim())).toEqual(['SLA breaches']);
  });

  it('shows driver chats once they are pushed', () => {
    const el = fixture.nativeElement as HTMLElement;
    expect(el.textContent).toContain('Driver chat figures appear with the next update.');
    fixture.componentRef.setInput('driverStats', aDriverStats());
    fixture.detectChanges();
    expect(figures('driver-heading')['Active']).toBe('5');
    expect(figures('driver-heading')['New today']).toBe('6');
  });
});
