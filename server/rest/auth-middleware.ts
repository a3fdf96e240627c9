import type { Request, RequestHandler, Response } from 'express';

import type { NodeSessions, SessionOwner } from '../auth/node-sessions';
import type { StaffDirectory } from '../auth/staff-directory';
import type { StaffTokens } from '../auth/staff-tokens';
import type { Actor } from '../domain/domain-context';
import { unauthorized } from '../domain/domain-error';

/** The bearer token of a request, or null. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)\s*$/i.exec(header) : null;
  return match ? match[1] : null;
}

/** Requires a PySmartChat JWT of an existing staff member; sets the actor. */
export function requireStaff(tokens: StaffTokens, staff: StaffDirectory): RequestHandler {
  return async (req, res, next) => {
    const token = bearerToken(req);
    if (!token) {
      throw unauthorized('Sign in first: this request has no session token.');
    }
    const claims = await tokens.verify(token);
    const member = staff.byId(claims.sub);
    if (!member) {
      throw unauthorized('This account no longer exists: sign in again.');
    }
    const actor: Actor = {
      executive_id: member.executive_id,
      name: member.name,
      role: member.role,
    };
    res.locals['actor'] = actor;
    res.locals['sessionId'] = claims.sid;
    next();
  };
}

/** The actor set by `requireStaff`. */
export function actorOf(res: Response): Actor {
  return res.locals['actor'] as Actor;
}

/** Requires a live node admin token; sets the user id. */
export function requireNodeToken(sessions: NodeSessions): RequestHandler {
  return (req, res, next) => {
    const token = bearerToken(req);
    if (!token) {
      throw unauthorized('Sign in to the admin service first: this request has no token.');
    }
    const owner = sessions.ownerOf(token);
    res.locals['userId'] = owner.userId;
    res.locals['sessionId'] = owner.sessionId;
    res.locals['nodeToken'] = token;
    next();
  };
}

/** The user id set by `requireNodeToken`. */
export function nodeUserOf(res: Response): string {
  return res.locals['userId'] as string;
}

/** The staff session of the request's credential, set by `requireStaff` or `requireNodeToken`. */
export function sessionOf(res: Response): string {
  return res.locals['sessionId'] as string;
}

/** The owner (user and session) set by `requireNodeToken`. */
export function nodeOwnerOf(res: Response): SessionOwner {
  return { userId: nodeUserOf(res), sessionId: sessionOf(res) };
}

/** Query parameter that carries the access key in image URLs (an `<img>` cannot send headers). */
export const ACCESS_KEY_PARAM = 'key';

/**
 * Requires a live web API access key in `x-access-key`, or, with `orQuery`, in the `key` query
 * parameter (image URLs); sets the access key.
 */
export function requireAccessKey(
  sessions: NodeSessions,
  { orQuery = false }: { orQuery?: boolean } = {},
): RequestHandler {
  return (req, res, next) => {
    const header = req.headers['x-access-key'];
    const param = orQuery ? req.query[ACCESS_KEY_PARAM] : undefined;
    const key = typeof header === 'string' && header.trim() !== '' ? header : param;
    if (typeof key !== 'string' || key.trim() === '') {
      throw unauthorized(
        orQuery
          ? 'This image needs an access key: use the image URL getDriverAndCabImages gave.'
          : 'Ask for an access key first and send it as "x-access-key".',
      );
    }
    sessions.checkAccessKey(key.trim());
    res.locals['accessKey'] = key.trim();
    next();
  };
}
