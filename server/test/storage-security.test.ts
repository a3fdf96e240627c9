import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

import { openDatabase } from '../db/database';
import { ASHA, signIn, startTestStack } from './harness';

const modeOf = (file: string) => statSync(file).mode & 0o777;

describe('storage security', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stack-files-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the database and its -wal and -shm files readable by their owner only', async () => {
    const dbFile = join(dir, 'fresh', 'stack.db');
    const stack = await startTestStack({ dbFile });
    try {
      await signIn(stack, ASHA);
      for (const file of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) {
        assert.equal(modeOf(file).toString(8), '600', file);
      }
      assert.equal(modeOf(join(dir, 'fresh')).toString(8), '700');
    } finally {
      await stack.dispose();
    }
  });

  it('narrows the mode of an existing database file to 0600', () => {
    const dbFile = join(dir, 'old.db');
    writeFileSync(dbFile, '');
    chmodSync(dbFile, 0o644);
    const db = openDatabase(dbFile);
    db.close();
    assert.equal(modeOf(dbFile).toString(8), '600');
  });

  it('refuses a JWT_SECRET shorter than 32 bytes, with a clear message', async () => {
    await assert.rejects(
      startTestStack({ dbFile: join(dir, 'short.db'), jwtSecret: 'x'.repeat(31) }),
      /JWT_SECRET is too short: 31 bytes, it needs at least 32/,
    );
    const stack = await startTestStack({ dbFile: join(dir, 'long.db'), jwtSecret: 'y'.repeat(32) });
    try {
      await signIn(stack, ASHA);
    } finally {
      await stack.dispose();
    }
  });
});
