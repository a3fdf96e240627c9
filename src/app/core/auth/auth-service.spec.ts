import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { ApiError } from '../api/api-error';
import {
  provideApiTesting,
  testAccessKey,
  testExecutive,
  testLoginResponse,
  testNodeLogin,
} from '../api/api-testing';
import { Executive } from '../../../contract';
import { AuthService } from './auth-service';
import { Session } from './session';

const LOGIN_URL = 'https://chat.test/api/auth/login';
const NODE_LOGIN_URL = 'https://node.test/login';
const NODE_LOGOUT_URL = 'https://node.test/logout';
const ACCESS_KEY_URL = 'https://web.test/third/getAccessKey';

describe('AuthService', () => {
  let auth: AuthService;
  let session: Session;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideApiTesting() });
    auth = TestBed.inject(AuthService);
    session = TestBed.inject(Session);
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  describe('signIn', () => {
    it('signs in with loginV2, then opens the node session in the background', () => {
      let signedIn: Executive | undefined;
      auth.signIn('asha@example.test', 'secret').subscribe((executive) => (signedIn = executive));
      const login = http.expectOne(LOGIN_URL);
      expect(login.request.body).toEqual({ email: 'asha@example.test', password: 'secret' });
      const answer = testLoginResponse();
      login.flush(answer);

      expect(signedIn).toEqual(testExecutive());
      expect(session.token()).toBe(answer.access_token);

      const node = http.expectOne(NODE_LOGIN_URL);
      expect(node.request.body).toEqual({ sso_token: answer.access_token });
      expect(node.request.headers.has('Authorization')).toBeFalse();
      node.flush(testNodeLogin('node-1'));
      expect(session.nodeToken()).toBe('node-1');
    });

    it('does not fail the sign-in when the background node login fails', () => {
      const errors: unknown[] = [];
      let completed = false;
      auth.signIn('asha@example.test', 'secret').subscribe({
        error: (error) => errors.push(error),
        complete: () => (completed = true),
      });
      http.expectOne(LOGIN_URL).flush(testLoginResponse());
      http
        .expectOne(NODE_LOGIN_URL)
        .flush({ error: { code: 'down', message: 'Down.' } }, { status: 503, statusText: 'Down' });
      expect(errors).toEqual([]);
      expect(completed).toBeTrue();
      expect(session.isSignedIn()).toBeTrue();
      expect(session.nodeToken()).toBeNull();
    });

    it('fails with a typed error on wrong credentials and starts no node login', () => {
      let failure: unknown;
      auth.signIn('asha@example.test', 'wrong').subscribe({ error: (error) => (failure = error) });
      http.expectOne(LOGIN_URL).flush(null, { status: 401, statusText: 'Unauthorized' });
      expect(failure).toEqual(jasmine.any(ApiError));
      expect((failure as ApiError).code).toBe('invalid_credentials');
      expect(session.isSignedIn()).toBeFalse();
      http.expectNone(NODE_LOGIN_URL);
    });

    it('fails when the sign-in answer cannot be used', () => {
      let failure: unknown;
      auth.signIn('asha@example.test', 'secret').subscribe({ error: (error) => (failure = error) });
      http.expectOne(LOGIN_URL).flush({ token_type: 'bearer' });
      expect((failure as ApiError).code).toBe('bad_response');
      expect(session.isSignedIn()).toBeFalse();
      http.expectNone(NODE_LOGIN_URL);
    });
  });

  describe('renewNodeSession', () => {
    it('logs into node admin with the JWT as sso_token, once for concurrent callers', () => {
      const login = testLoginResponse();
      session.signIn(login);
      const tokens: string[] = [];
      auth.renewNodeSession().subscribe((token) => tokens.push(token));
      auth.renewNodeSession().subscribe((token) => tokens.push(token));
      const renew = http.expectOne(NODE_LOGIN_URL);
      expect(renew.request.body).toEqual({ sso_token: login.access_token });
      renew.flush(testNodeLogin('node-2'));
      expect(tokens).toEqual(['node-2', 'node-2']);
      expect(session.nodeToken()).toBe('node-2');

      auth.renewNodeSession().subscribe((token) => tokens.push(token));
      http.expectOne(NODE_LOGIN_URL).flush(testNodeLogin('node-3'));
      expect(tokens).toEqual(['node-2', 'node-2', 'node-3']);
    });

    it('joins the background node login started by sign-in', () => {
      auth.signIn('asha@example.test', 'secret').subscribe();
      http.expectOne(LOGIN_URL).flush(testLoginResponse());
      let token: string | undefined;
      auth.renewNodeSession().subscribe((t) => (token = t));
      http.expectOne(NODE_LOGIN_URL).flush(testNodeLogin('node-bg'));
      expect(token).toBe('node-bg');
    });

    it('starts a new request after a failed one', () => {
      session.signIn(testLoginResponse());
      let failure: unknown;
      auth.renewNodeSession().subscribe({ error: (error) => (failure = error) });
      http.expectOne(NODE_LOGIN_URL).flush(null, { status: 500, statusText: 'Error' });
      expect((failure as ApiError).backend).toBe('nodeAdmin');
      let token: string | undefined;
      auth.renewNodeSession().subscribe((t) => (token = t));
      http.expectOne(NODE_LOGIN_URL).flush(testNodeLogin('node-4'));
      expect(token).toBe('node-4');
    });

    it('fails without a request when nobody is signed in', () => {
      let failure: unknown;
      auth.renewNodeSession().subscribe({ error: (error) => (failure = error) });
      expect((failure as ApiError).status).toBe(401);
      http.expectNone(NODE_LOGIN_URL);
    });

    it('does not store an answer that arrives after sign-out', () => {
      session.signIn(testLoginResponse());
      auth.renewNodeSession().subscribe();
      const renew = http.expectOne(NODE_LOGIN_URL);
      session.clear();
      session.signIn(testLoginResponse({ role: 'supervisor' }));
      renew.flush(testNodeLogin('stale'));
      expect(session.nodeToken()).toBeNull();
    });
  });

  describe('ensureAccessKey', () => {
    beforeEach(() => {
      session.signIn(testLoginResponse());
      session.setNodeSession(testNodeLogin('node-1'));
    });

    it('reuses a stored key that is valid for more than 30 s', () => {
      session.setAccessKey(testAccessKey('key-1', 60_000));
      let key: string | undefined;
      auth.ensureAccessKey().subscribe((k) => (key = k));
      expect(key).toBe('key-1');
      http.expectNone(ACCESS_KEY_URL);
    });

    it('fetches a new key within 30 s of expiry, once for concurrent callers', () => {
      session.setAccessKey(testAccessKey('key-1', 20_000));
      const keys: string[] = [];
      auth.ensureAccessKey().subscribe((k) => keys.push(k));
      auth.ensureAccessKey().subscribe((k) => keys.push(k));
      const request = http.expectOne(ACCESS_KEY_URL);
      expect(request.request.method).toBe('POST');
      expect(request.request.body).toEqual({ client: 'customer-care-console' });
      expect(request.request.headers.get('Authorization')).toBe('Bearer node-1');
      request.flush(testAccessKey('key-2'));
      expect(keys).toEqual(['key-2', 'key-2']);
      expect(session.accessKey()).toBe('key-2');

      auth.ensureAccessKey().subscribe((k) => keys.push(k));
      expect(keys).toEqual(['key-2', 'key-2', 'key-2']);
    });

    it('passes a failed key request on as a typed web API error', () => {
      let failure: unknown;
      auth.ensureAccessKey().subscribe({ error: (error) => (failure = error) });
      http.expectOne(ACCESS_KEY_URL).flush(null, { status: 500, statusText: 'Error' });
      expect((failure as ApiError).backend).toBe('webApi');
      expect((failure as ApiError).code).toBe('server_error');
    });
  });

  describe('signOut', () => {
    beforeEach(() => {
      session.signIn(testLoginResponse());
      session.setNodeSession(testNodeLogin('node-1'));
      session.setAccessKey(testAccessKey('key-1'));
    });

    it('logs out of node admin, clears the session, then opens /login', async () => {
      const navigate = spyOn(router, 'navigateByUrl').and.resolveTo(true);
      const done = auth.signOut();
      const logout = http.expectOne(NODE_LOGOUT_URL);
      expect(logout.request.method).toBe('POST');
      expect(logout.request.headers.get('Authorization')).toBe('Bearer node-1');
      expect(session.isSignedIn()).toBeTrue();
      logout.flush({ success: true });
      await done;
      expect(session.isSignedIn()).toBeFalse();
      expect(session.nodeToken()).toBeNull();
      expect(session.accessKey()).toBeNull();
      expect(navigate).toHaveBeenCalledOnceWith('/login');
    });

    it('signs out even when node logout fails', async () => {
      const navigate = spyOn(router, 'navigateByUrl').and.resolveTo(true);
      const done = auth.signOut();
      http.expectOne(NODE_LOGOUT_URL).error(new ProgressEvent('error'));
      await done;
      expect(session.isSignedIn()).toBeFalse();
      expect(navigate).toHaveBeenCalledOnceWith('/login');
    });

    it('skips node logout when there is no node session', async () => {
      spyOn(router, 'navigateByUrl').and.resolveTo(true);
      session.clear();
      session.signIn(testLoginResponse());
      await auth.signOut();
      http.expectNone(NODE_LOGOUT_URL);
      expect(session.isSignedIn()).toBeFalse();
    });
  });
});
