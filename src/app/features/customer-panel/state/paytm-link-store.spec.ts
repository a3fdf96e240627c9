import { TestBed } from '@angular/core/testing';
import { Subject, of } from 'rxjs';

import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import { ResendPaytmLinkResponse } from '../../../../contract';
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
  let store: PaytmLinkStore;

  beforeEach(() => {
    api = jasmine.createSpyObj<PartnerEnrolApi>('PartnerEnrolApi', ['resendPaytmPaymentLink']);
    TestBed.configureTestingModule({
      providers: [PaytmLinkStore, { provide: PartnerEnrolApi, useValue: api }],
    });
    store = TestBed.inject(PaytmLinkStore);
  });

  it('sends the dues when no amount is given, or the amount chosen', () => {
    api.resendPaytmPaymentLink.and.returnValue(of(SENT));
    store.resend('PTR20002');
    expect(api.resendPaytmPaymentLink).toHaveBeenCalledWith({ partner_id: 'PTR20002' });
    expect(store.send.result()).toEqual(SENT);
    store.resend('PTR20002', 500);
    expect(api.resendPaytmPaymentLink).toHaveBeenCalledWith({
      partner_id: 'PTR20002',
      amount: 500,
    });
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
