import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { APP_CONFIG } from '../config/app-config-token';
import { joinUrl } from './api-url';
import { ResponseValidator } from './response-validator';
import {
  BookingByDisplayIdRequest,
  BookingResponse,
  DcoDetailsRequest,
  DcoDetailsResponse,
  DcoTransactionHistoryRequest,
  DcoTransactionHistoryResponse,
  DriverOfBookingRequest,
  DriverOfBookingResponse,
  EmptyRequest,
  NodeLoginRequest,
  NodeLoginResponse,
  NodeLogoutResponse,
  RestEndpointName,
} from '../../../contract';

/** The node admin REST back end: its own session, bookings, drivers and DCOs. Every call is a POST. */
@Injectable({ providedIn: 'root' })
export class OnewayNodeApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(APP_CONFIG);
  private readonly validator = inject(ResponseValidator);

  /** Opens a node admin session, with staff credentials or the PySmartChat JWT: `POST /login`. */
  login(request: NodeLoginRequest): Observable<NodeLoginResponse> {
    return this.post<NodeLoginResponse>('login', request);
  }

  /** Ends the node admin session: `POST /logout`. */
  logout(): Observable<NodeLogoutResponse> {
    return this.post<NodeLogoutResponse>('logout', {} satisfies EmptyRequest);
  }

  /** Looks a booking up by the id customers quote: `POST /getBookingDetailsByDisplayBookingId`. */
  getBookingDetailsByDisplayBookingId(
    request: BookingByDisplayIdRequest,
  ): Observable<BookingResponse> {
    return this.post<BookingResponse>('getBookingDetailsByDisplayBookingId', request);
  }

  /** The driver assigned to a booking: `POST /getDriverDetailsOfBooking`. */
  getDriverDetailsOfBooking(request: DriverOfBookingRequest): Observable<DriverOfBookingResponse> {
    return this.post<DriverOfBookingResponse>('getDriverDetailsOfBooking', request);
  }

  /** Details of a DCO (driver partner): `POST /getDcoDetails`. */
  getDcoDetails(request: DcoDetailsRequest): Observable<DcoDetailsResponse> {
    return this.post<DcoDetailsResponse>('getDcoDetails', request);
  }

  /** One page of a DCO's wallet transactions: `POST /dcoTransactionHistory`. */
  dcoTransactionHistory(
    request: DcoTransactionHistoryRequest,
  ): Observable<DcoTransactionHistoryResponse> {
    return this.post<DcoTransactionHistoryResponse>('dcoTransactionHistory', request);
  }

  private post<T>(path: RestEndpointName, body: object): Observable<T> {
    return this.http
      .post(joinUrl(this.config.nodejsOnewayAdminUrl, path), body)
      .pipe(this.validator.validate<T>('nodeAdmin', path));
  }
}
