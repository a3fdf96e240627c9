import type { LoginLimits } from './auth/login-limiter';
import type { Clock } from './domain/clock';
import type { StackSettings } from './domain/stack-settings';
import type { SeedOptions } from './seed/seed';

/** Listening ports of the four back ends; 0 picks a free port. */
export interface StackPorts {
  pySmartChat: number;
  nodeAdmin: number;
  webApi: number;
  partnerEnrol: number;
}

export interface StackOptions {
  /** SQLite file; created and seeded when missing or empty. */
  dbFile: string;
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  ports?: Partial<StackPorts>;
  /** Browser origins allowed by CORS (default the console's dev server). */
  corsOrigins?: string[];
  /** HS256 secret of the PySmartChat JWTs (default: generated once and kept in the database). */
  jwtSecret?: string;
  clock?: Clock;
  settings?: { sla?: Partial<StackSettings['sla']> } & Partial<Omit<StackSettings, 'sla'>>;
  /** How often the SLA monitor looks (ms); 0 turns it off (tests then call `sla.check()`). */
  slaCheckIntervalMs?: number;
  /**
   * How often the day's chats-by-status sample is taken (ms; default a minute); 0 turns it off
   * (tests then call `sampler.sample()`).
   */
  statusSampleIntervalMs?: number;
  /** Minimum spacing of stats pushes (ms). */
  statsThrottleMs?: number;
  /** Simulated inbound messages per minute; 0 or undefined turns the simulator off. */
  simulatorRate?: number;
  /** Seeding of an empty database; false leaves it empty (staff accounts still need a seed). */
  seed?: SeedOptions | false;
  /** Failed sign-ins allowed per account and per address in a window (`DEFAULT_LOGIN_LIMITS`). */
  loginLimits?: Partial<LoginLimits>;
  /** Longest time a request may take to arrive whole (ms), headers and body; default 30 000. */
  requestTimeoutMs?: number;
  /** Longest time the request headers may take to arrive (ms); default 10 000. */
  headersTimeoutMs?: number;
  /** Whether `POST /dev/inject` is served (loopback only). Default true. */
  devRoutes?: boolean;
  log?: (line: string) => void;
}

export const DEFAULT_PORT_BASE = 4100;
export const DEFAULT_CORS_ORIGINS = ['http://localhost:4200', 'http://127.0.0.1:4200'];

/** Reads the stack's options from the environment (see the report / README for the list). */
export function optionsFromEnv(env: NodeJS.ProcessEnv, dbFileDefault: string): StackOptions {
  const base = intEnv(env, 'STACK_PORT_BASE') ?? DEFAULT_PORT_BASE;
  const sla: Partial<StackSettings['sla']> = {};
  const first = numberEnv(env, 'SLA_FIRST_REPLY_SECONDS');
  const next = numberEnv(env, 'SLA_NEXT_REPLY_SECONDS');
  const warning = numberEnv(env, 'SLA_WARNING_SECONDS');
  if (first !== undefined) sla.first_reply_seconds = first;
  if (next !== undefined) sla.next_reply_seconds = next;
  if (warning !== undefined) sla.warning_seconds = warning;
  return {
    dbFile: env['STACK_DB'] || dbFileDefault,
    host: env['STACK_HOST'] || '127.0.0.1',
    ports: {
      pySmartChat: intEnv(env, 'PY_SMART_CHAT_PORT') ?? base,
      nodeAdmin: intEnv(env, 'NODE_ADMIN_PORT') ?? base + 1,
      webApi: intEnv(env, 'WEB_API_PORT') ?? base + 2,
      partnerEnrol: intEnv(env, 'PARTNER_ENROL_PORT') ?? base + 3,
    },
    corsOrigins: env['CORS_ORIGINS']
      ? env['CORS_ORIGINS']
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : DEFAULT_CORS_ORIGINS,
    jwtSecret: env['JWT_SECRET'] || undefined,
    settings: {
      sla,
      max_message_length: intEnv(env, 'MAX_MESSAGE_LENGTH'),
    },
    slaCheckIntervalMs: intEnv(env, 'SLA_CHECK_INTERVAL_MS') ?? 5000,
    statsThrottleMs: intEnv(env, 'STATS_THROTTLE_MS'),
    simulatorRate: env['SIMULATOR'] === 'off' ? 0 : (numberEnv(env, 'SIMULATOR_RATE') ?? 6),
    seed: {
      extraChats: intEnv(env, 'SEED_CHATS') ?? 0,
      longChatMessages: intEnv(env, 'SEED_LONG_CHAT_MESSAGES') ?? 0,
    },
    devRoutes: env['DEV_ROUTES'] !== 'off',
    requestTimeoutMs: intEnv(env, 'REQUEST_TIMEOUT_MS'),
    headersTimeoutMs: intEnv(env, 'HEADERS_TIMEOUT_MS'),
    loginLimits: {
      perAccount: intEnv(env, 'LOGIN_MAX_FAILURES_PER_ACCOUNT'),
      perAddress: intEnv(env, 'LOGIN_MAX_FAILURES_PER_ADDRESS'),
      windowMs: secondsEnv(env, 'LOGIN_FAILURE_WINDOW_SECONDS'),
    },
  };
}

function numberEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') {
    return undefined;
  }
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    throw new Error(`${name} must be a non-negative number (got "${raw}").`);
  }
  return value;
}

function secondsEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const seconds = numberEnv(env, name);
  return seconds === undefined ? undefined : seconds * 1000;
}

function intEnv(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const value = numberEnv(env, name);
  if (value !== undefined && !Number.isInteger(value)) {
    throw new Error(`${name} must be a whole number (got "${value}").`);
  }
  return value;
}
