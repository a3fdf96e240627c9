import { HttpTestingController } from '@angular/common/http/testing';
import { Observable } from 'rxjs';

import { signedInApiBed } from './api-testing';
import { UpdateDcoStatusRequest } from '../../../contract';
import { PartnerEnrolApi } from './partner-enrol-api';
import { sampleResponse } from './testing/response-samples';

describe('PartnerEnrolApi', () => {
  let api: PartnerEnrolApi;
  let http: HttpTestingController;

  beforeEach(() => ({ api, http } = signedInApiBed(PartnerEnrolApi)));

  afterEach(() => http.verify());

  /** The test config's partner base has no trailing slash, so this also checks the join. */
  function expectPost(call: Observable<unknown>, path: string, body: unknown): void {
    let done = false;
    call.subscribe(() => (done = true));
    const req = http.expectOne(`https://partner.test/rest/V1/${path}`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual(body);
    expect(req.request.params.keys()).toEqual([]);
    expect(req.request.headers.get('Authorization')).toBe('Bearer node-token');
    expect(req.request.headers.has('x-access-key')).toBeFalse();
    req.flush(sampleResponse(req.request.url));
    expect(done).toBeTrue();
  }

  it('getAlternateNumbers posts the partner id', () => {
    expectPost(api.getAlternateNumbers({ partner_id: 'p-1' }), 'getAlternateNumbers', {
      partner_id: 'p-1',
    });
  });

  it('getPartner posts a phone lookup', () => {
    expectPost(api.getPartner({ phone: '+919800000002' }), 'getPartner', {
      phone: '+919800000002',
    });
  });

  it('resendPaytmPaymentLink posts the partner and amount', () => {
    expectPost(
      api.resendPaytmPaymentLink({ partner_id: 'p-1', amount: 500 }),
      'resendPaytmPaymentLink',
      { partner_id: 'p-1', amount: 500 },
    );
  });

  it('fetchAllTagsForFreelancer posts an empty body', () => {
    expectPost(api.fetchAllTagsForFreelancer(), 'fetchAllTagsForFreelancer', {});
  });

  it('fetchMainTags posts an empty body', () => {
    expectPost(api.fetchMainTags(), 'fetchMainTags', {});
  });

  it('fetchSubTagsForMainTags posts the main tag ids', () => {
    expectPost(
      api.fetchSubTagsForMainTags({ main_tag_ids: ['m-1', 'm-2'] }),
      'fetchSubTagsForMainTags',
      { main_tag_ids: ['m-1', 'm-2'] },
    );
  });

  it('updateDCOStatusByFreelancer posts the new status and its reason', () => {
    const body: UpdateDcoStatusRequest = {
      dco_id: 'dco-1',
      status: 'suspended',
      main_tag_id: 'm-1',
      sub_tag_id: 's-1',
      remarks: 'Documents expired',
    };
    expectPost(api.updateDCOStatusByFreelancer(body), 'updateDCOStatusByFreelancer', body);
  });
});
