import { HttpInterceptorFn, provideHttpClient, withInterceptors } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Routes, provideRouter } from '@angular/router';

import '../../testing/contract-at-hand';

import { API_INTERCEPTORS } from '../auth/api-interceptors';
import { SESSION_STORAGE, Session } from '../auth/session';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config-token';
import {
  AccessKeyResponse,
  Executive,
  LoginV2Response,
  NodeLoginResponse,
  StaffRole,
} from '../../../contract';

/**
 * Test fixtures for the REST layer: a config whose four back ends sit on four different origins,
 * with and without trailing slashes, so a spec catches a URL built on the wrong base.
 */
export const TEST_APP_CONFIG: AppConfig = {
  profile: 'local',
  pySmartChatUrl: 'https://chat.test/',
  pySmartChatUrlForChat: 'https://chat.test',
  pySmartChatV2AuthUrl: 'https://chat.test/api/auth/login',
  pySmartChatV2RateUrl: 'https://chat.test/api/chats',
  nodejsOnewayAdminUrl: 'https://node.test/',
  webApiURL: 'https://web.test/third/',
  partnerEnrollApi: 'https://partner.test/rest/V1',
  onewayLocationWebSocketApi: 'wss://location.test/',
};

/** An in-memory `Storage`, so specs never touch the browser's own. */
export class MemoryStorage implements Storage {
  private readonly items = new Map<string, string>();

  get length(): number {
    return this.items.size;
  }

  clear(): void {
    this.items.clear();
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null;
  }

  removeItem(key: string): void {
    this.items.delete(key);
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value));
  }
}

/** Providers for a spec of the REST layer: the real interceptors, a test backend and router. */
export function provideApiTesting(
  options: {
    storage?: Storage | null;
    config?: AppConfig;
    interceptors?: readonly HttpInterceptorFn[];
    routes?: Routes;
  } = {},
): (Provider | EnvironmentProviders)[] {
  return [
    provideHttpClient(withInterceptors([...(options.interceptors ?? API_INTERCEPTORS)])),
    provideHttpClientTesting(),
    provideRouter(options.routes ?? []),
    { provide: APP_CONFIG, useValue: options.config ?? TEST_APP_CONFIG },
    {
      provide: SESSION_STORAGE,
      useValue: options.storage === undefined ? new MemoryStorage() : options.storage,
    },
  ];
}

/**
 * The bed of an API class's spec, for its `beforeEach`: the providers above, a session signed in
 * to every back end (the PySmartChat `login`, node token `node-token`, web key `web-key`), the class
 * and the HTTP test controller (verify it in `afterEach`).
 */
export function signedInApiBed<T>(apiClass: Type<T>): {
  api: T;
  http: HttpTestingController;
  login: LoginV2Response;
} {
  TestBed.configureTestingModule({ providers: provideApiTesting() });
  const api = TestBed.inject(apiClass);
  const http = TestBed.inject(HttpTestingController);
  const session = TestBed.inject(Session);
  const login = testLoginResponse();
  session.signIn(login);
  session.setNodeSession(testNodeLogin('node-token'));
  session.setAccessKey(testAccessKey('web-key'));
  return { api, http, login };
}

function base64UrlEncode(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) {
    binary += String.fromCharCode(byte);
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** An unsigned JWT with the given claims (the console never checks signatures). */
export function makeTestJwt(claims: Record<string, unknown>): string {
  return `${base64UrlEncode(JSON.stringify({ alg: 'HS256', typ: 'JWT' }))}.${base64UrlEncode(
    JSON.stringify(claims),
  )}.test-signature`;
}

/** A staff member for specs. */
export function testExecutive(role: StaffRole = 'executive'): Executive {
  return {
    executive_id: role === 'supervisor' ? 'sup-1' : 'exec-1',
    name: role === 'supervisor' ? 'Test Supervisor' : 'Test Executive',
    email: role === 'supervisor' ? 'sup@example.test' : 'asha@example.test',
    role,
    status: 'online',
  };
}

/** A `loginV2` answer whose JWT expires `expiresInSeconds` from now (negative: already expired). */
export function testLoginResponse(
  options: { role?: StaffRole; expiresInSeconds?: number } = {},
): LoginV2Response {
  const executive = testExecutive(options.role);
  const now = Math.floor(Date.now() / 1000);
  const expiresIn = options.expiresInSeconds ?? 3600;
  return {
    access_token: makeTestJwt({
      sub: executive.executive_id,
      name: executive.name,
      email: executive.email,
      role: executive.role,
      iat: now,
      exp: now + expiresIn,
    }),
    token_type: 'bearer',
    expires_in: expiresIn,
    executive,
  };
}

/** A node admin `login` answer expiring `expiresInMs` from now. */
export function testNodeLogin(token = 'node-token', expiresInMs = 3_600_000): NodeLoginResponse {
  return {
    token,
    expires_at: new Date(Date.now() + expiresInMs).toISOString(),
    user: { user_id: 'node-user-1', name: 'Test Executive' },
  };
}

/** A web API `getAccessKey` answer expiring `expiresInMs` from now. */
export function testAccessKey(key = 'web-key', expiresInMs = 600_000): AccessKeyResponse {
  return { access_key: key, expires_at: new Date(Date.now() + expiresInMs).toISOString() };
}
