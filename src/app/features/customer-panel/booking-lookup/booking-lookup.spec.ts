import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { of } from 'rxjs';

import { aMessage } from '../../../testing/payload-fixtures';
import { BookingStore } from '../state/booking-store';
import { aBooking, aPartner } from '../testing/panel-fixtures';
import {
  FakeConversation,
  PanelApis,
  failure,
  fakeConversation,
  foldedText,
  panelApis,
  providePanelTesting,
  troubleAt,
} from '../testing/panel-testing';
import { BookingLookup } from './booking-lookup';

describe('BookingLookup', () => {
  let apis: PanelApis;
  let conversation: FakeConversation;
  let fixture: ComponentFixture<BookingLookup>;
  let loader: HarnessLoader;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({ providers: providePanelTesting(apis, conversation) });
    fixture = TestBed.createComponent(BookingLookup);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  }

  async function search(text: string): Promise<void> {
    const input = await loader.getHarness(MatInputHarness.with({ placeholder: 'OW1234567' }));
    await input.setValue(text);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Look up' }))).click();
    await fixture.whenStable();
  }

  function text(): string {
    return foldedText(fixture.nativeElement);
  }

  beforeEach(() => {
    apis = panelApis();
    conversation = fakeConversation();
  });

  it('looks up a typed booking id and shows the booking, its driver and photos', async () => {
    await render();
    await search('ow2506847');
    expect(apis.node.getBookingDetailsByDisplayBookingId).toHaveBeenCalledWith({
      display_booking_id: 'OW2506847',
    });
    expect(text()).toContain('Kolkata → Digha');
    expect(text()).toContain('₹2,520.00 · Paid');
    expect(text()).toContain('Anwar Chopra');
    const photos = fixture.nativeElement.querySelectorAll('img');
    expect(photos.length).toBe(2);
    expect(photos[0].getAttribute('src')).toBe(
      'https://web.test/third/images/drivers/DRV30046/driver.svg',
    );
  });

  it('tells the executive what a booking id looks like, without calling the back end', async () => {
    await render();
    await search('12345');
    expect(fixture.nativeElement.querySelector('[role="alert"]').textContent).toContain(
      'OW followed by 7 digits',
    );
    expect(apis.node.getBookingDetailsByDisplayBookingId).not.toHaveBeenCalled();
  });

  it('offers the booking ids mentioned in the chat as quick chips', async () => {
    conversation.messages.set([aMessage({ text: 'My cab for OW7573276 has not come yet.' })]);
    await render();
    const chip = await loader.getHarness(MatButtonHarness.with({ text: 'OW7573276' }));
    await chip.click();
    await fixture.whenStable();
    expect(apis.node.getBookingDetailsByDisplayBookingId).toHaveBeenCalledWith({
      display_booking_id: 'OW7573276',
    });
    expect(
      fixture.nativeElement.querySelector('button[aria-pressed="true"]').textContent,
    ).toContain('OW7573276');
  });

  it('shows whom the driver drives for, as the rest of the panel does', async () => {
    apis.partner.getPartner.and.returnValue(
      of({
        partner: aPartner({
          partner_id: 'PTR20016',
          dco_id: 'DCO10016',
          name: 'Imran Qureshi',
          phone: '+919845012345',
        }),
      }),
    );
    await render();
    await search('OW2506847');
    expect(apis.partner.getPartner).toHaveBeenCalledWith({ partner_id: 'PTR20016' });
    const driver = fixture.nativeElement.querySelector('[aria-labelledby="driver-card-heading"]');
    expect(foldedText(driver)).toContain('Anwar Chopra');
    expect(foldedText(driver)).toContain('+919276222171');
    expect(driver.querySelector('.partner-name').textContent).toBe('Imran Qureshi');
    expect(
      driver.querySelector('[aria-label="Copy partner\'s phone number +919845012345"]'),
    ).not.toBeNull();
    expect(driver.querySelector('[aria-label="Copy DCO id DCO10016"]')).not.toBeNull();
  });

  it('says when the driver drives their own cab as the partner', async () => {
    apis.partner.getPartner.and.returnValue(
      of({ partner: aPartner({ partner_id: 'PTR20016', phone: '+91 92762 22171' }) }),
    );
    await render();
    await search('OW2506847');
    expect(fixture.nativeElement.querySelector('.partner-name').textContent).toBe(
      'Venkatesh Mishra, who drives their own cab',
    );
    expect(fixture.nativeElement.querySelector('[aria-label^="Copy partner"]')).toBeNull();
  });

  it('keeps the driver when their partner cannot be loaded, and says why', async () => {
    apis.partner.getPartner.and.returnValue(
      troubleAt('partnerEnrol', 'Partner enrol is having trouble right now.'),
    );
    await render();
    await search('OW2506847');
    expect(text()).toContain('Anwar Chopra');
    expect(text()).toContain('DCO10016');
    expect(text()).toContain('Partner enrol is having trouble right now.');
    expect(fixture.nativeElement.querySelectorAll('img').length).toBe(2);
  });

  it('says when no driver is assigned yet', async () => {
    apis.node.getBookingDetailsByDisplayBookingId.and.returnValue(
      of({ booking: aBooking({ driver_id: null, status: 'confirmed' }) }),
    );
    await render();
    await search('OW7573276');
    expect(text()).toContain('No driver assigned to this booking yet.');
    expect(apis.node.getDriverDetailsOfBooking).not.toHaveBeenCalled();
  });

  it('enlarges a driver or cab photo in a viewer on the page, closed with Escape', async () => {
    await render();
    await search('OW2506847');
    const thumbnail = fixture.nativeElement.querySelector(
      '[aria-label="Driver and cab photos"] li:nth-child(2) button',
    ) as HTMLButtonElement;
    expect(thumbnail.getAttribute('aria-label')).toBe('Enlarge Cab, front photo');
    expect(
      fixture.nativeElement.querySelector('[aria-label="Driver and cab photos"] a'),
    ).toBeNull();
    thumbnail.click();
    await fixture.whenStable();
    const root = TestbedHarnessEnvironment.documentRootLoader(fixture);
    const viewer = await root.getHarness(MatDialogHarness);
    expect(await viewer.getTitleText()).toBe('Cab, front photo');
    const host = document.querySelector('mat-dialog-container')!;
    const image = host.querySelector('img')!;
    expect(image.getAttribute('src')).toBe(
      'https://web.test/third/images/drivers/DRV30046/cab_front.svg',
    );
    expect(image.getAttribute('alt')).toBe('MH12JN0443, front');
    expect(host.querySelector('button')?.textContent?.trim()).toBe('Close');
    await viewer.close();
    await fixture.whenStable();
    expect(await root.getAllHarnesses(MatDialogHarness)).toEqual([]);
  });

  it('keeps the booking when the photos fail, with a retry for the photos alone', async () => {
    apis.web.getDriverAndCabImages.and.returnValue(
      failure({
        status: 503,
        code: 'server_error',
        backend: 'webApi',
        message: 'The photo service is having trouble right now. Wait a minute, then try again.',
      }),
    );
    await render();
    await search('OW2506847');
    expect(text()).toContain('Anwar Chopra');
    expect(text()).toContain('The photo service is having trouble right now.');
    const retry = await loader.getHarness(
      MatButtonHarness.with({ selector: '[aria-label="Try again to load the photos"]' }),
    );
    expect(await retry.getText()).toBe('Try again');
  });

  it('shows the back end message when the booking is not found', async () => {
    apis.node.getBookingDetailsByDisplayBookingId.and.returnValue(
      failure({
        status: 404,
        code: 'not_found',
        backend: 'nodeAdmin',
        message: 'There is no booking OW1234567. Check the id with the customer.',
      }),
    );
    await render();
    await search('OW1234567');
    expect(text()).toContain('There is no booking OW1234567. Check the id with the customer.');
  });

  it('clears the booking shown before and offers no retry when a booking is not found', async () => {
    await render();
    await search('OW2506847');
    expect(text()).toContain('Anwar Chopra');
    apis.node.getBookingDetailsByDisplayBookingId.and.returnValue(
      failure({
        status: 404,
        code: 'not_found',
        backend: 'nodeAdmin',
        message: 'There is no booking OW1234567. Check the id with the customer.',
      }),
    );
    await search('OW1234567');
    expect(text()).toContain('There is no booking OW1234567.');
    expect(text()).not.toContain('Anwar Chopra');
    expect(fixture.nativeElement.querySelector('[aria-label="Booking details"]')).toBeNull();
    expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: 'Try again' }))).toEqual([]);
  });

  it('fills the search box with a booking opened elsewhere in the panel', async () => {
    await render();
    TestBed.inject(BookingStore).lookup('OW2506847', true);
    await fixture.whenStable();
    const input = await loader.getHarness(MatInputHarness.with({ placeholder: 'OW1234567' }));
    expect(await input.getValue()).toBe('OW2506847');
  });
});
