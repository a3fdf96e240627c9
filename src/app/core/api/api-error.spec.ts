import { HttpErrorResponse } from '@angular/common/http';

import { ApiError, isApiError, readApiErrorBody, toApiError } from './api-error';

function httpError(status: number, error: unknown = null): HttpErrorResponse {
  return new HttpErrorResponse({ status, error, url: 'https://x.test/y' });
}

describe('toApiError', () => {
  it('uses the server error body when it has the contract shape', () => {
    const error = toApiError(
      httpError(422, {
        error: { code: 'validation_failed', message: 'Rating must be 1 to 5.', field: 'rating' },
      }),
      'pySmartChat',
    );
    expect(error).toEqual(jasmine.any(ApiError));
    expect(error.status).toBe(422);
    expect(error.code).toBe('validation_failed');
    expect(error.backend).toBe('pySmartChat');
    expect(error.message).toBe('Rating must be 1 to 5.');
    expect(error.field).toBe('rating');
  });

  it('reads a body that arrived as JSON text', () => {
    const error = toApiError(
      httpError(404, '{"error":{"code":"booking_not_found","message":"No booking OW1."}}'),
      'nodeAdmin',
    );
    expect(error.code).toBe('booking_not_found');
    expect(error.message).toBe('No booking OW1.');
    expect(error.field).toBeUndefined();
  });

  it('names the service that cannot be reached on status 0', () => {
    const error = toApiError(httpError(0, new ProgressEvent('error')), 'partnerEnrol');
    expect(error.code).toBe('unreachable');
    expect(error.message).toBe(
      "The partner service can't be reached. Check your connection, then try again.",
    );
  });

  it('asks to retry later on a 5xx without a body', () => {
    const error = toApiError(httpError(503, '<html>Bad gateway</html>'), 'webApi');
    expect(error.code).toBe('server_error');
    expect(error.message).toContain('try again');
    expect(error.message).toContain('The driver photo service');
  });

  it('says not allowed on 403 and not found on 404', () => {
    expect(toApiError(httpError(403), 'nodeAdmin').message).toContain('not allowed');
    const notFound = toApiError(httpError(404), 'nodeAdmin');
    expect(notFound.code).toBe('not_found');
    expect(notFound.message).toContain('could not find');
  });

  it("passes a short plain-text 400 through as the server's message", () => {
    expect(toApiError(httpError(400, 'Phone number is not valid.'), 'partnerEnrol').message).toBe(
      'Phone number is not valid.',
    );
    expect(toApiError(httpError(400), 'partnerEnrol').message).toContain('Check what you entered');
  });

  it('tells a wrong password on sign-in apart from an expired session', () => {
    expect(toApiError(httpError(401), 'pySmartChat', { isSignIn: true }).code).toBe(
      'invalid_credentials',
    );
    expect(toApiError(httpError(401), 'pySmartChat').message).toBe(
      'Your session expired. Sign in again.',
    );
  });

  it('ignores bodies that only look like the contract', () => {
    expect(readApiErrorBody({ error: { code: 1, message: 'x' } })).toBeNull();
    expect(readApiErrorBody({ error: 'nope' })).toBeNull();
    expect(readApiErrorBody('not json')).toBeNull();
    expect(readApiErrorBody({ error: { code: 'c', message: '' } })).toBeNull();
  });

  it('is recognised by isApiError and is an Error', () => {
    const error = toApiError(httpError(500), 'pySmartChat');
    expect(isApiError(error)).toBeTrue();
    expect(error instanceof Error).toBeTrue();
    expect(isApiError(new Error('x'))).toBeFalse();
  });
});
