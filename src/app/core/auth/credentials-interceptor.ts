import {
  HttpErrorResponse,
  HttpEvent,
  HttpHandlerFn,
  HttpInterceptorFn,
  HttpRequest,
} from '@angular/common/http';
import { inject } from '@angular/core';
import { Observable, catchError, of, switchMap, throwError } from 'rxjs';

import {
  backendOfUrl,
  isAccessKeyRequest,
  isNodeAdminLogin,
  isPySmartChatSignIn,
} from '../api/api-backend';
import { ApiError } from '../api/api-error';
import { APP_CONFIG } from '../config/app-config-token';
import { AuthService } from './auth-service';
import { Session } from './session';

/** Header the web API reads its access key from. */
export const ACCESS_KEY_HEADER = 'x-access-key';

/**
 * Adds each back end's credentials, chosen by the request URL: the PySmartChat JWT, the node admin
 * token (node admin, partner enrol, and the web API's `/getAccessKey`), or the web access key. A
 * 401 from the node token's back ends renews the node session once and retries once; a 401 from
 * the web API replaces the access key once and retries once.
 */
export const credentialsInterceptor: HttpInterceptorFn = (req, next) => {
  const config = inject(APP_CONFIG);
  const session = inject(Session);
  const auth = inject(AuthService);
  switch (backendOfUrl(req.url, config)) {
    case 'pySmartChat':
      return isPySmartChatSignIn(req.url, config)
        ? next(req)
        : next(withBearer(req, session.token()));
    case 'nodeAdmin':
      return isNodeAdminLogin(req.url, config)
        ? next(req)
        : sendWithNodeToken(req, next, session, auth);
    case 'partnerEnrol':
      return sendWithNodeToken(req, next, session, auth);
    case 'webApi':
      return isAccessKeyRequest(req.url, config)
        ? sendWithNodeToken(req, next, session, auth)
        : sendWithAccessKey(req, next, session, auth);
    default:
      return next(req);
  }
};

function withBearer<T>(req: HttpRequest<T>, token: string | null): HttpRequest<T> {
  return token ? req.clone({ setHeaders: { Authorization: `Bearer ${token}` } }) : req;
}

function isUnauthorized(error: unknown): boolean {
  return (error instanceof HttpErrorResponse || error instanceof ApiError) && error.status === 401;
}

function sendWithNodeToken(
  req: HttpRequest<unknown>,
  next: HttpHandlerFn,
  session: Session,
  auth: AuthService,
): Observable<HttpEvent<unknown>> {
  const send = (token: string | null) => next(withBearer(req, token));
  const token = session.freshNodeToken();
  if (!token) {
    if (!session.token()) {
      return send(null);
    }
    // Renewing first saves a round trip that is sure to be refused. If renewal fails, the request
    // still goes, so the caller gets the back end's own answer.
    return auth.renewNodeSession().pipe(
      catchError(() => of(null)),
      switchMap((renewed) => send(renewed)),
    );
  }
  return send(token).pipe(
    catchError((error: unknown) => {
      if (!isUnauthorized(error)) {
        return throwError(() => error);
      }
      const current = session.freshNodeToken();
      // Another call may have renewed the session while this one was out; use that token.
      const renewed = current && current !== token ? of(current) : auth.renewNodeSession();
      return renewed.pipe(
        catchError(() => throwError(() => error)),
        switchMap((fresh) => send(fresh)),
      );
    }),
  );
}

function sendWithAccessKey(
  req: HttpRequest<unknown>,
  next: HttpHandlerFn,
  session: Session,
  auth: AuthService,
): Observable<HttpEvent<unknown>> {
  const send = (key: string) => next(req.clone({ setHeaders: { [ACCESS_KEY_HEADER]: key } }));
  return auth.ensureAccessKey().pipe(
    switchMap((key) =>
      send(key).pipe(
        catchError((error: unknown) => {
          if (!isUnauthorized(error)) {
            return throwError(() => error);
          }
          session.clearAccessKey(key);
          return auth.ensureAccessKey().pipe(switchMap((fresh) => send(fresh)));
        }),
      ),
    ),
  );
}
