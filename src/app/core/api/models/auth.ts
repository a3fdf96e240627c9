import { Iso8601, PresenceStatus, StaffRole } from './common';

/** A member of the support team. */
export interface Executive {
  executive_id: string;
  name: string;
  email: string;
  role: StaffRole;
  status: PresenceStatus;
}

/** `POST /api/auth/login` (PySmartChat `loginV2`). */
export interface LoginV2Request {
  email: string;
  password: string;
}

export interface LoginV2Response {
  access_token: string;
  token_type: 'bearer';
  /** Lifetime of the token in seconds. */
  expires_in: number;
  executive: Executive;
}

/** Claims inside the PySmartChat JWT. */
export interface PySmartChatClaims {
  sub: string;
  name: string;
  email: string;
  role: StaffRole;
  exp: number;
  iat: number;
}

/**
 * `POST /login` (node admin `login`). The console opens the node session with the PySmartChat JWT as
 * `sso_token`, right after `loginV2` and again to renew it silently, so the node token belongs to
 * the JWT's session; `{email, password}` opens a session of its own.
 */
export type NodeLoginRequest = { email: string; password: string } | { sso_token: string };

export interface NodeLoginResponse {
  token: string;
  expires_at: Iso8601;
  user: { user_id: string; name: string };
}

/** `POST /logout` (node admin `logout`). */
export interface NodeLogoutResponse {
  success: boolean;
}

/** `POST /getAccessKey` (web API `getAccessKeyWeb`). Sent with the node admin token. */
export interface AccessKeyRequest {
  client: string;
}

export interface AccessKeyResponse {
  access_key: string;
  expires_at: Iso8601;
}
