import { TestBed } from '@angular/core/testing';

import {
  MemoryStorage,
  makeTestJwt,
  provideApiTesting,
  testAccessKey,
  testExecutive,
  testLoginResponse,
  testNodeLogin,
} from '../api/api-testing';
import { SESSION_STORAGE, SESSION_STORAGE_KEY, Session, TOKEN_RENEWAL_MARGIN_MS } from './session';

describe('Session', () => {
  let storage: MemoryStorage;

  function setUp(): Session {
    TestBed.configureTestingModule({ providers: provideApiTesting({ storage }) });
    return TestBed.inject(Session);
  }

  /** A second instance over the same storage: what a reload of the tab sees. */
  function reload(): Session {
    return TestBed.runInInjectionContext(() => new Session());
  }

  beforeEach(() => {
    storage = new MemoryStorage();
  });

  it('starts signed out with nothing stored', () => {
    const session = setUp();
    expect(session.isSignedIn()).toBeFalse();
    expect(session.executive()).toBeNull();
    expect(session.role()).toBeNull();
    expect(session.token()).toBeNull();
    expect(session.expiredNotice()).toBeFalse();
  });

  it('signs in from a loginV2 answer and keeps the JWT expiry from its exp claim', () => {
    const session = setUp();
    const login = testLoginResponse({ role: 'supervisor', expiresInSeconds: 600 });
    expect(session.signIn(login)).toBeTrue();
    expect(session.isSignedIn()).toBeTrue();
    expect(session.executive()).toEqual(testExecutive('supervisor'));
    expect(session.role()).toBe('supervisor');
    expect(session.isSupervisor()).toBeTrue();
    expect(session.token()).toBe(login.access_token);
    const exp = JSON.parse(atob(login.access_token.split('.')[1])).exp as number;
    expect(session.tokenExpiresAt()).toBe(exp * 1000);
  });

  it('falls back to expires_in when the JWT carries no exp', () => {
    const session = setUp();
    const before = Date.now();
    session.signIn({
      ...testLoginResponse(),
      access_token: makeTestJwt({ sub: 'x' }),
      expires_in: 60,
    });
    const expiresAt = session.tokenExpiresAt() ?? 0;
    expect(expiresAt).toBeGreaterThanOrEqual(before + 60_000);
    expect(expiresAt).toBeLessThanOrEqual(Date.now() + 60_000);
  });

  it('refuses a loginV2 answer without a token or a valid executive', () => {
    const session = setUp();
    const login = testLoginResponse();
    expect(session.signIn({ ...login, access_token: '' })).toBeFalse();
    expect(
      session.signIn({ ...login, executive: { ...login.executive, role: 'admin' as never } }),
    ).toBeFalse();
    expect(session.isSignedIn()).toBeFalse();
    expect(storage.length).toBe(0);
  });

  it('keeps everything under one namespaced key and survives a reload', () => {
    const session = setUp();
    const login = testLoginResponse();
    session.signIn(login);
    session.setNodeSession(testNodeLogin('node-1'));
    session.setAccessKey(testAccessKey('key-1'));
    expect(storage.length).toBe(1);
    expect(storage.key(0)).toBe('ccc.session');

    const restored = reload();
    expect(restored.isSignedIn()).toBeTrue();
    expect(restored.token()).toBe(login.access_token);
    expect(restored.executive()).toEqual(login.executive);
    expect(restored.nodeToken()).toBe('node-1');
    expect(restored.accessKey()).toBe('key-1');
    expect(restored.freshAccessKey()).toBe('key-1');
  });

  it('clear() forgets every credential, in memory and in storage', () => {
    const session = setUp();
    session.signIn(testLoginResponse());
    session.setNodeSession(testNodeLogin());
    session.setAccessKey(testAccessKey());
    session.clear();
    expect(session.isSignedIn()).toBeFalse();
    expect(session.token()).toBeNull();
    expect(session.nodeToken()).toBeNull();
    expect(session.accessKey()).toBeNull();
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    expect(reload().isSignedIn()).toBeFalse();
  });

  for (const [label, raw] of [
    ['not JSON', '{nope'],
    ['JSON of the wrong shape', '["a"]'],
    ['another storage version', JSON.stringify({ v: 99, token: 'x' })],
    [
      'an executive with an unknown role',
      JSON.stringify({
        v: 1,
        token: 't',
        tokenExpiresAt: null,
        executive: { ...testExecutive(), role: 'root' },
      }),
    ],
    ['a missing token', JSON.stringify({ v: 1, executive: testExecutive() })],
  ] as const) {
    it(`treats a corrupt stored value (${label}) as signed out and removes it`, () => {
      storage.setItem(SESSION_STORAGE_KEY, raw);
      const session = setUp();
      expect(session.isSignedIn()).toBeFalse();
      expect(session.token()).toBeNull();
      expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    });
  }

  it('drops a corrupt node token or access key but keeps the sign-in', () => {
    const login = testLoginResponse();
    storage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({
        v: 1,
        token: login.access_token,
        tokenExpiresAt: null,
        executive: login.executive,
        node: { value: 42 },
        accessKey: 'key',
      }),
    );
    const session = setUp();
    expect(session.isSignedIn()).toBeTrue();
    expect(session.nodeToken()).toBeNull();
    expect(session.accessKey()).toBeNull();
  });

  it('treats an expired stored JWT as signed out and raises the expired notice', () => {
    const first = setUp();
    first.signIn(testLoginResponse({ expiresInSeconds: -5 }));
    const session = reload();
    expect(session.isSignedIn()).toBeFalse();
    expect(session.expiredNotice()).toBeTrue();
    expect(storage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });

  it("trusts the JWT's exp over an edited stored expiry", () => {
    const login = testLoginResponse({ expiresInSeconds: -5 });
    storage.setItem(
      SESSION_STORAGE_KEY,
      JSON.stringify({
        v: 1,
        token: login.access_token,
        tokenExpiresAt: Date.now() + 86_400_000,
        executive: login.executive,
      }),
    );
    expect(setUp().isSignedIn()).toBeFalse();
  });

  it('checkExpiry() ends a session whose JWT has run out while the tab was open', () => {
    const session = setUp();
    session.signIn(testLoginResponse({ expiresInSeconds: 60 }));
    expect(session.checkExpiry()).toBeTrue();
    expect(session.checkExpiry(Date.now() + 61_000)).toBeFalse();
    expect(session.isSignedIn()).toBeFalse();
    expect(session.expiredNotice()).toBeTrue();
    session.signIn(testLoginResponse());
    expect(session.expiredNotice()).toBeFalse();
  });

  it('expire() signs out and raises the notice; clear() and dismissExpiredNotice() lower it', () => {
    const session = setUp();
    session.signIn(testLoginResponse());
    session.expire();
    expect(session.isSignedIn()).toBeFalse();
    expect(session.expiredNotice()).toBeTrue();
    session.dismissExpiredNotice();
    expect(session.expiredNotice()).toBeFalse();
    session.expire();
    session.clear();
    expect(session.expiredNotice()).toBeFalse();
  });

  it('runs the end hooks while still signed in, before an expiry or a sign-out, once each', () => {
    const session = setUp();
    const seen: (string | null)[] = [];
    const remove = session.beforeEnd(() => seen.push(session.executive()?.executive_id ?? null));
    session.beforeEnd(() => {
      throw new Error('a broken hook');
    });
    session.signIn(testLoginResponse());
    session.expire();
    expect(session.isSignedIn()).toBeFalse();
    session.clear();
    session.signIn(testLoginResponse());
    remove();
    session.clear();
    expect(seen).toEqual([testLoginResponse().executive.executive_id]);
  });

  it('treats a node token or access key near its expiry as not fresh', () => {
    const session = setUp();
    session.signIn(testLoginResponse());
    session.setNodeSession(testNodeLogin('node-1', TOKEN_RENEWAL_MARGIN_MS + 60_000));
    session.setAccessKey(testAccessKey('key-1', TOKEN_RENEWAL_MARGIN_MS - 1_000));
    expect(session.freshNodeToken()).toBe('node-1');
    expect(session.freshNodeToken(Date.now() + 61_000)).toBeNull();
    expect(session.accessKey()).toBe('key-1');
    expect(session.freshAccessKey()).toBeNull();
  });

  it('ignores node tokens and access keys that arrive when nobody is signed in', () => {
    const session = setUp();
    session.setNodeSession(testNodeLogin());
    session.setAccessKey(testAccessKey());
    expect(session.nodeToken()).toBeNull();
    expect(session.accessKey()).toBeNull();
    expect(storage.length).toBe(0);
  });

  it('clearAccessKey(onlyIf) keeps a newer key', () => {
    const session = setUp();
    session.signIn(testLoginResponse());
    session.setAccessKey(testAccessKey('new-key'));
    session.clearAccessKey('old-key');
    expect(session.accessKey()).toBe('new-key');
    session.clearAccessKey('new-key');
    expect(session.accessKey()).toBeNull();
  });

  it('keeps working in memory when storage refuses writes', () => {
    const refusing = new MemoryStorage();
    spyOn(refusing, 'setItem').and.throwError(new DOMException('full', 'QuotaExceededError'));
    storage = refusing;
    const session = setUp();
    expect(session.signIn(testLoginResponse())).toBeTrue();
    expect(session.isSignedIn()).toBeTrue();
    expect(() => session.clear()).not.toThrow();
  });

  it('works without any storage at all', () => {
    TestBed.configureTestingModule({ providers: provideApiTesting({ storage: null }) });
    const session = TestBed.inject(Session);
    expect(session.signIn(testLoginResponse())).toBeTrue();
    expect(session.isSignedIn()).toBeTrue();
  });
});

describe('Session default storage', () => {
  afterEach(() => {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
    localStorage.removeItem(SESSION_STORAGE_KEY);
  });

  it('is sessionStorage, never localStorage', () => {
    sessionStorage.removeItem(SESSION_STORAGE_KEY);
    TestBed.configureTestingModule({});
    expect(TestBed.inject(SESSION_STORAGE)).toBe(sessionStorage);
    const session = TestBed.inject(Session);
    session.signIn(testLoginResponse());
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).not.toBeNull();
    expect(localStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
    session.clear();
    expect(sessionStorage.getItem(SESSION_STORAGE_KEY)).toBeNull();
  });
});
