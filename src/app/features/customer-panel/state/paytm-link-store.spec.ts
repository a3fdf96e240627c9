import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, of } from 'rxjs';

import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import { ResendPaytmLinkResponse } from '../../../../contract';
import { NotesStore } from '../../conversation/state/notes-store';
import { DRIVER_SUBJECT, failure } from '../testing/panel-testing';
import { PanelSubject } from './panel-subject';
import { PartnerStore } from './partner-store';
import { PaytmLinkStore } from './paytm-link-store';

const SENT: ResendPaytmLinkResponse = {
  success: true,
  link_id: 'paylink_1',
  sent_to: '+916023793653',
  amount: 2372,
  expires_at: '2026-11-27T10:00:00.000Z',
  message: 'Payment link for ₹2,372 sent to +916023793653',
};

describe('PaytmLinkStore', () => {
  let api: jasmine.SpyObj<PartnerEnrolApi>;
  let notes: jasmine.SpyObj<NotesStore>;
  let subject: ReturnType<typeof signal<PanelSubject | null>>;
  let store: PaytmLinkStore;

  beforeEach(() => {
    api = jasmine.createSpyObj<PartnerEnrolApi>('PartnerEnrolApi', ['resendPaytmPaymentLink']);
    notes = jasmine.createSpyObj<NotesStore>('NotesStore', ['load']);
    subject = signal<PanelSubject | null>(DRIVER_SUBJECT);
    TestBed.configureTestingModule({
      providers: [
        PaytmLinkStore,
        { provide: PartnerEnrolApi, useValue: api },
        { provide: NotesStore, useValue: notes },
        { provide: PartnerStore, useValue: { subject } },
      ],
    });
    store = TestBed.inject(PaytmLinkStore);
  });

  it('sends the dues when no amount is given, or the amount chosen, from the open chat', () => {
    api.resendPaytmPaymentLink.and.returnValue(of(SENT));
    store.resend('PTR20002');
    expect(api.resendPaytmPaymentLink).toHaveBeenCalledWith({
      partner_id: 'PTR20002',
      chat_id: 'chat_s061',
    });
    expect(store.send.result()).toEqual(SENT);
    store.resend('PTR20002', 500);
    expect(api.resendPaytmPaymentLink).toHaveBeenCalledWith({
      partner_id: 'PTR20002',
      amount: 500,
      chat_id: 'chat_s061',
    });
  });

  it('fetches the chat’s notes again after a send, so its note shows at once', () => {
    api.resendPaytmPaymentLink.and.returnValue(of(SENT));
    store.resend('PTR20002');
    expect(notes.load).toHaveBeenCalledOnceWith('chat_s061', true);
  });

  it('fetches no notes after a refused send: the back end wrote none', () => {
    api.resendPaytmPaymentLink.and.returnValue(
      failure({ status: 403, code: 'forbidden', backend: 'partnerEnrol', message: 'Not yours.' }),
    );
    store.resend('PTR20002');
    expect(store.send.error()).toBe('Not yours.');
    expect(notes.load).not.toHaveBeenCalled();
  });

  it('names no chat when none is open', () => {
    subject.set(null);
    api.resendPaytmPaymentLink.and.returnValue(of(SENT));
    store.resend('PTR20002');
    expect(api.resendPaytmPaymentLink).toHaveBeenCalledWith({ partner_id: 'PTR20002' });
    expect(notes.load).not.toHaveBeenCalled();
  });

  it('does not show the previous chat’s result in the next one', () => {
    const answer = new Subject<ResendPaytmLinkResponse>();
    api.resendPaytmPaymentLink.and.returnValue(answer);
    store.resend('PTR20002');
    store.open();
    answer.next(SENT);
    expect(store.send.result()).toBeNull();
    expect(store.send.status()).toBe('idle');
  });
});
