import { randomBytes } from 'node:crypto';
import { SignJWT, errors, jwtVerify } from 'jose';
import { z } from 'zod';

import type { PySmartChatClaims } from '../../src/contract';
import { readMeta, writeMeta, type Db } from '../db/database';
import type { Clock } from '../domain/clock';
import { unauthorized } from '../domain/domain-error';
import type { StaffRow } from './staff-directory';

/** Lifetime of a PySmartChat JWT: one working shift. */
export const STAFF_TOKEN_SECONDS = 8 * 60 * 60;

const claimsSchema = z.object({
  sub: z.string().min(1),
  name: z.string(),
  email: z.string(),
  role: z.enum(['executive', 'supervisor']),
  exp: z.number(),
  iat: z.number(),
});

/** Issues and checks the HS256 JWTs of PySmartChat (REST and gateway). */
export class StaffTokens {
  private readonly key: Uint8Array;

  constructor(
    db: Db,
    private readonly clock: Clock,
    secret?: string,
  ) {
    this.key = new TextEncoder().encode(secret ?? persistedSecret(db));
  }

  /** Signs a token for a staff member. */
  async issue(staff: StaffRow): Promise<{ token: string; expiresIn: number }> {
    const iat = Math.floor(this.clock.now().getTime() / 1000);
    const token = await new SignJWT({ name: staff.name, email: staff.email, role: staff.role })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(staff.executive_id)
      .setIssuedAt(iat)
      .setExpirationTime(iat + STAFF_TOKEN_SECONDS)
      .sign(this.key);
    return { token, expiresIn: STAFF_TOKEN_SECONDS };
  }

  /** The claims of a valid token; a DomainError 401 otherwise. */
  async verify(token: string): Promise<PySmartChatClaims> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      const claims = claimsSchema.safeParse(payload);
      if (!claims.success) {
        throw unauthorized('This session token is not one of ours: sign in again.');
      }
      return claims.data;
    } catch (error) {
      if (error instanceof errors.JWTExpired) {
        throw unauthorized('Your session has expired: sign in again.');
      }
      if (error instanceof errors.JOSEError) {
        throw unauthorized('This session token is not valid: sign in again.');
      }
      throw error;
    }
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
