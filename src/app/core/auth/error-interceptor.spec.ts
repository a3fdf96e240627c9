import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';

import { ApiError } from '../api/api-error';
import {
  provideApiTesting,
  testAccessKey,
  testLoginResponse,
  testNodeLogin,
} from '../api/api-testing';
import { PySmartChatApi } from '../api/py-smart-chat-api';
import { Session } from './session';

describe('errorInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideApiTesting() });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    const session = TestBed.inject(Session);
    session.signIn(testLoginResponse());
    session.setNodeSession(testNodeLogin());
    session.setAccessKey(testAccessKey());
  });

  afterEach(() => backend.verify());

  function failWith(
    url: string,
    respond: (req: ReturnType<HttpTestingController['expectOne']>) => void,
  ): unknown {
    let failure: unknown;
    http.post(url, {}).subscribe({ error: (error) => (failure = error) });
    respond(backend.expectOne(url));
    return failure;
  }

  it('says which service cannot be reached on status 0', () => {
    const error = failWith('https://node.test/getDcoDetails', (req) =>
      req.error(new ProgressEvent('error')),
    ) as ApiError;
    expect(error).toEqual(jasmine.any(ApiError));
    expect(error.status).toBe(0);
    expect(error.backend).toBe('nodeAdmin');
    expect(error.message).toBe(
      "The bookings service can't be reached. Check your connection, then try again.",
    );
  });

  it('passes a 400 and a 422 body message and field through', () => {
    const body = {
      error: { code: 'validation_failed', message: 'Pick a status.', field: 'status' },
    };
    for (const status of [400, 422]) {
      const error = failWith('https://partner.test/rest/V1/updateDCOStatusByFreelancer', (req) =>
        req.flush(body, { status, statusText: 'Bad' }),
      ) as ApiError;
      expect(error.status).toBe(status);
      expect(error.backend).toBe('partnerEnrol');
      expect(error.message).toBe('Pick a status.');
      expect(error.field).toBe('status');
    }
  });

  it('maps a 404 without a body to not found', () => {
    const error = failWith('https://chat.test/api/chats/x/notes', (req) =>
      req.flush(null, { status: 404, statusText: 'Not Found' }),
    ) as ApiError;
    expect(error.code).toBe('not_found');
    expect(error.backend).toBe('pySmartChat');
  });

  it('maps a 500 to a retry-later message', () => {
    const error = failWith('https://web.test/third/getDriverAndCabImages', (req) =>
      req.flush('oops', { status: 500, statusText: 'Server Error' }),
    ) as ApiError;
    expect(error.code).toBe('server_error');
    expect(error.backend).toBe('webApi');
    expect(error.message).toBe(
      'The driver photo service is having trouble right now. Wait a minute, then try again.',
    );
  });

  it("uses the server's error body on any status", () => {
    const error = failWith('https://node.test/getBookingDetailsByDisplayBookingId', (req) =>
      req.flush(
        { error: { code: 'booking_not_found', message: 'No booking OW999. Check the id.' } },
        { status: 404, statusText: 'Not Found' },
      ),
    ) as ApiError;
    expect(error.code).toBe('booking_not_found');
    expect(error.message).toBe('No booking OW999. Check the id.');
  });

  it('reads the error body of a blob download', async () => {
    const api = TestBed.inject(PySmartChatApi);
    const failure = firstValueFrom(api.fetchMediaFile('m-1')).catch((error: unknown) => error);
    backend.expectOne('https://chat.test/api/whatsapp/downloadmedia/m-1').flush(
      new Blob([JSON.stringify({ error: { code: 'media_gone', message: 'Media expired.' } })], {
        type: 'application/json',
      }),
      { status: 410, statusText: 'Gone' },
    );
    const error = (await failure) as ApiError;
    expect(error).toEqual(jasmine.any(ApiError));
    expect(error.code).toBe('media_gone');
    expect(error.message).toBe('Media expired.');
  });

  it('leaves errors of other URLs as they are', () => {
    let failure: unknown;
    http.get('https://elsewhere.test/x').subscribe({ error: (error) => (failure = error) });
    backend.expectOne('https://elsewhere.test/x').flush(null, { status: 500, statusText: 'E' });
    expect(failure).toEqual(jasmine.any(HttpErrorResponse));
  });
});
