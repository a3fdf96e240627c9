/**
 * Checks a live back end against the contract, reading only:
 *
 *   npm run probe -- --config config/profiles/staging.json --email … --password …
 *
 * Signs in as the console does (PySmartChat `loginV2`, node admin `login`, web `getAccessKey`),
 * opens the gateway, calls only the read-only endpoints and events of {@link READ_ONLY_CALLS},
 * validates every answer (and every server event that arrives meanwhile) against `src/contract`,
 * and prints one line per endpoint or event: `ok`, or each path and value that differs. Exits 1
 * when anything differs.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { io, type Socket } from 'socket.io-client';
import * as z from 'zod/mini';

import {
  ApiErrorBodySchema,
  CLIENT_EVENT_SCHEMAS,
  REST_ENDPOINTS,
  SERVER_EVENT_SCHEMAS,
  SERVER_EVENTS,
  ackSchema,
  describeIssue,
  type BaseUrlKey,
  type Chats,
  type ClientEventName,
  type RestEndpointName,
  type ServerEventName,
} from '../src/contract';

/** The URLs of a runtime config profile the probe needs. */
export type ProbeConfig = Record<BaseUrlKey | 'pySmartChatUrlForChat', string>;

/** One line of the report. */
export interface ProbeResult {
  /** Endpoint or event name. */
  name: string;
  /** `ok`, `skipped: …`, or what differs. */
  outcome: 'ok' | 'differs' | 'skipped';
  /** Each path and value that differs, or why it was skipped. */
  details: string[];
}

/** The sign-in calls, made as the console makes them before anything else. */
const SIGN_IN_CALLS: ReadonlySet<RestEndpointName> = new Set([
  'loginV2',
  'login',
  'getAccessKeyWeb',
]);

/** Every call the probe may make after signing in. None of them writes anything. */
export const READ_ONLY_CALLS: ReadonlySet<RestEndpointName | ClientEventName> = new Set([
  'fetchTemplates',
  'partnerStats',
  'fetchContextHistory',
  'fetchRides',
  'fetchNotes',
  'getBookingDetailsByDisplayBookingId',
  'getDriverDetailsOfBooking',
  'getDcoDetails',
  'dcoTransactionHistory',
  'getDriverAndCabImages',
  'getAlternateNumbers',
  'getPartner',
  'fetchAllTagsForFreelancer',
  'fetchMainTags',
  'fetchSubTagsForMainTags',
  'config',
  'fetch_all_chats',
  'search_chat',
  'fetch_chats_by_user',
]);

const TIMEOUT_MS = 10_000;

/** Every difference between `value` and `schema`, one line each (path, expectation, value). */
export function differences(schema: z.core.$ZodType, value: unknown, root: string): string[] {
  const result = z.safeParse(schema, value);
  return result.success
    ? []
    : result.error.issues.map((issue) => describeIssue(issue, value, root));
}

class Probe {
  readonly results: ProbeResult[] = [];
  private jwt = '';
  private nodeToken = '';
  private accessKey = '';

  constructor(private readonly config: ProbeConfig) {}

  record(name: string, found: string[], skipped = false): void {
    this.results.push({
      name,
      outcome: skipped ? 'skipped' : found.length ? 'differs' : 'ok',
      details: found,
    });
  }

  async signIn(email: string, password: string): Promise<void> {
    const login = await this.rest('loginV2', {}, { email, password });
    this.jwt = String((login as { access_token?: unknown } | null)?.access_token ?? '');
    const node = await this.rest('login', {}, { email, password });
    this.nodeToken = String((node as { token?: unknown } | null)?.token ?? '');
    const key = await this.rest('getAccessKeyWeb', {}, { client: 'contract-probe' });
    this.accessKey = String((key as { access_key?: unknown } | null)?.access_key ?? '');
  }

