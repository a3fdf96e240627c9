import { Clipboard } from '@angular/cdk/clipboard';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatTooltipHarness } from '@angular/material/tooltip/testing';

import { ReplyInsertStore } from '../../../core/state/reply-insert-store';
import { dateTime } from '../format/panel-time';
import { aBooking, aDco, aDriver } from '../testing/panel-fixtures';
import { bookingSentence, cabSentence, chatFactsOf, driverSentence } from '../state/chat-facts';
import { CopyableValue } from './copyable-value';

describe('CopyableValue', () => {
  it('copies the value with one click and says so', async () => {
    const clipboard = jasmine.createSpyObj<Clipboard>('Clipboard', ['copy']);
    clipboard.copy.and.returnValue(true);
    TestBed.configureTestingModule({ providers: [{ provide: Clipboard, useValue: clipboard }] });
    const fixture = TestBed.createComponent(CopyableValue);
    fixture.componentRef.setInput('value', '+918247385066');
    fixture.componentRef.setInput('label', 'phone number');
    await fixture.whenStable();
    const button: HTMLButtonElement = fixture.nativeElement.querySelector('button');
    expect(button.getAttribute('aria-label')).toBe('Copy phone number +918247385066');
    button.click();
    await fixture.whenStable();
    expect(clipboard.copy).toHaveBeenCalledWith('+918247385066');
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toContain(
      'Copied phone number',
    );
    const tooltip = await TestbedHarnessEnvironment.loader(fixture).getHarness(MatTooltipHarness);
    await tooltip.show();
    expect(await tooltip.getTooltipText()).toBe('Copied');
  });

  it('tells the executive to copy by hand when the browser refuses', async () => {
    const clipboard = jasmine.createSpyObj<Clipboard>('Clipboard', ['copy']);
    clipboard.copy.and.returnValue(false);
    TestBed.configureTestingModule({ providers: [{ provide: Clipboard, useValue: clipboard }] });
    const fixture = TestBed.createComponent(CopyableValue);
    fixture.componentRef.setInput('value', 'DCO10001');
    fixture.componentRef.setInput('label', 'DCO id');
    await fixture.whenStable();
    fixture.nativeElement.querySelector('button').click();
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('[role="status"]').textContent).toContain(
      'Could not copy',
    );
  });
});

describe('CopyableValue with Insert into reply', () => {
  it('appends a readable sentence to the open reply, not only copies', async () => {
    const insert = jasmine.createSpy('insert').and.returnValue(true);
    TestBed.configureTestingModule({
      providers: [{ provide: ReplyInsertStore, useValue: { insert } }],
    });
    const fixture = TestBed.createComponent(CopyableValue);
    fixture.componentRef.setInput('value', 'KA01AB1234');
    fixture.componentRef.setInput('label', 'cab number');
    fixture.componentRef.setInput('reply', 'Your cab number is KA01AB1234.');
    await fixture.whenStable();
    const element: HTMLButtonElement = fixture.nativeElement.querySelector(
      '[aria-label="Insert cab number into reply"]',
    );
    element.click();
    await fixture.whenStable();
    expect(insert).toHaveBeenCalledOnceWith('Your cab number is KA01AB1234.');
    expect(fixture.nativeElement.textContent).toContain('Added the cab number to your reply');
  });

  it('offers no insert button without a sentence', async () => {
    const fixture = TestBed.createComponent(CopyableValue);
    fixture.componentRef.setInput('value', 'DCO10001');
    fixture.componentRef.setInput('label', 'DCO id');
    await fixture.whenStable();
    expect(fixture.nativeElement.querySelector('app-insert-into-reply')).toBeNull();
  });
});

describe('reply sentences', () => {
  it('say the driver, cab, booking and pickup in words a customer reads', () => {
    const driver = aDriver({ name: 'Salim Das', phone: '+919812345678', cab_number: 'KA01AB1234' });
    expect(driverSentence(driver)).toBe(
      'Your driver is Salim Das, +919812345678, in cab KA01AB1234 (Maruti Ertiga).',
    );
    expect(cabSentence(driver)).toBe('Your cab is a Maruti Ertiga, number KA01AB1234.');
    const booking = aBooking({ status: 'driver_assigned' });
    // The pickup time reads as every time in the console does, in the browser's locale.
    expect(bookingSentence(booking)).toBe(
      `Your booking OW2506847 is confirmed, with a driver assigned. Pickup is on ${dateTime(booking.pickup_time)} from 101, 12th Cross, OMR, Kolkata.`,
    );
  });

  it('turn what the panel loaded into chat facts, and nothing more', () => {
    const facts = chatFactsOf({
      subject: { chatId: 'c1', number: '+91', name: 'Geeta Kapoor', stakeholder: 'customer' },
      booking: aBooking(),
      driver: aDriver(),
      dco: null,
      writer: null,
    });
    expect(facts).toEqual(
      jasmine.objectContaining({
        customer_name: 'Geeta Kapoor',
        booking_id: 'OW2506847',
        booking_status: 'completed',
        driver_name: 'Anwar Chopra',
        driver_phone: '+919276222171',
        cab_number: 'MH12JN0443',
      }),
    );
    expect(facts.dues).toBeUndefined();
    const partner = {
      isDriver: false,
      writerName: 'Venkatesh Yadav',
      partnerName: 'Venkatesh Yadav',
      dcoId: 'DCO10002',
      partnerPhone: '+919845012345',
    };
    const duesOf = (writer: typeof partner | null) =>
      chatFactsOf({
        subject: null,
        booking: null,
        driver: null,
        dco: aDco({ wallet_balance: -1200 }),
        writer,
      }).dues;
    expect(duesOf(partner)).toBe('₹1,200.00');
    expect(duesOf({ ...partner, isDriver: true, writerName: 'Salim Das' }))
      .withContext("one of the partner's drivers is writing")
      .toBeUndefined();
    expect(duesOf(null)).withContext('not known yet').toBeUndefined();
  });
});
