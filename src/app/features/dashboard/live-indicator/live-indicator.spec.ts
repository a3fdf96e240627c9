import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ConnectionState } from '../../../core/realtime/chat-gateway';
import { LiveIndicator } from './live-indicator';
import { clockTime } from '../../../shared/time/time-format';

describe('LiveIndicator', () => {
  let fixture: ComponentFixture<LiveIndicator>;

  function render(state: ConnectionState, staleSince: number | null = null): HTMLElement {
    fixture = TestBed.createComponent(LiveIndicator);
    fixture.componentRef.setInput('state', state);
    fixture.componentRef.setInput('staleSince', staleSince);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const at1402 = new Date(2026, 10, 25, 14, 2, 30).getTime();

  it('says Live while connected', () => {
    const el = render('connected');
    expect(el.textContent?.trim()).toBe('Live');
    expect(el.getAttribute('role')).toBe('status');
    expect(el.classList).toContain('live');
  });

  it('says since when the figures are stale while reconnecting', () => {
    const el = render('reconnecting', at1402);
    expect(el.textContent?.trim()).toBe(`Stale since ${clockTime(at1402)} — reconnecting`);
    expect(el.classList).toContain('stale');
  });

  it('says when the connection has stopped', () => {
    expect(render('offline', at1402).textContent?.trim()).toBe(
      `Stale since ${clockTime(at1402)} — not connected`,
    );
  });

  it('says it is connecting before the first connection', () => {
    expect(render('connecting').textContent?.trim()).toBe('Connecting…');
  });
});
