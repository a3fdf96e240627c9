import type { Db } from '../db/database';
import type { Clock } from '../domain/clock';
import { DomainError, unauthorized } from '../domain/domain-error';
import { newSecret } from '../domain/ids';

/** Lifetime of a node admin session token. */
export const NODE_TOKEN_MS = 2 * 60 * 60 * 1000;
/** Lifetime of a web API access key. */
export const ACCESS_KEY_MS = 15 * 60 * 1000;

/** Opaque node admin tokens and web API access keys, stored so they survive a restart. */
export class NodeSessions {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Opens a node admin session for a staff member. */
  open(userId: string): { token: string; expiresAt: string } {
    const token = newSecret('nt');
    const expiresAt = new Date(this.clock.now().getTime() + NODE_TOKEN_MS).toISOString();
    this.db
      .prepare('INSERT INTO node_tokens (token, user_id, expires_at) VALUES (?, ?, ?)')
      .run(token, userId, expiresAt);
    return { token, expiresAt };
  }

  /** The user of a live node token; a DomainError 401 otherwise. */
  userOf(token: string): string {
    const row = this.db
      .prepare('SELECT user_id, expires_at, revoked FROM node_tokens WHERE token = ?')
      .get(token) as { user_id: string; expires_at: string; revoked: number } | undefined;
    if (!row || row.revoked) {
      throw unauthorized('This admin session is not valid: sign in again.');
    }
    if (row.expires_at <= this.clock.now().toISOString()) {
      throw new DomainError(401, 'token_expired', 'Your admin session has expired: sign in again.');
    }
    return row.user_id;
  }

  /** Ends a node admin session. */
  revoke(token: string): void {
    this.db.prepare('UPDATE node_tokens SET revoked = 1 WHERE token = ?').run(token);
  }

  /** Issues a web API access key for a signed-in user. */
  issueAccessKey(userId: string, client: string): { accessKey: string; expiresAt: string } {
    const accessKey = newSecret('ak');
    const expiresAt = new Date(this.clock.now().getTime() + ACCESS_KEY_MS).toISOString();
    this.db
      .prepare(
        'INSERT INTO access_keys (access_key, user_id, client, expires_at) VALUES (?, ?, ?, ?)',
      )
      .run(accessKey, userId, client, expiresAt);
    return { accessKey, expiresAt };
  }

  /** Checks a web API access key; a DomainError 401 when it is unknown or expired. */
  checkAccessKey(accessKey: string): void {
    const row = this.db
      .prepare('SELECT expires_at FROM access_keys WHERE access_key = ?')
      .get(accessKey) as { expires_at: string } | undefined;
    if (!row) {
      throw unauthorized('This access key is not valid: ask for a new one.');
    }
    if (row.expires_at <= this.clock.now().toISOString()) {
      throw new DomainError(
        401,
        'access_key_expired',
        'This access key has expired: ask for a new one.',
      );
    }
  }
}
