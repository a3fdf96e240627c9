import type { Db } from '../db/database';
import type { Clock } from '../domain/clock';
import { newId } from '../domain/ids';

/** Why a session stopped being usable. */
export type SessionEnd = 'revoked' | 'expired' | 'unknown';

/** The state of a session: live with its user and end, or why it is not. */
export type SessionState =
  { live: true; userId: string; expiresAt: Date } | { live: false; end: SessionEnd };

/** How long an ended session's row is kept (so a late request still learns it was revoked). */
const KEEP_ENDED_MS = 24 * 60 * 60 * 1000;

/**
 * Staff sessions, one per sign-in, kept in SQLite so they survive a restart. The PySmartChat JWT
 * names its session (`sid`); node tokens and web access keys opened from it name it too, so
 * revoking the session ends all of them. Listeners hear of each revocation (the gateway closes the
 * session's sockets).
 */
export class StaffSessions {
  private readonly listeners = new Set<(sessionId: string) => void>();

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
  ) {}

  /** Opens a session for a staff member, ending `lifetimeMs` from now. */
  open(userId: string, lifetimeMs: number): { sessionId: string; expiresAt: Date } {
    const now = this.clock.now();
    const sessionId = newId('ses');
    const expiresAt = new Date(now.getTime() + lifetimeMs);
    this.db
      .prepare('DELETE FROM staff_sessions WHERE expires_at < ?')
      .run(new Date(now.getTime() - KEEP_ENDED_MS).toISOString());
    this.db
      .prepare(
        'INSERT INTO staff_sessions (session_id, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)',
      )
      .run(sessionId, userId, now.toISOString(), expiresAt.toISOString());
    return { sessionId, expiresAt };
  }

  /** Whether a session is live, and if not why. */
  state(sessionId: string): SessionState {
    const row = this.db
      .prepare('SELECT user_id, expires_at, revoked_at FROM staff_sessions WHERE session_id = ?')
      .get(sessionId) as
      { user_id: string; expires_at: string; revoked_at: string | null } | undefined;
    if (!row) {
      return { live: false, end: 'unknown' };
    }
    if (row.revoked_at) {
      return { live: false, end: 'revoked' };
    }
    if (row.expires_at <= this.clock.now().toISOString()) {
      return { live: false, end: 'expired' };
    }
    return { live: true, userId: row.user_id, expiresAt: new Date(row.expires_at) };
  }

  /**
   * Ends a session and the node tokens of it (its access keys are refused through their session).
   * Returns false when it was already ended or unknown.
   */
  revoke(sessionId: string, reason: string): boolean {
    const changed = this.db
      .prepare(
        'UPDATE staff_sessions SET revoked_at = ?, revoked_reason = ? WHERE session_id = ? AND revoked_at IS NULL',
      )
      .run(this.clock.now().toISOString(), reason, sessionId).changes;
    this.db.prepare('UPDATE node_tokens SET revoked = 1 WHERE session_id = ?').run(sessionId);
    if (changed > 0) {
      for (const listener of this.listeners) {
        listener(sessionId);
      }
    }
    return changed > 0;
  }

  /** Calls `listener` with the id of each session revoked from now on; returns the unsubscribe. */
  onRevoke(listener: (sessionId: string) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
