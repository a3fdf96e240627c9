/**
 * Reads the claims of a JWT without checking its signature: the console only needs to know who is
 * signed in and when the token runs out; the back ends do the checking. Returns null for anything
 * that is not a JWT with a JSON object payload.
 */
export function readJwtClaims(token: string): Record<string, unknown> | null {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[1] === '') {
    return null;
  }
  try {
    const payload = JSON.parse(base64UrlDecode(parts[1])) as unknown;
    return typeof payload === 'object' && payload !== null && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

/** When a JWT expires, in epoch milliseconds, from its `exp` claim; null when it has none. */
export function jwtExpiresAt(token: string): number | null {
  const exp = readJwtClaims(token)?.['exp'];
  return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null;
}

/** Decodes base64url (RFC 4648 section 5) into UTF-8 text; throws on malformed input. */
export function base64UrlDecode(input: string): string {
  if (!/^[A-Za-z0-9_-]*$/.test(input)) {
    throw new Error('Not base64url.');
  }
  const base64 = input.replace(/-/g, '+').replace(/_/g, '/');
  const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
  const binary = atob(padded);
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  // Names in the claims may be outside Latin-1, so the bytes are UTF-8, not characters.
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
