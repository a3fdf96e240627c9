import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { dummyPasswordHash } from '../auth/staff-directory';
import { StaffDirectory } from '../auth/staff-directory';
import { openDatabase } from '../db/database';
import { seedIfEmpty } from '../seed/seed';
import { DEFAULT_SETTINGS } from '../domain/stack-settings';
import {
  ASHA,
  PRIYA,
  RAHUL,
  assertApiError,
  http,
  signIn,
  startTestStack,
  type TestStack,
} from './harness';

const WINDOW_MS = 15 * 60 * 1000;

describe('login limits', () => {
  let stack: TestStack;
  before(
    async () => (stack = await startTestStack({ loginLimits: { perAccount: 5, perAddress: 12 } })),
  );
  after(() => stack.dispose());

  const pyLogin = (email: string, password: string) =>
    http(`${stack.urls.pySmartChat}/api/auth/login`, { body: { email, password } });
  const nodeLogin = (email: string, password: string) =>
    http(`${stack.urls.nodeAdmin}/login`, { body: { email, password } });

  it('answers 429 with Retry-After after 5 failures of an account, a right password included', async () => {
    for (let i = 0; i < 3; i++) {
      assertApiError(await pyLogin(ASHA.email, 'wrong'), 401, 'invalid_credentials');
    }
    // Both sign-ins count against the same account.
    for (let i = 0; i < 2; i++) {
      assertApiError(
        await nodeLogin(ASHA.email.toUpperCase(), 'wrong'),
        401,
        'invalid_credentials',
      );
    }
    for (const attempt of [
      pyLogin(ASHA.email, ASHA.password),
      nodeLogin(ASHA.email, ASHA.password),
    ]) {
      const refused = await attempt;
      assertApiError(refused, 429, 'too_many_attempts');
      const retryAfter = Number(refused.headers.get('retry-after'));
      assert.ok(retryAfter > 0 && retryAfter <= WINDOW_MS / 1000, `Retry-After ${retryAfter}`);
    }
    // Another account from the same address is not locked.
    await signIn(stack, PRIYA);
    stack.clock.advance(WINDOW_MS);
    try {
      await signIn(stack, ASHA);
    } finally {
      stack.clock.advance(-WINDOW_MS);
    }
  });

  it('clears the account count on a successful sign-in', async () => {
    for (let round = 0; round < 2; round++) {
      for (let i = 0; i < 4; i++) {
        assertApiError(await pyLogin(RAHUL.email, 'wrong'), 401, 'invalid_credentials');
      }
      await signIn(stack, RAHUL);
    }
  });

  it('limits failures per address across accounts, unknown ones included', async () => {
    // The first test's window has ended (its clock moved past it), so 8 failures so far from this
    // address; 4 more reach the limit of 12.
    for (let i = 0; i < 4; i++) {
      assertApiError(await pyLogin(`nobody${i}@oneway.local`, 'x'), 401, 'invalid_credentials');
    }
    const refused = await nodeLogin(PRIYA.email, PRIYA.password);
    assertApiError(refused, 429, 'too_many_attempts');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
    stack.clock.advance(WINDOW_MS);
    try {
      await signIn(stack, PRIYA);
    } finally {
      stack.clock.advance(-WINDOW_MS);
    }
  });

  it('does not count sso_token sign-ins or malformed bodies', async () => {
    const limited = await startTestStack({ loginLimits: { perAccount: 1, perAddress: 1 } });
    try {
      assertApiError(
        await http(`${limited.urls.nodeAdmin}/login`, { body: { sso_token: 'not-a-jwt' } }),
        401,
        'unauthorized',
      );
      assertApiError(
        await http(`${limited.urls.pySmartChat}/api/auth/login`, { body: { email: ASHA.email } }),
        400,
      );
      await signIn(limited, ASHA);
    } finally {
      await limited.dispose();
    }
  });
});

describe('unknown emails', () => {
  it('run the password check against a dummy hash', () => {
    const db = openDatabase(':memory:');
    try {
      seedIfEmpty(db, new Date(), DEFAULT_SETTINGS, {});
      const calls: [string, string][] = [];
      const staff = new StaffDirectory(db, (password, stored) => {
        calls.push([password, stored]);
        return false;
      });
      assert.equal(staff.authenticate('nobody@oneway.local', 'guess'), null);
      assert.deepEqual(calls, [['guess', dummyPasswordHash()]]);
      assert.match(dummyPasswordHash(), /^scrypt\$/);
      assert.equal(staff.authenticate(ASHA.email, 'guess'), null);
      assert.equal(calls.length, 2);
      assert.notEqual(calls[1][1], dummyPasswordHash());
    } finally {
      db.close();
    }
  });
});
