import { Server } from 'socket.io';

import type { StaffSessions } from '../auth/staff-sessions';
import type { StaffTokens, TokenRefusal } from '../auth/staff-tokens';
import type { DomainContext } from '../domain/domain-context';
import { dashboardStats, driverChatStats, statsForExecutive } from '../domain/stats';
import { registerReadHandlers } from './chat-read-handlers';
import { ChatViewers } from './chat-viewers';
import { registerWriteHandlers } from './chat-write-handlers';
import { rooms } from './rooms';
import type { GatewayServer, StaffSocket } from './socket-types';

/** Path of the Socket.IO gateway, as the console's config expects it. */
export const GATEWAY_PATH = '/ws';

/**
 * Creates the Socket.IO server (websocket with polling fallback). Attach it to PySmartChat's HTTP
 * server after the REST app, so that it answers `/ws` before express sees the request.
 */
export function createGatewayServer(corsOrigins: string[]): GatewayServer {
  return new Server({
    path: GATEWAY_PATH,
    transports: ['websocket', 'polling'],
    cors: { origin: corsOrigins, methods: ['GET', 'POST'] },
    maxHttpBufferSize: 1_000_000,
    // No permessage-deflate: with it negotiated, every frame of every socket goes through the
    // compressor's queue, and the stack serves a fifth of the messages a second (`npm run bench`,
    // section 6: 1474/s uncompressed, 299/s with frames of 4 kB or more compressed), while the
    // first page of chats (50 chats, about 31 kB) reaches a slow office line only ~60 ms sooner.
    perMessageDeflate: false,
    serveClient: false,
  });
}

/** Longest single timer (setTimeout's limit is about 24.8 days). */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** Why the gateway refuses a handshake: the `data` of the client's `connect_error`. */
export interface ConnectRefusal {
  code: 'unauthorized';
  reason: TokenRefusal | 'missing_token' | 'unknown_account';
  message: string;
}

function refusal(reason: ConnectRefusal['reason'], message: string): Error {
  const error = new Error('unauthorized') as Error & { data: ConnectRefusal };
  error.data = { code: 'unauthorized', reason, message };
  return error;
}

/**
 * Authenticates sockets with the PySmartChat JWT (`query.token` or `auth.token`), puts each in its
 * rooms and registers the 13 client events. A socket lives no longer than its session: it is
 * closed when its JWT expires (a timer on the stack's clock) or its session is revoked (sign-out).
 * It is closed at the transport, so a socket.io client reconnects by itself, and that handshake is
 * refused with `connect_error` `unauthorized` (see `ConnectRefusal` for the reason).
 */
export function startGateway(
  io: GatewayServer,
  ctx: DomainContext,
  tokens: StaffTokens,
  sessions: StaffSessions,
  log: (line: string) => void,
): { stop(): void } {
  // Sockets on the polling transport report their end late, after the database may be closed.
  let stopped = false;
  /** Open sockets by staff session, with each one's expiry timer. */
  const bySession = new Map<string, Map<StaffSocket, NodeJS.Timeout | null>>();
  const viewers = new ChatViewers(io, ctx);

  const end = (socket: StaffSocket) => {
    // Closing the transport (not a socket.io disconnect) lets the client reconnect by itself and
    // learn from the refused handshake why its session is over.
    socket.conn.close();
  };
  const arm = (socket: StaffSocket) => {
    const sockets = bySession.get(socket.data.claims.sid);
    if (!sockets?.has(socket)) {
      return;
    }
    const previous = sockets.get(socket);
    if (previous) {
      clearTimeout(previous);
    }
    const left = socket.data.claims.exp * 1000 - ctx.clock.now().getTime();
    if (left <= 0) {
      sockets.set(socket, null);
      end(socket);
      return;
    }
    const timer = setTimeout(() => arm(socket), Math.min(left, MAX_TIMER_MS));
    timer.unref();
    sockets.set(socket, timer);
  };
  const forget = (socket: StaffSocket) => {
    const sid = socket.data.claims.sid;
    const sockets = bySession.get(sid);
    const timer = sockets?.get(socket);
    if (timer) {
      clearTimeout(timer);
    }
    sockets?.delete(socket);
    if (sockets?.size === 0) {
      bySession.delete(sid);
    }
  };
  const unsubscribeRevoke = sessions.onRevoke((sid) => {
    for (const socket of [...(bySession.get(sid)?.keys() ?? [])]) {
      end(socket);
    }
  });
  const unsubscribeJump =
    ctx.clock.onJump?.(() => {
      for (const sockets of bySession.values()) {
        for (const socket of [...sockets.keys()]) {
          arm(socket);
        }
      }
    }) ?? (() => undefined);

  io.use(async (socket, next) => {
    const fromQuery = socket.handshake.query['token'];
    const fromAuth = (socket.handshake.auth as Record<string, unknown> | undefined)?.['token'];
    const token =
      typeof fromQuery === 'string' && fromQuery
        ? fromQuery
        : typeof fromAuth === 'string'
          ? fromAuth
          : '';
    if (!token) {
      next(refusal('missing_token', 'Sign in first: the connection carries no session token.'));
      return;
    }
    try {
      const result = await tokens.check(token);
      if (!result.ok) {
        next(refusal(result.reason, result.message));
        return;
      }
      if (!ctx.staff.byId(result.claims.sub)) {
        next(refusal('unknown_account', 'This account no longer exists: sign in again.'));
        return;
      }
      socket.data.claims = result.claims;
      next();
    } catch {
      next(refusal('invalid_token', 'This session token is not valid: sign in again.'));
    }
  });

  io.on('connection', (socket: StaffSocket) => {
    const { sub, role, sid } = socket.data.claims;
    let sockets = bySession.get(sid);
    if (!sockets) {
      sockets = new Map();
      bySession.set(sid, sockets);
    }
    sockets.set(socket, null);
    arm(socket);
    if (!sessions.state(sid).live) {
      // Signed out while this handshake was on its way.
      end(socket);
    }
    void socket.join([
      rooms.staff,
      rooms.executive(sub),
      role === 'supervisor' ? rooms.supervisors : rooms.executives,
    ]);
    if (ctx.presence.connect(sub) && role === 'executive') {
      announcePresence(ctx, sub);
    }
    const stats = dashboardStats(ctx);
    socket.emit('dashboard_stats', role === 'supervisor' ? stats : statsForExecutive(stats, sub));
    socket.emit('driver-chat-stats', driverChatStats(ctx));
    registerReadHandlers(socket, ctx, viewers, log);
    registerWriteHandlers(socket, ctx, log);
    socket.on('disconnect', () => {
      forget(socket);
      if (!stopped) {
        viewers.close(socket.id);
      }
      if (!stopped && ctx.presence.disconnect(sub) && role === 'executive') {
        announcePresence(ctx, sub);
      }
    });
  });
  return {
    stop: () => {
      stopped = true;
      unsubscribeRevoke();
      unsubscribeJump();
      for (const sockets of bySession.values()) {
        for (const timer of sockets.values()) {
          if (timer) {
            clearTimeout(timer);
          }
        }
      }
      bySession.clear();
    },
  };
}

function announcePresence(ctx: DomainContext, executiveId: string): void {
  const member = ctx.staff.byId(executiveId);
  if (!member) {
    return;
  }
  ctx.events.executiveStatus({
    executive_id: executiveId,
    name: member.name,
    status: ctx.presence.statusOf(executiveId),
    changed_at: ctx.clock.now().toISOString(),
  });
  ctx.events.statsChanged();
}
