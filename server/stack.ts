import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { DEFAULT_LOGIN_LIMITS, LoginLimiter } from './auth/login-limiter';
import { NodeSessions } from './auth/node-sessions';
import { StaffSessions } from './auth/staff-sessions';
import { StaffTokens, checkSecret } from './auth/staff-tokens';
import { openDatabase, type Db } from './db/database';
import { systemClock, type Clock } from './domain/clock';
import { createDomainContext, type DomainContext } from './domain/domain-context';
import { type InboundInput, type MessageResult, receiveInbound } from './domain/messaging';
import { SlaMonitor } from './domain/sla-monitor';
import { StatusSampler } from './domain/status-samples';
import { DEFAULT_SETTINGS, type StackSettings } from './domain/stack-settings';
import { Broadcaster } from './gateway/broadcaster';
import { GATEWAY_PATH, createGatewayServer, startGateway } from './gateway/gateway';
import { mountDevRoutes } from './rest/dev-routes';
import { answerClientErrors, createJsonApp } from './rest/http-app';
import { mountNodeAdminRoutes } from './rest/node-admin-routes';
import { mountPartnerEnrolRoutes } from './rest/partner-enrol-routes';
import { mountPySmartChatRoutes } from './rest/py-smart-chat-routes';
import type { RestDeps } from './rest/rest-deps';
import { mountWebApiRoutes } from './rest/web-api-routes';
import { seedIfEmpty } from './seed/seed';
import { TrafficSimulator } from './sim/traffic-simulator';
import { DEFAULT_CORS_ORIGINS, DEFAULT_PORT_BASE, type StackOptions } from './stack-options';

/** Where each back end of a running stack listens. */
export interface StackUrls {
  /** PySmartChat REST base and Socket.IO origin (`pySmartChatUrlForChat`). */
  pySmartChat: string;
  /** Socket.IO path on the PySmartChat origin. */
  socketPath: string;
  nodeAdmin: string;
  /** Web API base including `/third`. */
  webApi: string;
  /** Partner enrol base including `/rest/V1`. */
  partnerEnrol: string;
}

export interface RunningStack {
  urls: StackUrls;
  db: Db;
  ctx: DomainContext;
  clock: Clock;
  sla: SlaMonitor;
  /** Keeps the day's chats by status (five-minute samples). */
  sampler: StatusSampler;
  simulator: TrafficSimulator;
  /** Writes an inbound customer / driver message and broadcasts it, as WhatsApp would. */
  injectInbound(input: InboundInput): MessageResult;
  /** Stops every server and timer and closes the database. */
  stop(): Promise<void>;
}

