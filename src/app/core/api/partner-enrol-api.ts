import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { APP_CONFIG } from '../config/app-config-token';
import { joinUrl } from './api-url';
import { ResponseValidator } from './response-validator';
import {
  AllTagsResponse,
  AlternateNumbersRequest,
  AlternateNumbersResponse,
  EmptyRequest,
  GetPartnerRequest,
  GetPartnerResponse,
  MainTagsResponse,
  ResendPaytmLinkRequest,
  ResendPaytmLinkResponse,
  SubTagsRequest,
  SubTagsResponse,
  UpdateDcoStatusRequest,
  UpdateDcoStatusResponse,
  RestEndpointName,
} from '../../../contract';

/** The partner enrol back end: partners (DCOs), payment links and the status tag taxonomy. */
@Injectable({ providedIn: 'root' })
export class PartnerEnrolApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(APP_CONFIG);
  private readonly validator = inject(ResponseValidator);

  /** A partner's other contact numbers: `POST /getAlternateNumbers`. */
  getAlternateNumbers(request: AlternateNumbersRequest): Observable<AlternateNumbersResponse> {
    return this.post<AlternateNumbersResponse>('getAlternateNumbers', request);
  }

  /** A partner by id or by phone number: `POST /getPartner`. */
  getPartner(request: GetPartnerRequest): Observable<GetPartnerResponse> {
    return this.post<GetPartnerResponse>('getPartner', request);
  }

  /** Sends a partner a new payment link for their dues: `POST /resendPaytmPaymentLink`. */
  resendPaytmPaymentLink(request: ResendPaytmLinkRequest): Observable<ResendPaytmLinkResponse> {
    return this.post<ResendPaytmLinkResponse>('resendPaytmPaymentLink', request);
  }

  /** Every status tag, flat: `POST /fetchAllTagsForFreelancer` with an empty body. */
  fetchAllTagsForFreelancer(): Observable<AllTagsResponse> {
    return this.post<AllTagsResponse>('fetchAllTagsForFreelancer', {} satisfies EmptyRequest);
  }

  /** The main status tag categories: `POST /fetchMainTags` with an empty body. */
  fetchMainTags(): Observable<MainTagsResponse> {
    return this.post<MainTagsResponse>('fetchMainTags', {} satisfies EmptyRequest);
  }

  /** Sub-tags of the given main tags: `POST /fetchSubTagsForMainTags`. */
  fetchSubTagsForMainTags(request: SubTagsRequest): Observable<SubTagsResponse> {
    return this.post<SubTagsResponse>('fetchSubTagsForMainTags', request);
  }

  /** Changes a DCO's status with a reason tag: `POST /updateDCOStatusByFreelancer`. */
  updateDCOStatusByFreelancer(
    request: UpdateDcoStatusRequest,
  ): Observable<UpdateDcoStatusResponse> {
    return this.post<UpdateDcoStatusResponse>('updateDCOStatusByFreelancer', request);
  }

  private post<T>(path: RestEndpointName, body: object): Observable<T> {
    return this.http
      .post(joinUrl(this.config.partnerEnrollApi, path), body)
      .pipe(this.validator.validate<T>('partnerEnrol', path));
  }
}
