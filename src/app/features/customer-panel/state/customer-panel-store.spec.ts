import { TestBed } from '@angular/core/testing';

import { aChat } from '../../../testing/payload-fixtures';
import { BookingStore } from './booking-store';
import { CustomerPanelStore } from './customer-panel-store';
import { CustomerStore } from './customer-store';
import { DcoStatusStore } from './dco-status-store';
import { PartnerStore } from './partner-store';
import { PaytmLinkStore } from './paytm-link-store';

describe('CustomerPanelStore', () => {
  let store: CustomerPanelStore;
  let customer: jasmine.SpyObj<CustomerStore>;
  let partner: jasmine.SpyObj<PartnerStore>;
  let bookings: jasmine.SpyObj<BookingStore>;
  let paytm: jasmine.SpyObj<PaytmLinkStore>;
  let status: jasmine.SpyObj<DcoStatusStore>;

  beforeEach(() => {
    customer = jasmine.createSpyObj<CustomerStore>('CustomerStore', ['open']);
    partner = jasmine.createSpyObj<PartnerStore>('PartnerStore', ['open']);
    bookings = jasmine.createSpyObj<BookingStore>('BookingStore', ['open']);
    paytm = jasmine.createSpyObj<PaytmLinkStore>('PaytmLinkStore', ['open']);
    status = jasmine.createSpyObj<DcoStatusStore>('DcoStatusStore', ['open']);
    TestBed.configureTestingModule({
      providers: [
        CustomerPanelStore,
        { provide: CustomerStore, useValue: customer },
        { provide: PartnerStore, useValue: partner },
        { provide: BookingStore, useValue: bookings },
        { provide: PaytmLinkStore, useValue: paytm },
        { provide: DcoStatusStore, useValue: status },
      ],
    });
    store = TestBed.inject(CustomerPanelStore);
  });

  it('switches every section to the person in the opened chat', () => {
    store.open(
      aChat({ chat_id: 'chat_s061', stakeholder: 'driver', customer_number: '+918247385066' }),
    );
    const subject = store.subject();
    expect(subject?.stakeholder).toBe('driver');
    expect(customer.open).toHaveBeenCalledWith(subject);
    expect(partner.open).toHaveBeenCalledWith(subject);
    expect(bookings.open).toHaveBeenCalledTimes(1);
    expect(paytm.open).toHaveBeenCalledTimes(1);
    expect(status.open).toHaveBeenCalledTimes(1);
  });

  it('ignores live updates of the same chat, so the cached sections stay', () => {
    store.open(aChat({ version: 1 }));
    store.open(aChat({ version: 2, unread_count: 4, tags: ['VIP'] }));
    expect(customer.open).toHaveBeenCalledTimes(1);
  });

  it('loads again for another chat, and clears when the chat closes', () => {
    store.open(aChat());
    store.open(aChat({ chat_id: 'c2', customer_number: '+919811111111' }));
    expect(customer.open).toHaveBeenCalledTimes(2);
    store.open(null);
    expect(store.subject()).toBeNull();
    expect(customer.open).toHaveBeenCalledWith(null);
  });

  it('loads every section again on refresh', () => {
    store.open(aChat());
    store.refresh();
    expect(customer.open).toHaveBeenCalledTimes(2);
    expect(partner.open).toHaveBeenCalledTimes(2);
  });
});
