import { makeTestJwt } from '../api/api-testing';
import { base64UrlDecode, jwtExpiresAt, readJwtClaims } from './jwt-claims';

describe('readJwtClaims', () => {
  it('decodes the payload, including names outside Latin-1', () => {
    const token = makeTestJwt({ sub: 'e1', name: 'Zoë Ñandú ✓', exp: 2_000_000_000 });
    expect(readJwtClaims(token)).toEqual({ sub: 'e1', name: 'Zoë Ñandú ✓', exp: 2_000_000_000 });
    expect(jwtExpiresAt(token)).toBe(2_000_000_000_000);
  });

  it('decodes base64url characters (- and _) without padding', () => {
    // '?>?' encodes to 'Pz4_' in base64url and 'Pz4/' in base64.
    expect(base64UrlDecode('Pz4_')).toBe('?>?');
    expect(base64UrlDecode('Pj4-')).toBe('>>>');
    expect(base64UrlDecode('YQ')).toBe('a');
  });

  it('returns null for anything that is not a JWT with an object payload', () => {
    expect(readJwtClaims('')).toBeNull();
    expect(readJwtClaims('abc')).toBeNull();
    expect(readJwtClaims('a..c')).toBeNull();
    expect(readJwtClaims('a.!!!.c')).toBeNull();
    expect(readJwtClaims(`a.${btoa('not json')}.c`)).toBeNull();
    expect(readJwtClaims(`a.${btoa('[1,2]')}.c`)).toBeNull();
  });

  it('has no expiry when exp is missing or not a number', () => {
    expect(jwtExpiresAt(makeTestJwt({ sub: 'e1' }))).toBeNull();
    expect(jwtExpiresAt(makeTestJwt({ exp: 'soon' }))).toBeNull();
    expect(jwtExpiresAt('garbage')).toBeNull();
  });
});