/** Starts the whole local stack: four REST back ends, the gateway, the SLA monitor, the simulator. */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  checkSecret(options.jwtSecret);
  const log = options.log ?? (() => undefined);
  const clock = options.clock ?? systemClock;
  const settings: StackSettings = {
    ...DEFAULT_SETTINGS,
    ...withoutUndefined(options.settings ?? {}),
    sla: { ...DEFAULT_SETTINGS.sla, ...withoutUndefined(options.settings?.sla ?? {}) },
  };
  const corsOrigins = options.corsOrigins ?? DEFAULT_CORS_ORIGINS;
  const host = options.host ?? '127.0.0.1';
  const db = openDatabase(options.dbFile);
  if (options.seed !== false) {
    seedIfEmpty(db, clock.now(), settings, options.seed ?? {});
  }

  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const headersTimeout = Math.min(options.headersTimeoutMs ?? 10_000, requestTimeout);
  // Slow requests are cut at these limits (checked every second), and answered as JSON.
  const httpServer = (listener?: RequestListener) => {
    const server = createServer({
      requestTimeout,
      headersTimeout,
      connectionsCheckingInterval: Math.min(1000, requestTimeout),
    });
    if (listener) {
      server.on('request', listener);
    }
    answerClientErrors(server);
    return server;
  };
  const pyServer = httpServer();
  const io = createGatewayServer(corsOrigins);
  const broadcaster = new Broadcaster(io, options.statsThrottleMs ?? 250);
  const ctx = createDomainContext(db, clock, settings, broadcaster);
  broadcaster.attach(ctx);
  const staffSessions = new StaffSessions(db, clock);
  const tokens = new StaffTokens(db, clock, staffSessions, options.jwtSecret);
  const deps: RestDeps = {
    ctx,
    tokens,
    sessions: new NodeSessions(db, clock, staffSessions),
    staffSessions,
    loginLimiter: new LoginLimiter(clock, {
      ...DEFAULT_LOGIN_LIMITS,
      ...withoutUndefined(options.loginLimits ?? {}),
    }),
  };
  const gateway = startGateway(io, ctx, tokens, staffSessions, log);

  const appOptions = { corsOrigins, log };
  pyServer.on(
    'request',
    createJsonApp(appOptions, (app) => {
      if (options.devRoutes !== false) {
        mountDevRoutes(app, deps);
      }
      mountPySmartChatRoutes(app, deps);
    }),
  );
  io.attach(pyServer);
  const nodeServer = httpServer(
    createJsonApp(appOptions, (app) => mountNodeAdminRoutes(app, deps)),
  );
  const webServer = httpServer(createJsonApp(appOptions, (app) => mountWebApiRoutes(app, deps)));
  const partnerServer = httpServer(
    createJsonApp(appOptions, (app) => mountPartnerEnrolRoutes(app, deps)),
  );
  const servers = [pyServer, nodeServer, webServer, partnerServer];

  const ports = options.ports ?? {};
  const [pyPort, nodePort, webPort, partnerPort] = await Promise.all([
    listen(pyServer, ports.pySmartChat ?? DEFAULT_PORT_BASE, host),
    listen(nodeServer, ports.nodeAdmin ?? DEFAULT_PORT_BASE + 1, host),
    listen(webServer, ports.webApi ?? DEFAULT_PORT_BASE + 2, host),
    listen(partnerServer, ports.partnerEnrol ?? DEFAULT_PORT_BASE + 3, host),
  ]).catch(async (error: unknown) => {
    await Promise.all(servers.map((server) => closeServer(server)));
    db.close();
    throw error;
  });
  const origin = (port: number) => `http://${host.includes(':') ? `[${host}]` : host}:${port}`;

  const sla = new SlaMonitor(ctx);
  if ((options.slaCheckIntervalMs ?? 5000) > 0) {
    sla.start(options.slaCheckIntervalMs ?? 5000);
  }
  const sampler = new StatusSampler(ctx);
  sampler.backfill();
  sampler.sample();
  if ((options.statusSampleIntervalMs ?? 60_000) > 0) {
    sampler.start(options.statusSampleIntervalMs ?? 60_000);
  }
  const simulator = new TrafficSimulator(ctx, options.simulatorRate ?? 0, log);
  simulator.start();

  let stopped = false;
  return {
    urls: {
      pySmartChat: origin(pyPort),
      socketPath: GATEWAY_PATH,
      nodeAdmin: origin(nodePort),
      webApi: `${origin(webPort)}/third`,
      partnerEnrol: `${origin(partnerPort)}/rest/V1`,
    },
    db,
    ctx,
    clock,
    sla,
    sampler,
    simulator,
    injectInbound: (input) => receiveInbound(ctx, input),
    stop: async () => {
      if (stopped) {
        return;
      }
      stopped = true;
      simulator.stop();
      sla.stop();
      sampler.stop();
      broadcaster.stop();
      gateway.stop();
      io.disconnectSockets(true);
      const closing = [
        io.close().catch(() => undefined),
        ...servers.slice(1).map((server) => closeServer(server)),
      ];
      pyServer.closeAllConnections();
      await Promise.all(closing);
      db.close();
    },
  };
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    if (!server.listening) {
      resolve();
      return;
    }
    server.close(() => resolve());
    server.closeAllConnections();
  });
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, entry]) => entry !== undefined),
  ) as Partial<T>;
}
