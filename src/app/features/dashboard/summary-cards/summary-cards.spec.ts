import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { aDriverStats, aStats, later } from '../testing/dashboard-fixtures';
import { SummaryCards } from './summary-cards';

describe('SummaryCards', () => {
  let fixture: ComponentFixture<SummaryCards>;
  const el = () => fixture.nativeElement as HTMLElement;

  function cards(section: string): HTMLElement[] {
    const group = el().querySelector(`[aria-labelledby="${section}"]`)!;
    return Array.from(group.querySelectorAll<HTMLElement>('.card'));
  }

  function figures(section: string): Record<string, string> {
    return Object.fromEntries(
      cards(section).map((card) => [
        card.querySelector('.label')?.textContent?.trim(),
        card.querySelector('.value')?.textContent?.trim(),
      ]),
    );
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
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
    const alarms = el().querySelectorAll('.card.alarm .label');
    expect(Array.from(alarms).map((label) => label.textContent?.trim())).toEqual(['SLA breaches']);
  });

  it('opens the chat list behind each team figure, as a link', () => {
    const hrefs = [...cards('now-heading'), ...cards('today-heading')].map((card) => [
      card.tagName,
      card.getAttribute('href'),
    ]);
    expect(hrefs).toEqual([
      ['A', '/chats?filter=active'],
      ['A', '/chats?filter=pending'],
      ['A', '/chats?filter=resolved'],
      ['A', '/chats?filter=unassigned'],
      ['A', '/chats?filter=active'],
      ['A', '/chats?filter=resolved'],
      ['A', '/chats?filter=sla_breached'],
    ]);
  });

  it('shows the change against an hour ago and yesterday, and says it to screen readers', () => {
    const figuresThen = {
      active: 9,
      pending: 3,
      resolved: 38,
      unassigned: 0,
      new_today: 25,
      resolved_today: 18,
      sla_breaches_today: 0,
    };
    fixture.componentRef.setInput(
      'stats',
      aStats({
        unassigned: 2,
        an_hour_ago: { ...figuresThen, at: later(-3600_000) },
        same_time_yesterday: { ...figuresThen, at: later(-24 * 3600_000) },
      }),
    );
    fixture.detectChanges();
    const trend = (section: string, index: number) => cards(section)[index].querySelector('.trend');
    expect(trend('now-heading', 0)?.textContent).toContain('▲ 3 vs 1 h ago');
    expect(trend('now-heading', 1)?.textContent).toContain('= 1 h ago');
    expect(trend('now-heading', 3)?.classList).toContain('worse');
    expect(trend('today-heading', 0)?.textContent).toContain('▼ 5 vs yesterday');
    expect(trend('today-heading', 2)?.classList).toContain('worse');
    expect(cards('now-heading')[0].textContent).toContain('up 3 on an hour ago');
  });

  it('shows no trend when the back end does not send the earlier figures', () => {
    expect(el().querySelector('.trend')).toBeNull();
  });

  it('shows driver chats once they are pushed', () => {
    expect(el().textContent).toContain('Driver chat figures appear with the next update.');
    fixture.componentRef.setInput('driverStats', aDriverStats());
    fixture.detectChanges();
    expect(figures('driver-heading')['Active']).toBe('5');
    expect(figures('driver-heading')['New today']).toBe('6');
    expect(cards('driver-heading').map((card) => card.getAttribute('href'))).toEqual([
      '/chats?stakeholder=driver&filter=active',
      '/chats?stakeholder=driver&filter=pending',
      '/chats?stakeholder=driver&filter=resolved',
      '/chats?stakeholder=driver&filter=unassigned',
      '/chats?stakeholder=driver&filter=active',
      '/chats?stakeholder=driver&filter=resolved',
    ]);
  });
});
