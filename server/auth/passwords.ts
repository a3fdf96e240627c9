import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';

// A lower cost than a production default: these are demo accounts of a local stack, and every test
// file seeds and signs in afresh.
const COST = 1 << 10;
const KEY_LENGTH = 32;

/** Hashes a password as `scrypt$<salt>$<hash>`. */
export function hashPassword(password: string, salt = randomBytes(16)): string {
  const hash = scryptSync(password, salt, KEY_LENGTH, { N: COST });
  return `scrypt$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/** Whether a password matches a stored hash. */
export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) {
    return false;
  }
  const expected = Buffer.from(hash, 'base64url');
  const actual = scryptSync(password, Buffer.from(salt, 'base64url'), expected.length, { N: COST });
  return timingSafeEqual(actual, expected);
}
