import * as z from 'zod/mini';

import { PresenceStatusSchema, StaffRoleSchema, count, iso8601 } from './primitives';

/** A member of the support team. */
export const ExecutiveSchema = z.object({
  /** Id of the staff member (the JWT `sub`). */
  executive_id: z.string(),
  /** Display name. */
  name: z.string(),
  /** Sign-in email. */
  email: z.string(),
  /** Whether the member is an executive or a supervisor. */
  role: StaffRoleSchema,
  /** Presence when the answer was made. */
  status: PresenceStatusSchema,
});
export type Executive = z.output<typeof ExecutiveSchema>;

/** `POST /api/auth/login` (PySmartChat `loginV2`). */
export const LoginV2RequestSchema = z.object({
  /** Staff sign-in email (3 to 200 characters). */
  email: z.string().check(z.trim(), z.minLength(3), z.maxLength(200)),
  /** Staff password. */
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});
export type LoginV2Request = z.output<typeof LoginV2RequestSchema>;

/** Answer of `loginV2`. */
export const LoginV2ResponseSchema = z.object({
  /**
   * The PySmartChat JWT: `Authorization: Bearer` on PySmartChat, `token` on the socket,
   * `sso_token` for node admin.
   */
  access_token: z.string(),
  /** Always `bearer`. */
  token_type: z.literal('bearer'),
  /** Lifetime of the token in seconds. */
  expires_in: count,
  /** Who signed in. */
  executive: ExecutiveSchema,
});
export type LoginV2Response = z.output<typeof LoginV2ResponseSchema>;

/** Claims inside the PySmartChat JWT. */
export const PySmartChatClaimsSchema = z.object({
  /** Staff id (`executive_id`). */
  sub: z.string(),
  /** Display name of the staff member. */
  name: z.string(),
  /** Sign-in email of the staff member. */
  email: z.string(),
  /** Role; supervisors may open the dashboard and move any chat. */
  role: StaffRoleSchema,
  /** Expiry, in seconds since the epoch (8 hours after `iat` on the local stack). */
  exp: count,
  /** Issue time, in seconds since the epoch. */
  iat: count,
});
export type PySmartChatClaims = z.output<typeof PySmartChatClaimsSchema>;

/** Node admin `login` with the staff email and password. */
export const NodeCredentialsLoginSchema = z.object({
  /** Staff sign-in email (with `password`). */
  email: z.string().check(z.trim(), z.minLength(3), z.maxLength(200)),
  /** Staff password (with `email`). */
  password: z.string().check(z.minLength(1), z.maxLength(200)),
});

/** Node admin `login` with the PySmartChat JWT, to renew the session silently. */
export const NodeSsoLoginSchema = z.object({
  /** The PySmartChat JWT, instead of `email` and `password`. */
  sso_token: z.string().check(z.minLength(1), z.maxLength(4000)),
});

/**
 * `POST /login` (node admin `login`). The console opens the node session with the PySmartChat JWT as
 * `sso_token`, right after `loginV2` and again to renew it silently, so the node token belongs to
 * the JWT's session; `{email, password}` opens a session of its own.
 */
export const NodeLoginRequestSchema = z.union([NodeCredentialsLoginSchema, NodeSsoLoginSchema]);
export type NodeLoginRequest = z.output<typeof NodeLoginRequestSchema>;

/** Answer of node admin `login`. */
export const NodeLoginResponseSchema = z.object({
  /**
   * Node admin session token: `Authorization: Bearer` on node admin, partner enrol and
   * `getAccessKey`.
   */
  token: z.string(),
  /** When the token stops working (2 hours on the local stack). */
  expires_at: iso8601,
  /** The staff member the session belongs to. */
  user: z.object({
    /** Staff id (same as `executive_id`). */
    user_id: z.string(),
    /** Display name. */
    name: z.string(),
  }),
});
export type NodeLoginResponse = z.output<typeof NodeLoginResponseSchema>;

/** `POST /logout` (node admin `logout`). */
export const NodeLogoutResponseSchema = z.object({
  /** Whether the session was ended. */
  success: z.boolean(),
});
export type NodeLogoutResponse = z.output<typeof NodeLogoutResponseSchema>;

/** `POST /getAccessKey` (web API `getAccessKeyWeb`). Sent with the node admin token. */
export const AccessKeyRequestSchema = z.object({
  /** Name of the calling application; the console sends `customer-care-console`. */
  client: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
});
export type AccessKeyRequest = z.output<typeof AccessKeyRequestSchema>;

/** Answer of `getAccessKeyWeb`. */
export const AccessKeyResponseSchema = z.object({
  /** The web API access key, sent as the `x-access-key` header. */
  access_key: z.string(),
  /**
   * When the key stops working (15 minutes on the local stack); the console renews it 30 s before.
   */
  expires_at: iso8601,
});
export type AccessKeyResponse = z.output<typeof AccessKeyResponseSchema>;
