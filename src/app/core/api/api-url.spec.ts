import { isSameEndpoint, isUnderBase, joinUrl, pathSegment } from './api-url';

describe('joinUrl', () => {
  it('puts exactly one slash between base and path', () => {
    expect(joinUrl('https://a.test/rest/V1/', 'getPartner')).toBe(
      'https://a.test/rest/V1/getPartner',
    );
    expect(joinUrl('https://a.test/rest/V1', 'getPartner')).toBe(
      'https://a.test/rest/V1/getPartner',
    );
    expect(joinUrl('https://a.test/rest/V1//', '/getPartner')).toBe(
      'https://a.test/rest/V1/getPartner',
    );
  });

  it('returns the base alone for an empty path', () => {
    expect(joinUrl('https://a.test/api/', '')).toBe('https://a.test/api');
  });
});

describe('pathSegment', () => {
  it('encodes characters that would change the path', () => {
    expect(pathSegment('../admin?x=1#y')).toBe('..%2Fadmin%3Fx%3D1%23y');
    expect(pathSegment('+91 98000')).toBe('%2B91%2098000');
  });
});

describe('isUnderBase', () => {
  it('accepts the base itself and paths below it', () => {
    expect(isUnderBase('https://a.test:4100/api/x', 'https://a.test:4100/')).toBeTrue();
    expect(isUnderBase('https://a.test:4100', 'https://a.test:4100/')).toBeTrue();
    expect(isUnderBase('https://a.test/third?x=1', 'https://a.test/third/')).toBeTrue();
  });

  it('rejects a longer port or path that merely starts the same', () => {
    expect(isUnderBase('https://a.test:41000/api', 'https://a.test:4100/')).toBeFalse();
    expect(isUnderBase('https://a.test/thirdparty/x', 'https://a.test/third/')).toBeFalse();
    expect(isUnderBase('https://b.test/api', 'https://a.test/')).toBeFalse();
  });
});

describe('isSameEndpoint', () => {
  it('ignores a trailing slash, query and fragment', () => {
    expect(isSameEndpoint('https://a.test/login/?x=1', 'https://a.test/login')).toBeTrue();
    expect(isSameEndpoint('https://a.test/login#top', 'https://a.test/login/')).toBeTrue();
  });

  it('tells different endpoints apart', () => {
    expect(isSameEndpoint('https://a.test/login2', 'https://a.test/login')).toBeFalse();
    expect(isSameEndpoint('https://a.test/logout', 'https://a.test/login')).toBeFalse();
  });
});
