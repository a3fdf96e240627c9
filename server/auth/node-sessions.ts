import type { Db } from '../db/database';
import type { Clock } from '../domain/clock';
import { DomainError, unauthorized } from '../domain/domain-error';
import { newSecret } from '../domain/ids';
import type { StaffSessions } from './staff-sessions';

/** Lifetime of a node admin session token. */
export const NODE_TOKEN_MS = 2 * 60 * 60 * 1000;
/** Lifetime of a web API access key. */
export const ACCESS_KEY_MS = 15 * 60 * 1000;

/** Who a node token or access key belongs to: the staff member and their session. */
export interface SessionOwner {
  userId: string;
  sessionId: string;
}

/**
 * Opaque node admin tokens and web API access keys, stored so they survive a restart. Each belongs
 * to a staff session and never outlives it: revoking the session (sign-out) refuses them all.
 */
export class NodeSessions {
  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly staffSessions: StaffSessions,
  ) {}

  /** Opens a node admin token in a staff session; it ends with the session at the latest. */
  open(userId: string, sessionId: string): { token: string; expiresAt: string } {
    const token = newSecret('nt');
    const expiresAt = this.endWithin(sessionId, NODE_TOKEN_MS);
    this.db
      .prepare(
        'INSERT INTO node_tokens (token, user_id, expires_at, session_id) VALUES (?, ?, ?, ?)',
      )
      .run(token, userId, expiresAt, sessionId);
    return { token, expiresAt };
  }

  /** The owner of a live node token; a DomainError 401 otherwise. */
  ownerOf(token: string): SessionOwner {
    const row = this.db
      .prepare('SELECT user_id, expires_at, revoked, session_id FROM node_tokens WHERE token = ?')
      .get(token) as
      | { user_id: string; expires_at: string; revoked: number; session_id: string | null }
      | undefined;
    if (!row || row.revoked || !row.session_id) {
      throw unauthorized('This admin session is not valid: sign in again.');
    }
    const session = this.staffSessions.state(row.session_id);
    if (!session.live && session.end !== 'expired') {
      throw unauthorized('This admin session has ended (signed out): sign in again.');
    }
    if (!session.live || row.expires_at <= this.clock.now().toISOString()) {
      throw new DomainError(401, 'token_expired', 'Your admin session has expired: sign in again.');
    }
    return { userId: row.user_id, sessionId: row.session_id };
  }

  /** The user of a live node token; a DomainError 401 otherwise. */
  userOf(token: string): string {
    return this.ownerOf(token).userId;
  }

  /** Issues a web API access key in a staff session; it ends with the session at the latest. */
  issueAccessKey(owner: SessionOwner, client: string): { accessKey: string; expiresAt: string } {
    const accessKey = newSecret('ak');
    const expiresAt = this.endWithin(owner.sessionId, ACCESS_KEY_MS);
    this.db
      .prepare(
        'INSERT INTO access_keys (access_key, user_id, client, expires_at, session_id) VALUES (?, ?, ?, ?, ?)',
      )
      .run(accessKey, owner.userId, client, expiresAt, owner.sessionId);
    return { accessKey, expiresAt };
  }

  /** Checks a web API access key; a DomainError 401 when it is unknown, expired or signed out. */
  checkAccessKey(accessKey: string): SessionOwner {
    const row = this.db
      .prepare('SELECT user_id, expires_at, session_id FROM access_keys WHERE access_key = ?')
      .get(accessKey) as
      { user_id: string; expires_at: string; session_id: string | null } | undefined;
    if (!row || !row.session_id) {
      throw unauthorized('This access key is not valid: ask for a new one.');
    }
    const session = this.staffSessions.state(row.session_id);
    if (!session.live && session.end !== 'expired') {
      throw unauthorized('This access key belongs to a session that has ended: sign in again.');
    }
    if (!session.live || row.expires_at <= this.clock.now().toISOString()) {
      throw new DomainError(
        401,
        'access_key_expired',
        'This access key has expired: ask for a new one.',
      );
    }
    return { userId: row.user_id, sessionId: row.session_id };
  }

  private endWithin(sessionId: string, lifetimeMs: number): string {
    const end = this.clock.now().getTime() + lifetimeMs;
    const session = this.staffSessions.state(sessionId);
    const sessionEnd = session.live ? session.expiresAt.getTime() : end;
    return new Date(Math.min(end, sessionEnd)).toISOString();
  }
}
