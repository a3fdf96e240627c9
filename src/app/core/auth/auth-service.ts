import { Injectable, inject } from '@angular/core';
import { Router } from '@angular/router';
import {
  Observable,
  catchError,
  finalize,
  firstValueFrom,
  map,
  of,
  share,
  tap,
  throwError,
  timeout,
} from 'rxjs';

import { ApiError } from '../api/api-error';
import { OnewayNodeApi } from '../api/oneway-node-api';
import { OnewayWebApi } from '../api/oneway-web-api';
import { PySmartChatApi } from '../api/py-smart-chat-api';
import { Executive, NodeLoginResponse } from '../../../contract';
import { Session } from './session';

/** The `client` the console names itself when it asks the web API for an access key. */
export const ACCESS_KEY_CLIENT = 'customer-care-console';

/** How long sign-out waits for the node admin back end before it signs out locally anyway. */
const LOGOUT_WAIT_MS = 5_000;

/**
 * Signs staff in and out, and keeps the secondary credentials (node admin token, web access key)
 * fresh. Renewals are single flight: concurrent callers share one request.
 */
@Injectable({ providedIn: 'root' })
export class AuthService {
  private readonly pySmartChat = inject(PySmartChatApi);
  private readonly nodeApi = inject(OnewayNodeApi);
  private readonly webApi = inject(OnewayWebApi);
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  private nodeLogin: Observable<string> | null = null;
  private accessKeyRequest: Observable<string> | null = null;

  /**
   * Signs a staff member in with PySmartChat (`loginV2`) and emits who signed in. Then opens the
   * node admin session in the background with the new JWT as `sso_token`, so that the node token
   * belongs to the JWT's session and signing out of node admin ends both. Its failure does not fail
   * the sign-in, since the node session is renewed with the JWT the first time a call needs it.
   */
  signIn(email: string, password: string): Observable<Executive> {
    return this.pySmartChat.loginV2({ email, password }).pipe(
      map((response) => {
        if (!this.session.signIn(response)) {
          throw new ApiError({
            status: 200,
            code: 'invalid_response',
            backend: 'pySmartChat',
            message:
              'The chat service sent a sign-in answer the console cannot read. Try again; if it keeps happening, tell a supervisor.',
          });
        }
        this.startNodeLogin(this.nodeApi.login({ sso_token: response.access_token })).subscribe({
          // A failed background login is retried with the JWT when a node call needs it.
          error: () => undefined,
        });
        return response.executive;
      }),
    );
  }

  /**
   * Signs out: ends the node admin session (its errors are ignored), forgets every stored
   * credential, then shows `/login`. Resolves once the navigation has been started.
   */
  async signOut(): Promise<void> {
    if (this.session.nodeToken()) {
      await firstValueFrom(
        this.nodeApi.logout().pipe(
          timeout({ first: LOGOUT_WAIT_MS }),
          catchError(() => of(null)),
        ),
        { defaultValue: null },
      );
    }
    this.nodeLogin = null;
    this.accessKeyRequest = null;
    this.session.clear();
    await this.router.navigateByUrl('/login');
  }

  /**
   * Opens a new node admin session with the PySmartChat JWT as `sso_token` and emits the new node
   * token. Joins a node sign-in already in flight instead of starting another.
   */
  renewNodeSession(): Observable<string> {
    if (this.nodeLogin) {
      return this.nodeLogin;
    }
    const jwt = this.session.token();
    if (!jwt) {
      return throwError(
        () =>
          new ApiError({
            status: 401,
            code: 'unauthorized',
            backend: 'nodeAdmin',
            message: 'You are signed out. Sign in again.',
          }),
      );
    }
    return this.startNodeLogin(this.nodeApi.login({ sso_token: jwt }));
  }

  /**
   * Emits a web API access key: the stored one until 30 s before it expires, otherwise a new one
   * from `getAccessKey`. Concurrent callers share one request.
   */
  ensureAccessKey(): Observable<string> {
    const key = this.session.freshAccessKey();
    if (key) {
      return of(key);
    }
    if (!this.accessKeyRequest) {
      const token = this.session.token();
      const request = this.webApi.getAccessKeyWeb({ client: ACCESS_KEY_CLIENT }).pipe(
        tap((response) => {
          if (this.session.token() === token) {
            this.session.setAccessKey(response);
          }
        }),
        map((response) => response.access_key),
        finalize(() => {
          if (this.accessKeyRequest === request) {
            this.accessKeyRequest = null;
          }
        }),
        share(),
      );
      this.accessKeyRequest = request;
    }
    return this.accessKeyRequest;
  }

  /** Runs a node sign-in as the one in flight; the background one at sign-in runs at once. */
  private startNodeLogin(login: Observable<NodeLoginResponse>): Observable<string> {
    const token = this.session.token();
    const request = login.pipe(
      tap((response) => {
        // An answer that arrives after a sign-out or another sign-in belongs to nobody.
        if (this.session.token() === token) {
          this.session.setNodeSession(response);
        }
      }),
      map((response) => response.token),
      finalize(() => {
        if (this.nodeLogin === request) {
          this.nodeLogin = null;
        }
      }),
      share(),
    );
    this.nodeLogin = request;
    return request;
  }
}
