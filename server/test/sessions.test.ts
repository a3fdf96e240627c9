import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { io as connectSocket } from 'socket.io-client';

import type { AccessKeyResponse, NodeLoginResponse } from '../../src/contract';
import { createAdjustableClock } from '../domain/clock';
import type { ConnectRefusal } from '../gateway/gateway';
import {
  ASHA,
  PRIYA,
  assertApiError,
  closeSockets,
  connect,
  http,
  nodeSignIn,
  signIn,
  startTestStack,
  stopTestStack,
  type ClientSocket,
  type TestStack,
} from './harness';

const TEMPLATES = '/api/templates?stakeholder=customer';

function claimsOf(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<
    string,
    unknown
  >;
}

type Refusal = Error & { data?: ConnectRefusal };

/**
 * A socket as the console opens it: reconnection on (quickly, for the test). Records why it was
 * disconnected and the first `connect_error` after that.
 */
function consoleSocket(
  stack: TestStack,
  token: string,
  transports: ('websocket' | 'polling')[] = ['websocket'],
): Promise<{
  socket: ClientSocket;
  disconnected: Promise<string>;
  refused: Promise<Refusal>;
}> {
  const socket: ClientSocket = connectSocket(stack.urls.pySmartChat, {
    path: stack.urls.socketPath,
    transports,
    query: { token },
    forceNew: true,
    reconnection: true,
    reconnectionDelay: 50,
    reconnectionDelayMax: 100,
  });
  const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));
  return new Promise((resolve, reject) => {
    socket.once('connect', () => {
      const refused = new Promise<Refusal>((resolveRefusal) =>
        socket.once('connect_error', (error) => {
          socket.close();
          resolveRefusal(error as Refusal);
        }),
      );
      resolve({ socket, disconnected, refused });
    });
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

async function accessKey(stack: TestStack, nodeToken: string): Promise<string> {
  const result = await http<AccessKeyResponse>(`${stack.urls.webApi}/getAccessKey`, {
    token: nodeToken,
    body: { client: 'test' },
  });
  assert.equal(result.status, 200);
  return result.body.access_key;
}

async function ssoLogin(stack: TestStack, jwt: string): Promise<string> {
  const result = await http<NodeLoginResponse>(`${stack.urls.nodeAdmin}/login`, {
    body: { sso_token: jwt },
  });
  assert.equal(result.status, 200);
  return result.body.token;
}

function images(stack: TestStack, key: string) {
  return http(`${stack.urls.webApi}/getDriverAndCabImages`, {
    headers: { 'x-access-key': key },
    body: { driver_id: 'DRV30001' },
  });
}

describe('staff sessions', () => {
  let stack: TestStack;
  before(async () => (stack = await startTestStack()));
  after(() => stopTestStack(stack));

  it('names its session (sid) and itself (jti) in the JWT', async () => {
    const first = claimsOf(await signIn(stack, ASHA));
    const second = claimsOf(await signIn(stack, ASHA));
    assert.match(String(first['sid']), /^ses_/);
    assert.equal(typeof first['jti'], 'string');
    assert.notEqual(first['sid'], second['sid']);
    assert.notEqual(first['jti'], second['jti']);
  });

  it('ends the JWT, node token, access key and open sockets of the session on node logout', async () => {
    const jwt = await signIn(stack, ASHA);
    const other = await signIn(stack, ASHA);
    const nodeToken = await ssoLogin(stack, jwt);
    const key = await accessKey(stack, nodeToken);
    const live = await consoleSocket(stack, jwt);
    const polling = await consoleSocket(stack, jwt, ['polling']);
    const otherSocket = await connect(stack, other);
    assert.equal((await http(`${stack.urls.pySmartChat}${TEMPLATES}`, { token: jwt })).status, 200);
    assert.equal((await images(stack, key)).status, 200);

    const logout = await http(`${stack.urls.nodeAdmin}/logout`, {
      method: 'POST',
      token: nodeToken,
    });
    assert.deepEqual(logout.body, { success: true });

    // The open sockets are closed at once; the client's own reconnection is refused.
    for (const { disconnected, refused } of [live, polling]) {
      assert.equal(await disconnected, 'transport close');
      const error = await refused;
      assert.equal(error.message, 'unauthorized');
      assert.equal(error.data?.code, 'unauthorized');
      assert.equal(error.data?.reason, 'session_revoked');
    }
    assertApiError(
      await http(`${stack.urls.pySmartChat}${TEMPLATES}`, { token: jwt }),
      401,
      'unauthorized',
    );
    await assert.rejects(connect(stack, jwt), /unauthorized/);
    assertApiError(
      await http(`${stack.urls.nodeAdmin}/login`, { body: { sso_token: jwt } }),
      401,
      'unauthorized',
    );
    assertApiError(
      await http(`${stack.urls.nodeAdmin}/getDcoDetails`, {
        token: nodeToken,
        body: { dco_id: 'DCO10001' },
      }),
      401,
      'unauthorized',
    );
    assertApiError(await images(stack, key), 401, 'unauthorized');

    // Another sign-in of the same executive goes on.
    assert.ok(otherSocket.connected);
    assert.equal(
      (await http(`${stack.urls.pySmartChat}${TEMPLATES}`, { token: other })).status,
      200,
    );
  });

  it('ends a node session opened with credentials and its access keys, not other sign-ins', async () => {
    const jwt = await signIn(stack, PRIYA);
    const nodeToken = await nodeSignIn(stack, PRIYA);
    const key = await accessKey(stack, nodeToken);
    await http(`${stack.urls.nodeAdmin}/logout`, { method: 'POST', token: nodeToken });
    assertApiError(await images(stack, key), 401, 'unauthorized');
    assertApiError(
      await http(`${stack.urls.nodeAdmin}/logout`, { method: 'POST', token: nodeToken }),
      401,
    );
    assert.equal((await http(`${stack.urls.pySmartChat}${TEMPLATES}`, { token: jwt })).status, 200);
  });

  it('ends the session through POST /api/auth/logout with the JWT', async () => {
    const jwt = await signIn(stack, PRIYA);
    const nodeToken = await ssoLogin(stack, jwt);
    const live = await consoleSocket(stack, jwt);
    const result = await http(`${stack.urls.pySmartChat}/api/auth/logout`, {
      method: 'POST',
      token: jwt,
    });
    assert.deepEqual(result.body, { success: true });
    assert.equal(await live.disconnected, 'transport close');
    assert.equal((await live.refused).data?.reason, 'session_revoked');
    assertApiError(
      await http(`${stack.urls.nodeAdmin}/getDcoDetails`, {
        token: nodeToken,
        body: { dco_id: 'DCO10001' },
      }),
      401,
      'unauthorized',
    );
    assertApiError(
      await http(`${stack.urls.pySmartChat}/api/auth/logout`, { method: 'POST', token: jwt }),
      401,
      'unauthorized',
    );
  });

  it('closes a socket when its JWT expires and refuses the reconnection as expired', async () => {
    const jwt = await signIn(stack, ASHA);
    const live = await consoleSocket(stack, jwt);
    const nodeToken = await ssoLogin(stack, jwt);
    const hours = 8 * 3600 * 1000;
    stack.clock.advance(hours - 60_000);
    try {
      assert.ok(live.socket.connected, 'still open a minute before expiry');
      assert.equal(
        (await http(`${stack.urls.pySmartChat}${TEMPLATES}`, { token: jwt })).status,
        200,
      );
      stack.clock.advance(61_000);
      assert.equal(await live.disconnected, 'transport close');
      const error = await live.refused;
      assert.equal(error.message, 'unauthorized');
      assert.deepEqual(
        { code: error.data?.code, reason: error.data?.reason },
        { code: 'unauthorized', reason: 'session_expired' },
      );
      assertApiError(
        await http(`${stack.urls.nodeAdmin}/getDcoDetails`, {
          token: nodeToken,
          body: { dco_id: 'DCO10001' },
        }),
        401,
        'token_expired',
      );
    } finally {
      stack.clock.advance(-(hours + 1000));
    }
  });

  it('refuses a connection without a token with the reason in connect_error data', async () => {
    const error = (await connect(stack, null).catch((caught: unknown) => caught)) as Refusal;
    assert.equal(error.message, 'unauthorized');
    assert.equal(error.data?.reason, 'missing_token');
    const forged = (await connect(stack, 'a.b.c').catch((caught: unknown) => caught)) as Refusal;
    assert.equal(forged.data?.reason, 'invalid_token');
  });
});

describe('staff sessions across a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stack-sessions-'));
  const dbFile = join(dir, 'stack.db');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps live sessions live and revoked sessions revoked', async () => {
    const clock = createAdjustableClock();
    const first = await startTestStack({ dbFile, clock });
    const kept = await signIn(first, ASHA);
    const ended = await signIn(first, ASHA);
    const nodeToken = await ssoLogin(first, ended);
    await http(`${first.urls.nodeAdmin}/logout`, { method: 'POST', token: nodeToken });
    await first.dispose();

    const second = await startTestStack({ dbFile, clock });
    try {
      assert.equal(
        (await http(`${second.urls.pySmartChat}${TEMPLATES}`, { token: kept })).status,
        200,
      );
      assertApiError(
        await http(`${second.urls.pySmartChat}${TEMPLATES}`, { token: ended }),
        401,
        'unauthorized',
      );
      await assert.rejects(connect(second, ended), /unauthorized/);
    } finally {
      closeSockets();
      await second.dispose();
    }
  });
});
