import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { of } from 'rxjs';

import { anEvent } from '../testing/panel-fixtures';
import {
  CUSTOMER_SUBJECT,
  PanelApis,
  failure,
  panelApis,
  renderSection,
} from '../testing/panel-testing';
import { ContextTimeline } from './context-timeline';

const NUMBER = CUSTOMER_SUBJECT.number;

describe('ContextTimeline', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<ContextTimeline>;

  async function render(): Promise<void> {
    fixture = await renderSection(ContextTimeline, apis, CUSTOMER_SUBJECT);
  }

  function items(): string[] {
    return [...fixture.nativeElement.querySelectorAll('li.event')].map((li: HTMLElement) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
  }

  beforeEach(() => (apis = panelApis()));

  it('lists the context changes newest first, with relative times', async () => {
    await render();
    const [first, second] = items();
    expect(first).toContain('Booking');
    expect(first).toContain('Booked a Sedan from Chennai to Pondicherry');
    expect(first).toContain('1 day ago');
    expect(second).toContain('Payment');
    expect(second).toContain('11 days ago');
  });

  it('opens a booking named in the timeline', async () => {
    await render();
    const opened = jasmine.createSpy('openBooking');
    fixture.componentInstance.openBooking.subscribe(opened);
    const button = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatButtonHarness.with({ text: 'OW2506847' }),
    );
    await button.click();
    expect(opened).toHaveBeenCalledWith('OW2506847');
  });

  it('shows six events, then all of them on request', async () => {
    apis.py.fetchContextHistory.and.returnValue(
      of({
        customer_number: NUMBER,
        events: Array.from({ length: 9 }, (_, i) =>
          anEvent({ event_id: `e${i}`, created_at: `2026-11-0${i + 1}T10:00:00.000Z` }),
        ),
      }),
    );
    await render();
    expect(items().length).toBe(6);
    const more = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatButtonHarness.with({ text: 'Show all 9' }),
    );
    await more.click();
    expect(items().length).toBe(9);
  });

  it('says so when the customer has no history', async () => {
    apis.py.fetchContextHistory.and.returnValue(of({ customer_number: NUMBER, events: [] }));
    await render();
    expect(fixture.nativeElement.textContent).toContain('No bookings, payments or complaints');
  });

  it('fails on its own with a retry', async () => {
    apis.py.fetchContextHistory.and.returnValue(
      failure({
        status: 0,
        code: 'unreachable',
        backend: 'pySmartChat',
        message: "The chat service can't be reached. Check your connection, then try again.",
      }),
    );
    await render();
    expect(fixture.nativeElement.textContent).toContain("The chat service can't be reached.");
    apis.py.fetchContextHistory.and.returnValue(
      of({ customer_number: NUMBER, events: [anEvent()] }),
    );
    const retry = await TestbedHarnessEnvironment.loader(fixture).getHarness(
      MatButtonHarness.with({ text: 'Try again' }),
    );
    await retry.click();
    expect(items().length).toBe(1);
  });
});
