import { TestBed } from '@angular/core/testing';
import { Observable, Subject } from 'rxjs';

import { AppConfig } from '../core/config/app-config';
import { APP_CONFIG } from '../core/config/app-config-token';
import { ChatGateway, ConnectionCause, ConnectionState } from '../core/realtime/chat-gateway';
import { GatewayError } from '../core/realtime/gateway-error';
import { NETWORK_SIGNALS, NetworkWakeup } from '../core/realtime/network-signals';
import { GATEWAY_TIMEOUT_MS, SOCKET_FACTORY } from '../core/realtime/socket-factory';
import { FakeSocket, FakeSocketFactory } from '../core/realtime/testing/fake-socket';

const TEST_CONFIG: AppConfig = {
  profile: 'local',
  pySmartChatUrl: 'http://chat.test/',
  pySmartChatUrlForChat: 'http://gateway.test:4100',
  pySmartChatV2AuthUrl: 'http://chat.test/auth/login',
  pySmartChatV2RateUrl: 'http://chat.test/api/chats',
  nodejsOnewayAdminUrl: 'http://admin.test/',
  webApiURL: 'http://web.test/third/',
  partnerEnrollApi: 'http://partner.test/rest/V1/',
  onewayLocationWebSocketApi: 'ws://location.test/',
};

/** How long the gateway specs let a call wait for its acknowledgement. */
export const TIMEOUT_MS = 4000;

/** What an observable delivered, recorded as it happens. */
export interface Recorded<T> {
  values: T[];
  error: unknown;
  completed: boolean;
}

/** Subscribes to `source` and records what it delivers. */
export function record<T>(source: Observable<T>): Recorded<T> {
  const result: Recorded<T> = { values: [], error: undefined, completed: false };
  source.subscribe({
    next: (value) => result.values.push(value),
    error: (error: unknown) => (result.error = error),
    complete: () => (result.completed = true),
  });
  return result;
}

/** Expects `error` to be a `GatewayError` of `code` for `event`, with a message to show. */
export function expectGatewayError(error: unknown, code: string, event: string): GatewayError {
  expect(error).toBeInstanceOf(GatewayError);
  const gatewayError = error as GatewayError;
  expect(gatewayError.code).toBe(code);
  expect(gatewayError.event).toBe(event);
  expect(gatewayError.message.length).toBeGreaterThan(10);
  return gatewayError;
}

/** A message request as the composer sends it. */
export function sendRequest() {
  return { chat_id: 'chat-1', client_message_id: 'client-9', message: 'Noted' };
}

/**
 * The `ChatGateway` over fake sockets, a network that says it is online unless told otherwise,
 * and wake-ups sent by hand. `setUp` (in `beforeEach`) builds a fresh one.
 */
export class GatewayBed {
  factory!: FakeSocketFactory;
  gateway!: ChatGateway;
  /** Whether the browser says it has a network. */
  online = true;
  wakeups!: Subject<NetworkWakeup>;

  setUp(config: Partial<AppConfig> = {}): void {
    this.factory = new FakeSocketFactory();
    this.online = true;
    this.wakeups = new Subject<NetworkWakeup>();
    TestBed.configureTestingModule({
      providers: [
        { provide: APP_CONFIG, useValue: { ...TEST_CONFIG, ...config } },
        { provide: SOCKET_FACTORY, useValue: this.factory.create },
        {
          provide: NETWORK_SIGNALS,
          useValue: { isOnline: () => this.online, wakeups: this.wakeups },
        },
        { provide: GATEWAY_TIMEOUT_MS, useValue: TIMEOUT_MS },
      ],
    });
    this.gateway = TestBed.inject(ChatGateway);
  }

  /** Connects with `token` and lets the server accept; returns the socket. */
  connectAndAccept(token = 'jwt-1'): FakeSocket {
    this.gateway.connect(token);
    this.factory.latest.serverAccepts();
    return this.factory.latest;
  }

  /** The connection states from now on (the current one first). */
  statesOf(): ConnectionState[] {
    const states: ConnectionState[] = [];
    this.gateway.connectionState.subscribe((state) => states.push(state));
    return states;
  }

  /** Why the connection is not live, from now on (the current cause first). */
  causesOf(): (ConnectionCause | null)[] {
    const causes: (ConnectionCause | null)[] = [];
    this.gateway.connectionCause.subscribe((cause) => causes.push(cause));
    return causes;
  }
}
