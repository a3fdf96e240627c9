import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';

import { anAlert } from '../testing/dashboard-fixtures';
import { SlaFeed } from './sla-feed';

describe('SlaFeed', () => {
  let fixture: ComponentFixture<SlaFeed>;

  function render(inputs: Record<string, unknown>): HTMLElement {
    fixture = TestBed.createComponent(SlaFeed);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
  });

  it('links each alert to its chat', () => {
    const el = render({
      alerts: [
        anAlert({ alert_id: 'b', chat_id: 'chat-2', customer_name: 'Kavya', level: 'breach' }),
        anAlert({ alert_id: 'a', chat_id: 'chat-1', customer_name: 'Ravi Kumar' }),
      ],
      names: new Map([['exec-asha', 'Asha Nair']]),
    });
    const links = Array.from(el.querySelectorAll('a'));
    expect(links.map((a) => a.getAttribute('href'))).toEqual(['/chats/chat-2', '/chats/chat-1']);
    expect(links[0].getAttribute('aria-label')).toMatch(
      /^Open chat with Kavya: past the first reply limit, Asha Nair, at \d\d?:\d\d:\d\d( [AaPp][Mm])?$/,
    );
    expect(links[1].textContent).toContain('Nearing the first reply limit · Asha Nair');
  });

  it('names the customer by number when the name is blank or a stand-in, and unassigned waits', () => {
    const el = render({
      alerts: [
        anAlert({ customer_name: ' ', executive_id: null, kind: 'next_reply' }),
        anAlert({ alert_id: 'a-stand-in', customer_name: 'WhatsApp 0007' }),
      ],
    });
    expect(
      Array.from(el.querySelectorAll('.customer')).map((customer) => customer.textContent),
    ).toEqual(['+91 98000 00007', '+91 98000 00007']);
    expect(el.querySelector('.detail')?.textContent).toBe(
      'Nearing the next reply limit · Unassigned',
    );
  });

  it('shows no more than its limit', () => {
    const alerts = Array.from({ length: 12 }, (_, i) => anAlert({ alert_id: `a${i}` }));
    expect(render({ alerts, limit: 8 }).querySelectorAll('li').length).toBe(8);
  });

  it('says what will appear when there are no alerts', () => {
    expect(render({ alerts: [] }).textContent).toContain('No SLA alerts since you opened');
  });
});
