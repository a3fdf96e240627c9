import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { APP_CONFIG } from '../config/app-config-token';
import { joinUrl } from './api-url';
import { ResponseValidator } from './response-validator';
import {
  AccessKeyRequest,
  AccessKeyResponse,
  DriverAndCabImagesRequest,
  DriverAndCabImagesResponse,
} from '../../../contract';

/** The web API back end: an access key, then driver and cab photos. Every call is a POST. */
@Injectable({ providedIn: 'root' })
export class OnewayWebApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(APP_CONFIG);
  private readonly validator = inject(ResponseValidator);

  /** Obtains a short-lived web access key (sent with the node admin token): `POST /getAccessKey`. */
  getAccessKeyWeb(request: AccessKeyRequest): Observable<AccessKeyResponse> {
    return this.http
      .post(this.url('getAccessKey'), request)
      .pipe(this.validator.validate<AccessKeyResponse>('webApi', 'getAccessKeyWeb'));
  }

  /** Photos of a driver and their cab: `POST /getDriverAndCabImages`. */
  getDriverAndCabImages(
    request: DriverAndCabImagesRequest,
  ): Observable<DriverAndCabImagesResponse> {
    return this.http
      .post(this.url('getDriverAndCabImages'), request)
      .pipe(this.validator.validate<DriverAndCabImagesResponse>('webApi', 'getDriverAndCabImages'));
  }

  private url(path: string): string {
    return joinUrl(this.config.webApiURL, path);
  }
}
