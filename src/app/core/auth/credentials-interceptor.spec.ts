import { HttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';

import { ApiError } from '../api/api-error';
import {
  provideApiTesting,
  testAccessKey,
  testLoginResponse,
  testNodeLogin,
} from '../api/api-testing';
import { Session } from './session';

const NODE_LOGIN = 'https://node.test/login';
const ACCESS_KEY = 'https://web.test/third/getAccessKey';
const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe('credentialsInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: Session;
  let jwt: string;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideApiTesting() });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    const login = testLoginResponse();
    jwt = login.access_token;
    session.signIn(login);
    session.setNodeSession(testNodeLogin('node-1'));
    session.setAccessKey(testAccessKey('key-1'));
  });

  afterEach(() => backend.verify());

  function post(url: string, results: unknown[] = [], errors: unknown[] = []): void {
    http.post(url, {}).subscribe({
      next: (value) => results.push(value),
      error: (error) => errors.push(error),
    });
  }

  function authOf(req: TestRequest): string | null {
    return req.request.headers.get('Authorization');
  }

  describe('chooses the credential by back end', () => {
    it('sends the JWT to PySmartChat, but not on its login', () => {
      post('https://chat.test/api/chats/c1/notes');
      post('https://chat.test/api/auth/login');
      expect(authOf(backend.expectOne('https://chat.test/api/chats/c1/notes'))).toBe(
        `Bearer ${jwt}`,
      );
      expect(authOf(backend.expectOne('https://chat.test/api/auth/login'))).toBeNull();
    });

    it('sends the node token to node admin and partner enrol, but not on node /login', () => {
      post('https://node.test/getDcoDetails');
      post('https://partner.test/rest/V1/getPartner');
      post(NODE_LOGIN);
      expect(authOf(backend.expectOne('https://node.test/getDcoDetails'))).toBe('Bearer node-1');
      expect(authOf(backend.expectOne('https://partner.test/rest/V1/getPartner'))).toBe(
        'Bearer node-1',
      );
      expect(authOf(backend.expectOne(NODE_LOGIN))).toBeNull();
    });

    it('sends the node token to /getAccessKey and the access key to other web API calls', () => {
      post(ACCESS_KEY);
      post('https://web.test/third/getDriverAndCabImages');
      const key = backend.expectOne(ACCESS_KEY);
      expect(authOf(key)).toBe('Bearer node-1');
      expect(key.request.headers.has('x-access-key')).toBeFalse();
      const images = backend.expectOne('https://web.test/third/getDriverAndCabImages');
      expect(images.request.headers.get('x-access-key')).toBe('key-1');
      expect(authOf(images)).toBeNull();
    });

    it('leaves requests to any other URL alone', () => {
      http.get('https://elsewhere.test/config.json').subscribe();
      const req = backend.expectOne('https://elsewhere.test/config.json');
      expect(req.request.headers.keys()).toEqual([]);
    });

    it('sends no Authorization to PySmartChat when signed out', () => {
      session.clear();
      post('https://chat.test/api/chats/chat_gpt');
      expect(authOf(backend.expectOne('https://chat.test/api/chats/chat_gpt'))).toBeNull();
    });
  });

  describe('node token renewal', () => {
    for (const url of [
      'https://node.test/getDcoDetails',
      'https://partner.test/rest/V1/getPartner',
    ]) {
      it(`renews the node session once and retries once after a 401 from ${url}`, () => {
        const results: unknown[] = [];
        post(url, results);
        backend.expectOne(url).flush(null, UNAUTHORIZED);

        const renew = backend.expectOne(NODE_LOGIN);
        expect(renew.request.body).toEqual({ sso_token: jwt });
        expect(authOf(renew)).toBeNull();
        renew.flush(testNodeLogin('node-2'));

        const retry = backend.expectOne(url);
        expect(authOf(retry)).toBe('Bearer node-2');
        retry.flush({ ok: true });
        expect(results).toEqual([{ ok: true }]);
        expect(session.nodeToken()).toBe('node-2');
      });
    }

    it('gives up after the one retry is refused too', () => {
      const errors: unknown[] = [];
      post('https://node.test/getDcoDetails', [], errors);
      backend.expectOne('https://node.test/getDcoDetails').flush(null, UNAUTHORIZED);
      backend.expectOne(NODE_LOGIN).flush(testNodeLogin('node-2'));
      backend.expectOne('https://node.test/getDcoDetails').flush(null, UNAUTHORIZED);
      backend.expectNone(NODE_LOGIN);
      expect(errors.length).toBe(1);
      expect((errors[0] as ApiError).status).toBe(401);
      expect((errors[0] as ApiError).backend).toBe('nodeAdmin');
    });

    it('reports the original 401 when renewal fails', () => {
      const errors: unknown[] = [];
      post('https://partner.test/rest/V1/getPartner', [], errors);
      backend.expectOne('https://partner.test/rest/V1/getPartner').flush(null, UNAUTHORIZED);
      backend.expectOne(NODE_LOGIN).flush(null, { status: 500, statusText: 'Error' });
      expect((errors[0] as ApiError).backend).toBe('partnerEnrol');
      expect((errors[0] as ApiError).status).toBe(401);
      expect(session.isSignedIn()).toBeTrue();
    });

    it('shares one renewal between concurrent 401s', () => {
      const results: unknown[] = [];
      post('https://node.test/getDcoDetails', results);
      post('https://partner.test/rest/V1/getPartner', results);
      backend.expectOne('https://node.test/getDcoDetails').flush(null, UNAUTHORIZED);
      backend.expectOne('https://partner.test/rest/V1/getPartner').flush(null, UNAUTHORIZED);
      backend.expectOne(NODE_LOGIN).flush(testNodeLogin('node-2'));
      const retries = backend.match(() => true);
      expect(retries.map((r) => authOf(r))).toEqual(['Bearer node-2', 'Bearer node-2']);
      retries.forEach((r) => r.flush({}));
      expect(results.length).toBe(2);
    });

    it('renews before sending when the node token is missing or about to expire', () => {
      session.setNodeSession(testNodeLogin('node-old', 10_000));
      post('https://node.test/getDcoDetails');
      backend.expectOne(NODE_LOGIN).flush(testNodeLogin('node-2'));
      expect(authOf(backend.expectOne('https://node.test/getDcoDetails'))).toBe('Bearer node-2');
    });

    it('still sends the request without a token when that renewal fails', () => {
      session.setNodeSession(testNodeLogin('node-old', 10_000));
      const errors: unknown[] = [];
      post('https://node.test/getDcoDetails', [], errors);
      backend.expectOne(NODE_LOGIN).error(new ProgressEvent('error'));
      const req = backend.expectOne('https://node.test/getDcoDetails');
      expect(authOf(req)).toBeNull();
      req.flush(null, UNAUTHORIZED);
      backend.expectNone(NODE_LOGIN);
      expect((errors[0] as ApiError).status).toBe(401);
    });
  });

  describe('web access key', () => {
    it('drops a refused key, fetches a new one and retries once', () => {
      const results: unknown[] = [];
      post('https://web.test/third/getDriverAndCabImages', results);
      backend.expectOne('https://web.test/third/getDriverAndCabImages').flush(null, UNAUTHORIZED);

      const key = backend.expectOne(ACCESS_KEY);
      expect(key.request.body).toEqual({ client: 'customer-care-console' });
      expect(authOf(key)).toBe('Bearer node-1');
      key.flush(testAccessKey('key-2'));

      const retry = backend.expectOne('https://web.test/third/getDriverAndCabImages');
      expect(retry.request.headers.get('x-access-key')).toBe('key-2');
      retry.flush({ images: [] });
      expect(results).toEqual([{ images: [] }]);
      expect(session.accessKey()).toBe('key-2');
    });

    it('gives up after the retry with a new key is refused too', () => {
      const errors: unknown[] = [];
      post('https://web.test/third/getDriverAndCabImages', [], errors);
      backend.expectOne('https://web.test/third/getDriverAndCabImages').flush(null, UNAUTHORIZED);
      backend.expectOne(ACCESS_KEY).flush(testAccessKey('key-2'));
      backend.expectOne('https://web.test/third/getDriverAndCabImages').flush(null, UNAUTHORIZED);
      backend.expectNone(ACCESS_KEY);
      expect((errors[0] as ApiError).backend).toBe('webApi');
      expect((errors[0] as ApiError).status).toBe(401);
    });

    it('fetches a key first when none is stored', () => {
      session.clearAccessKey();
      post('https://web.test/third/getDriverAndCabImages');
      backend.expectOne(ACCESS_KEY).flush(testAccessKey('key-3'));
      const req = backend.expectOne('https://web.test/third/getDriverAndCabImages');
      expect(req.request.headers.get('x-access-key')).toBe('key-3');
    });

    it('renews the node session when /getAccessKey itself is refused', () => {
      session.clearAccessKey();
      post('https://web.test/third/getDriverAndCabImages');
      backend.expectOne(ACCESS_KEY).flush(null, UNAUTHORIZED);
      backend.expectOne(NODE_LOGIN).flush(testNodeLogin('node-2'));
      const key = backend.expectOne(ACCESS_KEY);
      expect(authOf(key)).toBe('Bearer node-2');
      key.flush(testAccessKey('key-4'));
      const req = backend.expectOne('https://web.test/third/getDriverAndCabImages');
      expect(req.request.headers.get('x-access-key')).toBe('key-4');
    });
  });
});
