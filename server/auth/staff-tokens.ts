import { randomBytes, randomUUID } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import { z } from 'zod';

import type { PySmartChatClaims } from '../../src/contract';
import { readMeta, writeMeta, type Db } from '../db/database';
import type { Clock } from '../domain/clock';
import { unauthorized } from '../domain/domain-error';
import type { StaffRow } from './staff-directory';
import type { StaffSessions } from './staff-sessions';

/** Shortest HS256 secret accepted: as long as the hash (RFC 7518, section 3.2). */
export const MIN_SECRET_BYTES = 32;

/** Refuses a configured secret too short to sign with. */
export function checkSecret(secret: string | undefined): void {
  if (secret !== undefined && Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) {
    throw new Error(
      `JWT_SECRET is too short: ${Buffer.byteLength(secret, 'utf8')} bytes, it needs at least ${MIN_SECRET_BYTES}. ` +
        'Use a long random value (e.g. `openssl rand -base64 48`), or unset it to let the stack generate one.',
    );
  }
}

/** Lifetime of a PySmartChat JWT: one working shift. */
export const STAFF_TOKEN_SECONDS = 8 * 60 * 60;

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  email: z.string(),
  role: z.enum(['executive', 'supervisor']),
  exp: z.number(),
  iat: z.number(),
  sid: z.string().min(1),
  jti: z.string().min(1),
});

/** The claims of a stack JWT: the contract's, plus the session (`sid`) and token id (`jti`). */
export type StaffClaims = PySmartChatClaims & { sid: string; jti: string };

/** Why a token is refused; the gateway hands it to the client in `connect_error` data. */
export type TokenRefusal = 'invalid_token' | 'session_expired' | 'session_revoked';

/** The outcome of checking a token. */
export type TokenCheck =
  { ok: true; claims: StaffClaims } | { ok: false; reason: TokenRefusal; message: string };

const REFUSALS: Record<TokenRefusal, string> = {
  invalid_token: 'This session token is not valid: sign in again.',
  session_expired: 'Your session has expired: sign in again.',
  session_revoked: 'This session has ended (signed out): sign in again.',
};

const refuse = (reason: TokenRefusal): TokenCheck => ({
  ok: false,
  reason,
  message: REFUSALS[reason],
});

/** Issues and checks the HS256 JWTs of PySmartChat (REST and gateway). */
export class StaffTokens {
  private readonly key: Uint8Array;

  constructor(
    db: Db,
    private readonly clock: Clock,
    private readonly sessions: StaffSessions,
    secret?: string,
  ) {
    checkSecret(secret);
    this.key = new TextEncoder().encode(secret ?? persistedSecret(db));
  }

  /** Opens a session for a staff member and signs its token. */
  async issue(staff: StaffRow): Promise<{ token: string; expiresIn: number; sessionId: string }> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const { sessionId } = this.sessions.open(staff.executive_id, STAFF_TOKEN_SECONDS * 1000);
    const token = await new SignJWT({
      name: staff.name,
      email: staff.email,
      role: staff.role,
      sid: sessionId,
    })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(staff.executive_id)
      .setJti(randomUUID())
      .setIssuedAt(iat)
      .setExpirationTime(iat + STAFF_TOKEN_SECONDS)
      .sign(this.key);
    return { token, expiresIn: STAFF_TOKEN_SECONDS, sessionId };
  }

  /** Checks a token: signature, expiry, and that its session is live (not signed out). */
  async check(token: string): Promise<TokenCheck> {
    let payload: unknown;
    try {
      ({ payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      }));
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        return refuse('session_expired');
      }
      if (error instanceof errors.JOSEError) {
        return refuse('invalid_token');
      }
      throw error;
    }
    const claims = claimsSchema.safeParse(payload);
    if (!claims.success) {
      return refuse('invalid_token');
    }
    const session = this.sessions.state(claims.data.sid);
    if (!session.live) {
      return refuse(
        session.end === 'revoked'
          ? 'session_revoked'
          : session.end === 'expired'
            ? 'session_expired'
            : 'invalid_token',
      );
    }
    if (session.userId !== claims.data.sub) {
      return refuse('invalid_token');
    }
    return { ok: true, claims: claims.data };
  }

  /** The claims of a valid token of a live session; a DomainError 401 `unauthorized` otherwise. */
  async verify(token: string): Promise<StaffClaims> {
    const result = await this.check(token);
    if (!result.ok) {
      throw unauthorized(result.message);
    }
    return result.claims;
  }
}

// Kept in the database so that a restarted stack still accepts the tokens it issued.
function persistedSecret(db: Db): string {
  const existing = readMeta(db, 'jwt_secret');
  if (existing) {
    return existing;
  }
  const secret = randomBytes(32).toString('base64url');
  writeMeta(db, 'jwt_secret', secret);
  return secret;
}
