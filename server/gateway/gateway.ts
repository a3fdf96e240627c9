import { Server } from 'socket.io';

import type { StaffTokens } from '../auth/staff-tokens';
import type { DomainContext } from '../domain/domain-context';
import { dashboardStats, driverChatStats, statsForExecutive } from '../domain/stats';
import { registerReadHandlers } from './chat-read-handlers';
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
    serveClient: false,
  });
}

/**
 * Authenticates sockets with the PySmartChat JWT (`query.token` or `auth.token`), puts each in its
 * rooms and registers the 13 client events.
 */
export function startGateway(
  io: GatewayServer,
  ctx: DomainContext,
  tokens: StaffTokens,
  log: (line: string) => void,
): { stop(): void } {
  // Sockets on the polling transport report their end late, after the database may be closed.
  let stopped = false;
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
      next(new Error('unauthorized'));
      return;
    }
    try {
      const claims = await tokens.verify(token);
      if (!ctx.staff.byId(claims.sub)) {
        next(new Error('unauthorized'));
        return;
      }
      socket.data.claims = claims;
      next();
    } catch {
      next(new Error('unauthorized'));
    }
  });

  io.on('connection', (socket: StaffSocket) => {
    const { sub, role } = socket.data.claims;
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
    registerReadHandlers(socket, ctx, log);
    registerWriteHandlers(socket, ctx, log);
    socket.on('disconnect', () => {
      if (!stopped && ctx.presence.disconnect(sub) && role === 'executive') {
        announcePresence(ctx, sub);
      }
    });
  });
  return {
    stop: () => {
      stopped = true;
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
