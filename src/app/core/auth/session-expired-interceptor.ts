import { HttpErrorResponse, HttpInterceptorFn } from '@angular/common/http';
import { inject } from '@angular/core';
import { Router } from '@angular/router';
import { catchError, throwError } from 'rxjs';

import { backendOfUrl, isPySmartChatSignIn } from '../api/api-backend';
import { ApiError } from '../api/api-error';
import { APP_CONFIG } from '../config/app-config-token';
import { Session } from './session';

/**
 * The session-expired flow: a 401 from PySmartChat (other than on sign-in) means the JWT is no
 * longer accepted, so the session ends and the login page opens with `returnUrl` set to where the
 * executive was. The error still reaches the caller.
 */
export const sessionExpiredInterceptor: HttpInterceptorFn = (req, next) => {
  const config = inject(APP_CONFIG);
  if (backendOfUrl(req.url, config) !== 'pySmartChat' || isPySmartChatSignIn(req.url, config)) {
    return next(req);
  }
  const session = inject(Session);
  const router = inject(Router);
  const sentWith = session.token();
  return next(req).pipe(
    catchError((error: unknown) => {
      const status =
        error instanceof HttpErrorResponse || error instanceof ApiError ? error.status : null;
      // Only the session the request was sent with can expire: after a new sign-in, or after
      // a first 401 already ended it, a late refusal must not end the new one or navigate twice.
      if (status === 401 && sentWith !== null && session.token() === sentWith) {
        const returnUrl = router.url;
        session.expire();
        if (!returnUrl.startsWith('/login')) {
          void router.navigate(['/login'], { queryParams: { returnUrl } });
        }
      }
      return throwError(() => error);
    }),
  );
};
