import { HttpTestingController } from '@angular/common/http/testing';

import { signedInApiBed, testAccessKey } from './api-testing';
import { AccessKeyResponse, DriverAndCabImagesResponse } from '../../../contract';
import { OnewayWebApi } from './oneway-web-api';

describe('OnewayWebApi', () => {
  let api: OnewayWebApi;
  let http: HttpTestingController;

  beforeEach(() => ({ api, http } = signedInApiBed(OnewayWebApi)));

  afterEach(() => http.verify());

  it('getAccessKeyWeb posts the client name to /getAccessKey with the node token', () => {
    let received: AccessKeyResponse | undefined;
    api.getAccessKeyWeb({ client: 'customer-care-console' }).subscribe((r) => (received = r));
    const req = http.expectOne('https://web.test/third/getAccessKey');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ client: 'customer-care-console' });
    expect(req.request.headers.get('Authorization')).toBe('Bearer node-token');
    expect(req.request.headers.has('x-access-key')).toBeFalse();
    const answer = testAccessKey('new-key');
    req.flush(answer);
    expect(received).toEqual(answer);
  });

  it('getDriverAndCabImages posts the driver id with the access key', () => {
    let received: DriverAndCabImagesResponse | undefined;
    api.getDriverAndCabImages({ driver_id: 'drv-1' }).subscribe((r) => (received = r));
    const req = http.expectOne('https://web.test/third/getDriverAndCabImages');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ driver_id: 'drv-1' });
    expect(req.request.headers.get('x-access-key')).toBe('web-key');
    expect(req.request.headers.has('Authorization')).toBeFalse();
    req.flush({ driver_id: 'drv-1', images: [] });
    expect(received).toEqual({ driver_id: 'drv-1', images: [] });
  });
});
