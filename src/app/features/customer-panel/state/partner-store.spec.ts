import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { OnewayNodeApi } from '../../../core/api/oneway-node-api';
import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import { aDco, aPartner, aTransactionPage } from '../testing/panel-fixtures';
import { PanelSubject } from './panel-subject';
import { PartnerStore } from './partner-store';

const DRIVER: PanelSubject = {
  chatId: 'chat_s061',
  number: '+918247385066',
  name: 'Venkatesh Mishra',
  stakeholder: 'driver',
};

function down(backend: 'partnerEnrol' | 'nodeAdmin'): ApiError {
  return new ApiError({
    status: 503,
    code: 'server_error',
    backend,
    message: `${backend} is having trouble right now.`,
  });
}

describe('PartnerStore', () => {
  let partnerApi: jasmine.SpyObj<PartnerEnrolApi>;
  let nodeApi: jasmine.SpyObj<OnewayNodeApi>;
  let store: PartnerStore;

  beforeEach(() => {
    partnerApi = jasmine.createSpyObj<PartnerEnrolApi>('PartnerEnrolApi', [
      'getPartner',
      'getAlternateNumbers',
    ]);
    nodeApi = jasmine.createSpyObj<OnewayNodeApi>('OnewayNodeApi', [
      'getDcoDetails',
      'dcoTransactionHistory',
    ]);
    partnerApi.getPartner.and.returnValue(of({ partner: aPartner() }));
    partnerApi.getAlternateNumbers.and.returnValue(
      of({
        partner_id: 'PTR20001',
        alternate_numbers: [{ number: '+919812345678', label: 'Home', verified: true }],
      }),
    );
    nodeApi.getDcoDetails.and.returnValue(of({ dco: aDco() }));
    nodeApi.dcoTransactionHistory.and.callFake((request) =>
      of(aTransactionPage({ page: request.page, page_size: request.page_size })),
    );
    TestBed.configureTestingModule({
      providers: [
        PartnerStore,
        { provide: PartnerEnrolApi, useValue: partnerApi },
        { provide: OnewayNodeApi, useValue: nodeApi },
      ],
    });
    store = TestBed.inject(PartnerStore);
  });

  it('finds the partner by the chat number, then loads the numbers, DCO and transactions', () => {
    store.open(DRIVER);
    expect(partnerApi.getPartner).toHaveBeenCalledWith({ phone: '+918247385066' });
    expect(partnerApi.getAlternateNumbers).toHaveBeenCalledWith({ partner_id: 'PTR20001' });
    expect(nodeApi.getDcoDetails).toHaveBeenCalledWith({ dco_id: 'DCO10001' });
    expect(nodeApi.dcoTransactionHistory).toHaveBeenCalledWith({
      dco_id: 'DCO10001',
      page: 1,
      page_size: 10,
      sort_by: 'created_at',
      sort_dir: 'desc',
    });
    expect(store.alternates.value()?.length).toBe(1);
    expect(store.dco.value()?.wallet_balance).toBe(-2372);
    expect(store.transactions.value()?.total).toBe(68);
  });

  it('loads nothing for a customer chat', () => {
    store.open({ ...DRIVER, stakeholder: 'customer' });
    expect(partnerApi.getPartner).not.toHaveBeenCalled();
  });

  it('pages and sorts the transactions on the back end, and caches pages seen in this chat', () => {
    store.open(DRIVER);
    store.pageTransactions(3, 10);
    expect(nodeApi.dcoTransactionHistory.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({ page: 3, page_size: 10 }),
    );
    store.sortTransactions('amount', 'asc');
    expect(nodeApi.dcoTransactionHistory.calls.mostRecent().args[0]).toEqual({
      dco_id: 'DCO10001',
      page: 1,
      page_size: 10,
      sort_by: 'amount',
      sort_dir: 'asc',
    });
    store.sortTransactions('created_at', 'desc');
    expect(nodeApi.dcoTransactionHistory).toHaveBeenCalledTimes(3);
    expect(store.transactionQuery().sortBy).toBe('created_at');
  });

  it('starts at the first page when the page size changes', () => {
    store.open(DRIVER);
    store.pageTransactions(4, 10);
    store.pageTransactions(4, 25);
    expect(store.transactionQuery()).toEqual(jasmine.objectContaining({ page: 1, pageSize: 25 }));
  });

  it('keeps the DCO and transactions working when partner enrol fails after the partner loaded', () => {
    partnerApi.getAlternateNumbers.and.returnValue(throwError(() => down('partnerEnrol')));
    store.open(DRIVER);
    expect(store.alternates.status()).toBe('error');
    expect(store.dco.status()).toBe('ready');
    store.pageTransactions(2, 10);
    expect(store.transactions.status()).toBe('ready');
    expect(store.transactions.value()?.page).toBe(2);
  });

  it('keeps the partner when node admin fails, with a retry for the DCO alone', () => {
    nodeApi.getDcoDetails.and.returnValue(throwError(() => down('nodeAdmin')));
    store.open(DRIVER);
    expect(store.partner.status()).toBe('ready');
    expect(store.dco.error()).toBe('nodeAdmin is having trouble right now.');
    nodeApi.getDcoDetails.and.returnValue(of({ dco: aDco() }));
    store.dco.reload();
    expect(store.dco.status()).toBe('ready');
    expect(partnerApi.getPartner).toHaveBeenCalledTimes(1);
  });

  it('reloads the partner and DCO after a status change', () => {
    store.open(DRIVER);
    nodeApi.getDcoDetails.and.returnValue(of({ dco: aDco({ status: 'suspended' }) }));
    store.refreshStatus();
    expect(partnerApi.getPartner).toHaveBeenCalledTimes(2);
    expect(store.dco.value()?.status).toBe('suspended');
  });

  it('starts over for another chat, transactions from the first page', () => {
    store.open(DRIVER);
    store.pageTransactions(5, 10);
    store.open({ ...DRIVER, chatId: 'chat_s062', number: '+916023793653' });
    expect(store.transactionQuery().page).toBe(1);
    expect(partnerApi.getPartner).toHaveBeenCalledWith({ phone: '+916023793653' });
  });
});
