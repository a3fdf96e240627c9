import { HttpTestingController } from '@angular/common/http/testing';
import { Observable } from 'rxjs';

import { signedInApiBed } from './api-testing';
import { OnewayNodeApi } from './oneway-node-api';
import { sampleResponse } from './testing/response-samples';

describe('OnewayNodeApi', () => {
  let api: OnewayNodeApi;
  let http: HttpTestingController;

  beforeEach(() => ({ api, http } = signedInApiBed(OnewayNodeApi)));

  afterEach(() => http.verify());

  function expectPost(call: Observable<unknown>, path: string, body: unknown) {
    let done = false;
    call.subscribe(() => (done = true));
    const req = http.expectOne(`https://node.test/${path}`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(body);
    expect(req.request.params.keys()).toEqual([]);
    req.flush(sampleResponse(req.request.url));
    expect(done).toBeTrue();
    return req;
  }

  it('login posts staff credentials to /login without a node token', () => {
    const req = expectPost(api.login({ email: 'a@example.test', password: 'pw' }), 'login', {
      email: 'a@example.test',
      password: 'pw',
    });
    expect(req.request.headers.has('Authorization')).toBeFalse();
  });

  it('login posts an sso_token to /login without a node token', () => {
    const req = expectPost(api.login({ sso_token: 'jwt' }), 'login', { sso_token: 'jwt' });
    expect(req.request.headers.has('Authorization')).toBeFalse();
  });

  it('logout posts an empty body to /logout with the node token', () => {
    const req = expectPost(api.logout(), 'logout', {});
    expect(req.request.headers.get('Authorization')).toBe('Bearer node-token');
  });

  it('getBookingDetailsByDisplayBookingId posts the display id with the node token', () => {
    const req = expectPost(
      api.getBookingDetailsByDisplayBookingId({ display_booking_id: 'OW123456' }),
      'getBookingDetailsByDisplayBookingId',
      { display_booking_id: 'OW123456' },
    );
    expect(req.request.headers.get('Authorization')).toBe('Bearer node-token');
  });

  it('getDriverDetailsOfBooking posts the booking id with the node token', () => {
    const req = expectPost(
      api.getDriverDetailsOfBooking({ booking_id: 'b-1' }),
      'getDriverDetailsOfBooking',
      { booking_id: 'b-1' },
    );
    expect(req.request.headers.get('Authorization')).toBe('Bearer node-token');
  });

  it('getDcoDetails posts the DCO id with the node token', () => {
    const req = expectPost(api.getDcoDetails({ dco_id: 'dco-1' }), 'getDcoDetails', {
      dco_id: 'dco-1',
    });
    expect(req.request.headers.get('Authorization')).toBe('Bearer node-token');
  });

  it('dcoTransactionHistory posts paging and sorting with the node token', () => {
    const body = {
      dco_id: 'dco-1',
      page: 2,
      page_size: 20,
      sort_by: 'amount' as const,
      sort_dir: 'desc' as const,
    };
    const req = expectPost(api.dcoTransactionHistory(body), 'dcoTransactionHistory', body);
    expect(req.request.headers.get('Authorization')).toBe('Bearer node-token');
    expect(req.request.headers.has('x-access-key')).toBeFalse();
  });
});
