import { AppConfig } from '../config/app-config';
import { isSameEndpoint, isUnderBase, joinUrl } from './api-url';

/** The four REST back ends the console talks to. */
export type ApiBackend = 'pySmartChat' | 'nodeAdmin' | 'webApi' | 'partnerEnrol';

/** How a support executive knows each back end, for error messages. */
export const API_BACKEND_NAMES: Readonly<Record<ApiBackend, string>> = {
  pySmartChat: 'The chat service',
  nodeAdmin: 'The bookings service',
  webApi: 'The driver photo service',
  partnerEnrol: 'The partner service',
};

/**
 * Which back end a request URL belongs to, or null for any other URL. The longest matching base
 * wins, so two back ends may share an origin under different paths.
 */
export function backendOfUrl(url: string, config: AppConfig): ApiBackend | null {
  const bases: [ApiBackend, string][] = [
    ['pySmartChat', config.pySmartChatUrl],
    ['pySmartChat', config.pySmartChatV2AuthUrl],
    ['pySmartChat', config.pySmartChatV2RateUrl],
    ['nodeAdmin', config.nodejsOnewayAdminUrl],
    ['webApi', config.webApiURL],
    ['partnerEnrol', config.partnerEnrollApi],
  ];
  let best: ApiBackend | null = null;
  let bestLength = -1;
  for (const [backend, base] of bases) {
    const length = base.replace(/\/+$/, '').length;
    if (isUnderBase(url, base) && length > bestLength) {
      best = backend;
      bestLength = length;
    }
  }
  return best;
}

/** Whether `url` is the PySmartChat sign-in (`loginV2`), which carries no credentials. */
export function isPySmartChatSignIn(url: string, config: AppConfig): boolean {
  return isSameEndpoint(url, config.pySmartChatV2AuthUrl);
}

/** Whether `url` is the node admin `/login`, which carries no node token. */
export function isNodeAdminLogin(url: string, config: AppConfig): boolean {
  return isSameEndpoint(url, joinUrl(config.nodejsOnewayAdminUrl, 'login'));
}

/** Whether `url` is the web API `/getAccessKey`, which is sent with the node token. */
export function isAccessKeyRequest(url: string, config: AppConfig): boolean {
  return isSameEndpoint(url, joinUrl(config.webApiURL, 'getAccessKey'));
}
