import { TestBed } from '@angular/core/testing';
import { Subject, of } from 'rxjs';

import { ContextHistoryResponse } from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { anEvent, someRides } from '../testing/panel-fixtures';
import { PanelSubject } from './panel-subject';
import { CustomerStore } from './customer-store';
import { troubleAt } from '../testing/panel-testing';

const CUSTOMER: PanelSubject = {
  chatId: 'chat_s001',
  number: '+917204949394',
  name: 'Geeta Kapoor',
  stakeholder: 'customer',
};

describe('CustomerStore', () => {
  let api: jasmine.SpyObj<PySmartChatApi>;
  let store: CustomerStore;

  beforeEach(() => {
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', [
      'fetchContextHistory',
      'fetchRides',
    ]);
    api.fetchRides.and.returnValue(of(someRides()));
    TestBed.configureTestingModule({
      providers: [CustomerStore, { provide: PySmartChatApi, useValue: api }],
    });
    store = TestBed.inject(CustomerStore);
  });

  it('loads the timeline newest first and the rides of a customer', () => {
    api.fetchContextHistory.and.returnValue(
      of<ContextHistoryResponse>({
        customer_number: CUSTOMER.number,
        events: [
          anEvent({ event_id: 'old', created_at: '2026-11-04T12:15:00.000Z' }),
          anEvent({ event_id: 'new', created_at: '2026-11-23T22:00:00.000Z' }),
        ],
      }),
    );
    store.open(CUSTOMER);
    expect(api.fetchContextHistory).toHaveBeenCalledWith('+917204949394');
    expect(store.history.value()?.map((e) => e.event_id)).toEqual(['new', 'old']);
    expect(store.rides.value()?.upcoming_rides.length).toBe(1);
  });

  it('keeps the rides when the timeline fails, and retries only the timeline', () => {
    api.fetchContextHistory.and.returnValue(
      troubleAt('pySmartChat', 'The chat service is having trouble right now.'),
    );
    store.open(CUSTOMER);
    expect(store.history.error()).toBe('The chat service is having trouble right now.');
    expect(store.rides.status()).toBe('ready');
    api.fetchContextHistory.and.returnValue(of({ customer_number: CUSTOMER.number, events: [] }));
    store.history.reload();
    expect(store.history.status()).toBe('ready');
    expect(api.fetchRides).toHaveBeenCalledTimes(1);
  });

  it('loads nothing for a driver chat', () => {
    store.open({ ...CUSTOMER, stakeholder: 'driver' });
    expect(api.fetchContextHistory).not.toHaveBeenCalled();
    expect(store.rides.status()).toBe('idle');
  });

  it('drops a slow answer for the previous customer when another chat opens', () => {
    const slow = new Subject<ContextHistoryResponse>();
    api.fetchContextHistory.and.returnValues(
      slow,
      of({ customer_number: '+919000000000', events: [anEvent({ event_id: 'theirs' })] }),
    );
    store.open(CUSTOMER);
    store.open({ ...CUSTOMER, chatId: 'chat_s002', number: '+919000000000' });
    slow.next({ customer_number: CUSTOMER.number, events: [anEvent({ event_id: 'stale' })] });
    expect(store.history.value()?.map((e) => e.event_id)).toEqual(['theirs']);
  });
});
