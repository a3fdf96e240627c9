import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { catchError, from, switchMap, throwError } from 'rxjs';

import { backendOfUrl, isPySmartChatSignIn } from '../api/api-backend';
import { toApiError } from '../api/api-error';
import { APP_CONFIG } from '../config/app-config-token';

/**
 * Turns every failed call to one of the four back ends into one typed `ApiError` whose message a
 * support executive can act on. Calls to any other URL pass through untouched.
 */
export const errorInterceptor: HttpInterceptorFn = (req, next) => {
  const config = inject(APP_CONFIG);
  const backend = backendOfUrl(req.url, config);
  if (!backend) {
    return next(req);
  }
  const options = { isSignIn: isPySmartChatSignIn(req.url, config) };
  return next(req).pipe(
    catchError((error: unknown) => {
      if (!(error instanceof HttpErrorResponse)) {
        return throwError(() => error);
      }
      if (error.error instanceof Blob) {
        // A `responseType: 'blob'` call (media) gets its JSON error body as a Blob.
        return from(readBlobText(error.error)).pipe(
          switchMap((body) => throwError(() => toApiError(error, backend, options, body))),
        );
      }
      return throwError(() => toApiError(error, backend, options));
    }),
  );
};

async function readBlobText(blob: Blob): Promise<string | null> {
  try {
    return await blob.text();
  } catch {
    return null;
  }
}