  /** Calls one REST endpoint, checks its answer, and returns the body (null when refused). */
  async rest(
    name: RestEndpointName,
    params: Record<string, string>,
    body?: unknown,
    query?: Record<string, string>,
  ): Promise<unknown> {
    const endpoint = REST_ENDPOINTS[name];
    if (!SIGN_IN_CALLS.has(name) && !(READ_ONLY_CALLS.has(name) && endpoint.readOnly)) {
      throw new Error(`The probe only reads; ${name} is not on its read-only list.`);
    }
    const path = endpoint.path.replace(/\{(\w+)\}/g, (_, key: string) =>
      encodeURIComponent(params[key] ?? ''),
    );
    const url = new URL(joinUrl(this.config[endpoint.base], path));
    for (const [key, value] of Object.entries(query ?? {})) {
      url.searchParams.set(key, value);
    }
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = endpoint.backend === 'pySmartChat' ? this.jwt : this.nodeToken;
    if (endpoint.backend === 'onewayWeb' && name !== 'getAccessKeyWeb') {
      headers['x-access-key'] = this.accessKey;
    } else if (token) {
      headers['Authorization'] = `Bearer ${token}`;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const response = await fetch(url, {
      method: endpoint.verb,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    const text = await response.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // Not JSON: checked as it is, so the difference says what came instead.
    }
    if (!response.ok) {
      const wrongShape = differences(ApiErrorBodySchema, parsed, name);
      const code = (parsed as { error?: { code?: string } })?.error?.code ?? 'no code';
      this.record(
        name,
        wrongShape.length ? wrongShape : [`HTTP ${response.status} (${code})`],
        wrongShape.length === 0,
      );
      return null;
    }
    this.record(name, differences(endpoint.response, parsed, name));
    return parsed;
  }

  /** Opens the gateway, as the console does: path `/ws`, the JWT as the `token` query parameter. */
  async openGateway(): Promise<Socket> {
    const socket = io(this.config.pySmartChatUrlForChat, {
      path: '/ws',
      query: { token: this.jwt },
      transports: ['websocket', 'polling'],
      reconnection: false,
    });
    socket.onAny((event: string, payload: unknown) => {
      if ((SERVER_EVENTS as readonly string[]).includes(event)) {
        const schema = SERVER_EVENT_SCHEMAS[event as ServerEventName];
        const found = differences(schema, payload, event);
        if (found.length || !this.results.some((result) => result.name === event)) {
          this.record(event, found);
        }
      }
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', () => resolve());
      socket.once('connect_error', (error) => reject(error));
    });
    return socket;
  }

  /** Emits one read-only client event, checks its acknowledgement, and returns its data. */
  async emit(socket: Socket, event: ClientEventName, payload: unknown): Promise<unknown> {
    if (!READ_ONLY_CALLS.has(event)) {
      throw new Error(`The probe only reads; ${event} is not on its read-only list.`);
    }
    const ack: unknown = await socket.timeout(TIMEOUT_MS).emitWithAck(event, payload);
    const found = differences(ackSchema(CLIENT_EVENT_SCHEMAS[event].ack), ack, event);
    this.record(event, found);
    return (ack as { data?: unknown } | null)?.data ?? null;
  }

  /** Emits a request and waits for its `*_response` event with the same `request_id`. */
  async request(
    socket: Socket,
    event: 'fetch_all_chats' | 'search_chat' | 'fetch_chats_by_user',
    payload: Record<string, unknown>,
  ): Promise<unknown> {
    const requestId = `probe-${event}-${Date.now()}`;
    const answer = new Promise<unknown>((resolve) => {
      const timer = setTimeout(() => resolve(null), TIMEOUT_MS);
      const listener = (body: { request_id?: string }) => {
        if (body?.request_id === requestId) {
          clearTimeout(timer);
          socket.off(`${event}_response`, listener);
          resolve(body);
        }
      };
      socket.on(`${event}_response`, listener);
    });
    await this.emit(socket, event, { ...payload, request_id: requestId });
    const body = await answer;
    if (body === null) {
      this.record(`${event}_response`, [`no answer within ${TIMEOUT_MS / 1000} s`]);
    }
    return body;
  }
}

function joinUrl(base: string, path: string): string {
  if (!path) {
    return base;
  }
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}

/** Signs in, reads everything it may, and returns one result per endpoint or event. */
export async function runProbe(
  config: ProbeConfig,
  credentials: { email: string; password: string },
): Promise<ProbeResult[]> {
  const probe = new Probe(config);
  await probe.signIn(credentials.email, credentials.password);
  const socket = await probe.openGateway();
  try {
    await probe.emit(socket, 'config', {});
    const page = (await probe.request(socket, 'fetch_all_chats', { limit: 50 })) as {
      chats?: Chats[];
    } | null;
    const chats = page?.chats ?? [];
    const chat = chats.find((found) => found.stakeholder === 'customer') ?? chats[0];
    const driverChat = chats.find((found) => found.stakeholder === 'driver');
    await probe.request(socket, 'search_chat', { query: chat?.customer_name.slice(0, 3) || 'a' });
    if (chat) {
      await probe.request(socket, 'fetch_chats_by_user', { chat_id: chat.chat_id, limit: 20 });
    }

    await probe.rest('fetchTemplates', {}, undefined, { stakeholder: 'customer' });
    await probe.rest('partnerStats', {});
    if (chat) {
      const number = chat.customer_number;
      await probe.rest('fetchContextHistory', { customerNumber: number });
      const rides = (await probe.rest('fetchRides', { customerNumber: number })) as {
        upcoming_rides?: { display_booking_id: string }[];
      } | null;
      await probe.rest('fetchNotes', { chatId: chat.chat_id });
      const displayId = rides?.upcoming_rides?.[0]?.display_booking_id;
      if (displayId) {
        const found = (await probe.rest(
          'getBookingDetailsByDisplayBookingId',
          {},
          {
            display_booking_id: displayId,
          },
        )) as { booking?: { booking_id: string } } | null;
        if (found?.booking) {
          const driver = (await probe.rest(
            'getDriverDetailsOfBooking',
            {},
            {
              booking_id: found.booking.booking_id,
            },
          )) as { driver?: { driver_id: string } | null } | null;
          if (driver?.driver) {
            await probe.rest('getDriverAndCabImages', {}, { driver_id: driver.driver.driver_id });
          }
        }
      }
    }
    if (driverChat) {
      const partner = (await probe.rest(
        'getPartner',
        {},
        { phone: driverChat.customer_number },
      )) as {
        partner?: { partner_id: string; dco_id: string };
      } | null;
      if (partner?.partner) {
        await probe.rest('getAlternateNumbers', {}, { partner_id: partner.partner.partner_id });
        await probe.rest('getDcoDetails', {}, { dco_id: partner.partner.dco_id });
        await probe.rest(
          'dcoTransactionHistory',
          {},
          {
            dco_id: partner.partner.dco_id,
            page: 1,
            page_size: 10,
          },
        );
      }
    }
    await probe.rest('fetchAllTagsForFreelancer', {}, {});
    const mainTags = (await probe.rest('fetchMainTags', {}, {})) as {
      main_tags?: { main_tag_id: string }[];
    } | null;
    const mainTagIds = (mainTags?.main_tags ?? []).slice(0, 3).map((tag) => tag.main_tag_id);
    if (mainTagIds.length) {
      await probe.rest('fetchSubTagsForMainTags', {}, { main_tag_ids: mainTagIds });
    }
  } finally {
    socket.close();
  }
  return probe.results;
}

/** The report: one line per endpoint or event, then each difference indented under it. */
export function formatReport(results: readonly ProbeResult[]): string {
  const width = Math.max(...results.map((result) => result.name.length), 8);
  const lines = results.map((result) => {
    const head = `${result.name.padEnd(width)}  ${result.outcome === 'ok' ? 'ok' : result.outcome}`;
    return [head, ...result.details.map((detail) => `${' '.repeat(width + 2)}${detail}`)].join(
      '\n',
    );
  });
  return [`${'endpoint / event'.padEnd(width)}  result`, ...lines].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      config: { type: 'string' },
      email: { type: 'string' },
      password: { type: 'string' },
    },
  });
  if (!values.config || !values.email || !values.password) {
    console.error(
      'Usage: npm run probe -- --config config/profiles/staging.json --email … --password …',
    );
    process.exit(2);
  }
  const config = JSON.parse(readFileSync(values.config, 'utf8')) as ProbeConfig;
  const results = await runProbe(config, { email: values.email, password: values.password });
  console.log(formatReport(results));
  const differing = results.filter((result) => result.outcome === 'differs');
  if (differing.length) {
    console.error(`\n${differing.length} endpoint(s) or event(s) differ from the contract.`);
    process.exit(1);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
