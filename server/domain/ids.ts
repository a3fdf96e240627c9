import { randomBytes } from 'node:crypto';

/** A new opaque id with a readable prefix, e.g. `msg_k3v9x0q2m1a8`. */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString('base64url').toLowerCase().replace(/[-_]/g, 'x')}`;
}

/** A long random secret (tokens, access keys). */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString('base64url')}`;
}
