/**
 * Runtime configuration loaded from `config.json` at start-up. Property names are the ones of the
 * back ends' api-properties, so one production build serves every environment.
 */
export interface AppConfig {
  /** Which profile this file describes: `local`, `staging` or `production`. */
  profile: 'local' | 'staging' | 'production';
  /** PySmartChat REST base, with a trailing slash. */
  pySmartChatUrl: string;
  /** PySmartChat origin the Socket.IO gateway listens on (path `/ws`), without a trailing slash. */
  pySmartChatUrlForChat: string;
  /** Full URL of `loginV2`. */
  pySmartChatV2AuthUrl: string;
  /** Base of the `/api/chats` routes (`rateChat` and friends). */
  pySmartChatV2RateUrl: string;
  /** Node admin REST base, with a trailing slash. */
  nodejsOnewayAdminUrl: string;
  /** Web API base, with a trailing slash. */
  webApiURL: string;
  /** Partner enrol REST base, with a trailing slash. */
  partnerEnrollApi: string;
  /** Location socket origin (wss); kept for parity with the api-properties. */
  onewayLocationWebSocketApi: string;
  /** Whether the gateway JWT is also sent in the Socket.IO `auth` payload, besides the query string. */
  socketAuthPayload?: boolean;
}

/** The eight api-properties keys every profile must define. */
export const APP_CONFIG_URL_KEYS = [
  'pySmartChatUrl',
  'pySmartChatUrlForChat',
  'pySmartChatV2AuthUrl',
  'pySmartChatV2RateUrl',
  'nodejsOnewayAdminUrl',
  'webApiURL',
  'partnerEnrollApi',
  'onewayLocationWebSocketApi',
] as const;
