import {
  backendOfUrl,
  isAccessKeyRequest,
  isNodeAdminLogin,
  isPySmartChatSignIn,
} from './api-backend';
import { TEST_APP_CONFIG } from './api-testing';

describe('backendOfUrl', () => {
  it('tells the four back ends apart by their configured bases', () => {
    expect(backendOfUrl('https://chat.test/api/dashboard/stats', TEST_APP_CONFIG)).toBe(
      'pySmartChat',
    );
    expect(backendOfUrl('https://node.test/getDcoDetails', TEST_APP_CONFIG)).toBe('nodeAdmin');
    expect(backendOfUrl('https://web.test/third/getAccessKey', TEST_APP_CONFIG)).toBe('webApi');
    expect(backendOfUrl('https://partner.test/rest/V1/getPartner', TEST_APP_CONFIG)).toBe(
      'partnerEnrol',
    );
  });

  it('returns null for any other URL', () => {
    expect(backendOfUrl('config.json', TEST_APP_CONFIG)).toBeNull();
    expect(backendOfUrl('https://web.test/other/x', TEST_APP_CONFIG)).toBeNull();
    expect(backendOfUrl('https://elsewhere.test/api', TEST_APP_CONFIG)).toBeNull();
  });

  it('picks the longest base when two back ends share an origin', () => {
    const shared = {
      ...TEST_APP_CONFIG,
      nodejsOnewayAdminUrl: 'https://gw.test/',
      webApiURL: 'https://gw.test/third/',
      partnerEnrollApi: 'https://gw.test/rest/V1/',
    };
    expect(backendOfUrl('https://gw.test/third/getAccessKey', shared)).toBe('webApi');
    expect(backendOfUrl('https://gw.test/rest/V1/getPartner', shared)).toBe('partnerEnrol');
    expect(backendOfUrl('https://gw.test/getDcoDetails', shared)).toBe('nodeAdmin');
  });
});

describe('credential-free endpoints', () => {
  it('recognises the three sign-in style endpoints and nothing else', () => {
    expect(isPySmartChatSignIn('https://chat.test/api/auth/login', TEST_APP_CONFIG)).toBeTrue();
    expect(isPySmartChatSignIn('https://chat.test/api/chats/x', TEST_APP_CONFIG)).toBeFalse();
    expect(isNodeAdminLogin('https://node.test/login', TEST_APP_CONFIG)).toBeTrue();
    expect(isNodeAdminLogin('https://node.test/logout', TEST_APP_CONFIG)).toBeFalse();
    expect(isAccessKeyRequest('https://web.test/third/getAccessKey', TEST_APP_CONFIG)).toBeTrue();
    expect(
      isAccessKeyRequest('https://web.test/third/getDriverAndCabImages', TEST_APP_CONFIG),
    ).toBeFalse();
  });
});
