import { safeReturnUrl } from './return-url';

describe('safeReturnUrl', () => {
  it('keeps a path inside the console', () => {
    expect(safeReturnUrl('/chats/c-1?tab=notes')).toBe('/chats/c-1?tab=notes');
    expect(safeReturnUrl('/dashboard')).toBe('/dashboard');
  });

  it('refuses other origins, scheme tricks and the login page itself', () => {
    expect(safeReturnUrl('https://evil.test/')).toBe('/chats');
    expect(safeReturnUrl('//evil.test/')).toBe('/chats');
    expect(safeReturnUrl('/\\evil.test/')).toBe('/chats');
    expect(safeReturnUrl('javascript:alert(1)')).toBe('/chats');
    expect(safeReturnUrl('/login?returnUrl=/chats')).toBe('/chats');
    expect(safeReturnUrl(null, '/dashboard')).toBe('/dashboard');
    expect(safeReturnUrl(undefined)).toBe('/chats');
  });
});
