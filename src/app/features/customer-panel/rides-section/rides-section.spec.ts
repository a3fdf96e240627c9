import { ComponentFixture } from '@angular/core/testing';
import { of } from 'rxjs';

import { someRides } from '../testing/panel-fixtures';
import { CUSTOMER_SUBJECT, PanelApis, panelApis, renderSection } from '../testing/panel-testing';
import { RidesSection } from './rides-section';

describe('RidesSection', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<RidesSection>;

  async function render(): Promise<void> {
    fixture = await renderSection(RidesSection, apis, CUSTOMER_SUBJECT);
  }

  beforeEach(() => (apis = panelApis()));

  it('lists upcoming rides and the search history as two lists', async () => {
    await render();
    const upcoming: HTMLElement = fixture.nativeElement.querySelector(
      '[aria-label="Upcoming rides"]',
    );
    const searches: HTMLElement = fixture.nativeElement.querySelector(
      '[aria-label="Search history"]',
    );
    expect(upcoming.textContent).toContain('Chennai → Pondicherry');
    expect(upcoming.textContent).toContain('₹2,100.00');
    expect(upcoming.textContent).toContain('Confirmed');
    expect(upcoming.textContent).toContain('in 1 day');
    expect(searches.textContent).toContain('Ahmedabad → Vadodara');
    expect(searches.textContent).toContain('₹1,950.00');
    expect(searches.textContent).toContain('6 days ago');
  });

  it('opens the booking of a ride', async () => {
    await render();
    const opened = jasmine.createSpy('openBooking');
    fixture.componentInstance.openBooking.subscribe(opened);
    const ride: HTMLButtonElement = fixture.nativeElement.querySelector(
      'button[aria-label^="Open booking OW7573276"]',
    );
    ride.click();
    expect(opened).toHaveBeenCalledWith('OW7573276');
  });

  it('says when there are no upcoming rides or searches', async () => {
    apis.py.fetchRides.and.returnValue(of(someRides({ upcoming_rides: [], search_history: [] })));
    await render();
    expect(fixture.nativeElement.textContent).toContain('No upcoming rides.');
    expect(fixture.nativeElement.textContent).toContain('No recent fare searches.');
  });
});
