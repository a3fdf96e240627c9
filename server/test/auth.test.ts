import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { LoginV2Response, NodeLoginResponse, PySmartChatClaims } from '../../src/contract';
import {
  ASHA,
  SUPERVISOR,
  assertApiError,
  connect,
  http,
  nodeSignIn,
  signIn,
  startTestStack,
  stopTestStack,
  writes,
  type TestStack,
} from './harness';

function claimsOf(token: string): PySmartChatClaims {
  return JSON.parse(
    Buffer.from(token.split('.')[1], 'base64url').toString('utf8'),
  ) as PySmartChatClaims;
}

describe('authentication', () => {
  let stack: TestStack;
  before(async () => (stack = await startTestStack()));
  after(() => stopTestStack(stack));

  it('signs in an executive with the role in the JWT', async () => {
    const result = await http<LoginV2Response>(`${stack.urls.pySmartChat}/api/auth/login`, {
      body: { email: 'ASHA@oneway.local', password: ASHA.password },
    });
    assert.equal(result.status, 200);
    assert.equal(result.body.token_type, 'bearer');
    assert.equal(result.body.expires_in, 8 * 3600);
    assert.equal(result.body.executive.executive_id, ASHA.executive_id);
    assert.equal(result.body.executive.role, 'executive');
    const claims = claimsOf(result.body.access_token);
    assert.equal(claims.sub, ASHA.executive_id);
    assert.equal(claims.role, 'executive');
    assert.equal(claims.exp - claims.iat, 8 * 3600);
  });

  it('signs in a supervisor with the supervisor role', async () => {
    const token = await signIn(stack, SUPERVISOR);
    assert.equal(claimsOf(token).role, 'supervisor');
    assert.equal(claimsOf(token).email, SUPERVISOR.email);
  });

  it('refuses wrong credentials and malformed logins without writing anything', async () => {
    const url = `${stack.urls.pySmartChat}/api/auth/login`;
    const before = writes(stack);
    assertApiError(
      await http(url, { body: { email: ASHA.email, password: 'wrong' } }),
      401,
      'invalid_credentials',
    );
    assertApiError(
      await http(url, { body: { email: 'nobody@oneway.local', password: 'x' } }),
      401,
      'invalid_credentials',
    );
    assertApiError(
      await http(url, { body: { email: ASHA.email } }),
      400,
      'validation_failed',
      'password',
    );
    assertApiError(
      await http(url, { body: { email: 42, password: 'x' } }),
      400,
      'validation_failed',
      'email',
    );
    assertApiError(await http(url, { body: [] }), 400, 'validation_failed');
    assertApiError(await http(url, { body: '{"email":' }), 400, 'malformed_json');
    assertApiError(
      await http(url, {
        body: 'email=a',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      }),
      415,
    );
    assertApiError(await http(url, { method: 'GET' }), 405, 'method_not_allowed');
    assert.equal(writes(stack), before);
  });

  it('requires the JWT on every PySmartChat route', async () => {
    const base = stack.urls.pySmartChat;
    const routes: [string, string][] = [
      ['POST', '/api/chats/chat_gpt'],
      ['POST', '/api/chats/chat_s001/rate'],
      ['GET', '/api/chats/send_whatsapp_template?to=%2B919812345678&name=booking_confirmation'],
      ['GET', '/api/whatsapp/downloadmedia/media_s0001'],
      ['GET', '/api/chats/%2B919812345678/context-history'],
      ['GET', '/api/chats/%2B919812345678/rides'],
      ['GET', '/api/chats/chat_s001/notes'],
      ['GET', '/api/templates?stakeholder=customer'],
      ['GET', '/api/dashboard/stats'],
    ];
    for (const [method, path] of routes) {
      const body = method === 'POST' ? {} : undefined;
      assertApiError(await http(`${base}${path}`, { method, body }), 401, 'unauthorized');
      assertApiError(
        await http(`${base}${path}`, { method, body, token: 'not.a.jwt' }),
        401,
        'unauthorized',
      );
    }
  });

  it('rejects a token signed with another secret and an expired token', async () => {
    const token = await signIn(stack, ASHA);
    const [header, payload] = token.split('.');
    const forged = `${header}.${payload}.${Buffer.from('forged-signature').toString('base64url')}`;
    assertApiError(
      await http(`${stack.urls.pySmartChat}/api/templates?stakeholder=customer`, { token: forged }),
      401,
    );
    stack.clock.advance(8 * 3600 * 1000 + 1000);
    try {
      const expired = await http(`${stack.urls.pySmartChat}/api/templates?stakeholder=customer`, {
        token,
      });
      assertApiError(expired, 401, 'unauthorized');
      await assert.rejects(connect(stack, token), /unauthorized/);
    } finally {
      stack.clock.advance(-(8 * 3600 * 1000 + 1000));
    }
  });

  it('answers 403 to an executive on the supervisor dashboard', async () => {
    const token = await signIn(stack, ASHA);
    assertApiError(
      await http(`${stack.urls.pySmartChat}/api/dashboard/stats`, { token }),
      403,
      'forbidden',
    );
  });

  it('refuses sockets without a valid token and accepts the token in the auth payload', async () => {
    await assert.rejects(connect(stack, null), /unauthorized/);
    await assert.rejects(connect(stack, 'garbage'), /unauthorized/);
    const token = await signIn(stack, ASHA);
    const viaAuth = await connect(stack, token, { via: 'auth' });
    assert.ok(viaAuth.connected);
    const viaPolling = await connect(stack, token, { transports: ['polling'] });
    assert.ok(viaPolling.connected);
  });

  it('opens node admin sessions from credentials or the PySmartChat JWT, and closes them', async () => {
    const url = stack.urls.nodeAdmin;
    const fromPassword = await http<NodeLoginResponse>(`${url}/login`, {
      body: { email: ASHA.email, password: ASHA.password },
    });
    assert.equal(fromPassword.status, 200);
    assert.equal(fromPassword.body.user.user_id, ASHA.executive_id);
    assert.ok(
      Date.parse(fromPassword.body.expires_at) - stack.clock.now().getTime() > 119 * 60 * 1000,
    );
    const jwt = await signIn(stack, ASHA);
    const fromSso = await http<NodeLoginResponse>(`${url}/login`, { body: { sso_token: jwt } });
    assert.equal(fromSso.status, 200);
    assert.equal(fromSso.body.user.name, ASHA.name);
    const token = fromSso.body.token;
    const dco = { dco_id: 'DCO10001' };
    assert.equal((await http(`${url}/getDcoDetails`, { token, body: dco })).status, 200);
    const logout = await http<{ success: boolean }>(`${url}/logout`, { token, method: 'POST' });
    assert.deepEqual(logout.body, { success: true });
    assertApiError(await http(`${url}/getDcoDetails`, { token, body: dco }), 401, 'unauthorized');
    assertApiError(await http(`${url}/logout`, { method: 'POST' }), 401);
  });

  it('refuses bad node admin logins and expires node tokens after two hours', async () => {
    const url = stack.urls.nodeAdmin;
    const before = writes(stack);
    assertApiError(
      await http(`${url}/login`, { body: { email: ASHA.email, password: 'nope' } }),
      401,
      'invalid_credentials',
    );
    assertApiError(
      await http(`${url}/login`, { body: { sso_token: 'not-a-jwt' } }),
      401,
      'unauthorized',
    );
    assertApiError(
      await http(`${url}/login`, { body: { sso_token: 7 } }),
      400,
      'validation_failed',
      'sso_token',
    );
    assertApiError(await http(`${url}/login`, { body: {} }), 400, 'validation_failed', 'email');
    assertApiError(await http(`${url}/login`, { body: '{{' }), 400, 'malformed_json');
    assert.equal(writes(stack), before);
    const token = await nodeSignIn(stack, ASHA);
    stack.clock.advance(2 * 3600 * 1000 + 1000);
    try {
      assertApiError(
        await http(`${url}/getDcoDetails`, { token, body: { dco_id: 'DCO10001' } }),
        401,
        'token_expired',
      );
    } finally {
      stack.clock.advance(-(2 * 3600 * 1000 + 1000));
    }
  });
  it('allows the console origin by CORS on all four back ends and the gateway', async () => {
    const origin = 'http://localhost:4200';
    const preflights = [
      `${stack.urls.pySmartChat}/api/auth/login`,
      `${stack.urls.nodeAdmin}/login`,
      `${stack.urls.webApi}/getDriverAndCabImages`,
      `${stack.urls.partnerEnrol}/fetchMainTags`,
    ];
    for (const url of preflights) {
      const response = await fetch(url, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'authorization,content-type,x-access-key',
        },
      });
      assert.equal(response.status, 204, url);
      assert.equal(response.headers.get('access-control-allow-origin'), origin);
      assert.match(response.headers.get('access-control-allow-headers') ?? '', /x-access-key/i);
    }
    const foreign = await fetch(`${stack.urls.pySmartChat}/health`, {
      headers: { Origin: 'http://elsewhere.example' },
    });
    assert.equal(foreign.headers.get('access-control-allow-origin'), null);
    const token = await signIn(stack, ASHA);
    const media = await fetch(`${stack.urls.pySmartChat}/api/whatsapp/downloadmedia/media_s0001`, {
      headers: { Origin: origin, Authorization: `Bearer ${token}` },
    });
    assert.equal(media.status, 200);
    assert.match(media.headers.get('access-control-expose-headers') ?? '', /Content-Disposition/);
    const handshake = await fetch(
      `${stack.urls.pySmartChat}/ws/?EIO=4&transport=polling&token=${token}`,
      {
        headers: { Origin: origin },
      },
    );
    assert.equal(handshake.status, 200);
    assert.equal(handshake.headers.get('access-control-allow-origin'), origin);
  });
});
