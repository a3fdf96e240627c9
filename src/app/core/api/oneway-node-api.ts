import { HttpClient } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { Observable } from 'rxjs';

import { APP_CONFIG } from '../config/app-config-token';
import { joinUrl } from './api-url';
import * as guard from './response-guards';
import { PayloadCheck } from './payload-check';
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
} from '../../../contract';

/** The node admin REST back end: its own session, bookings, drivers and DCOs. Every call is a POST. */
@Injectable({ providedIn: 'root' })
export class OnewayNodeApi {
  private readonly http = inject(HttpClient);
  private readonly config = inject(APP_CONFIG);
  private readonly validator = inject(ResponseValidator);

  /** Opens a node admin session, with staff credentials or the PySmartChat JWT: `POST /login`. */
  login(request: NodeLoginRequest): Observable<NodeLoginResponse> {
    return this.post<NodeLoginResponse>('login', request, guard.checkNodeLoginResponse);
  }

  /** Ends the node admin session: `POST /logout`. */
  logout(): Observable<NodeLogoutResponse> {
    return this.post<NodeLogoutResponse>(
      'logout',
      {} satisfies EmptyRequest,
      guard.checkNodeLogoutResponse,
    );
  }

  /** Looks a booking up by the id customers quote: `POST /getBookingDetailsByDisplayBookingId`. */
  getBookingDetailsByDisplayBookingId(
    request: BookingByDisplayIdRequest,
  ): Observable<BookingResponse> {
    return this.post<BookingResponse>(
      'getBookingDetailsByDisplayBookingId',
      request,
      guard.checkBookingResponse,
    );
  }

  /** The driver assigned to a booking: `POST /getDriverDetailsOfBooking`. */
  getDriverDetailsOfBooking(request: DriverOfBookingRequest): Observable<DriverOfBookingResponse> {
    return this.post<DriverOfBookingResponse>(
      'getDriverDetailsOfBooking',
      request,
      guard.checkDriverOfBookingResponse,
    );
  }

  /** Details of a DCO (driver partner): `POST /getDcoDetails`. */
  getDcoDetails(request: DcoDetailsRequest): Observable<DcoDetailsResponse> {
    return this.post<DcoDetailsResponse>('getDcoDetails', request, guard.checkDcoDetailsResponse);
  }

  /** One page of a DCO's wallet transactions: `POST /dcoTransactionHistory`. */
  dcoTransactionHistory(
    request: DcoTransactionHistoryRequest,
  ): Observable<DcoTransactionHistoryResponse> {
    return this.post<DcoTransactionHistoryResponse>(
      'dcoTransactionHistory',
      request,
      guard.checkDcoTransactionHistoryResponse,
    );
  }

  private post<T>(path: string, body: object, check: PayloadCheck): Observable<T> {
    return this.http
      .post(joinUrl(this.config.nodejsOnewayAdminUrl, path), body)
      .pipe(this.validator.validate<T>('nodeAdmin', path, check));
  }
}
