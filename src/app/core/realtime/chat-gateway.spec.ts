import { TestBed } from '@angular/core/testing';
import { Observable, Subject, config as rxjsConfig } from 'rxjs';
import { ClientEventName, ServerEventName } from '../../../contract';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/app-config-token';
import { ChatGateway, ConnectionCause, ConnectionState, MalformedEvent } from './chat-gateway';
import { RETRY_DELAY_MAX_MS, retryDelay } from './gateway-connection';
import { GATEWAY_ERROR_MESSAGES, GatewayError } from './gateway-error';
import { NETWORK_SIGNALS, NetworkWakeup } from './network-signals';
import { GATEWAY_TIMEOUT_MS, SOCKET_FACTORY } from './socket-factory';
import { FakeSocket, FakeSocketFactory } from './testing/fake-socket';
import {
  ACK_DATA_SAMPLES,
  MALFORMED_SERVER_EVENTS,
  SAMPLE_FETCH_ALL_CHAT,
  SAMPLE_HISTORY,
  SERVER_EVENT_SAMPLES,
} from './testing/gateway-fixtures';

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

const TIMEOUT_MS = 4000;

interface Recorded<T> {
  values: T[];
  error: unknown;
  completed: boolean;
}

function record<T>(source: Observable<T>): Recorded<T> {
  const result: Recorded<T> = { values: [], error: undefined, completed: false };
  source.subscribe({
    next: (value) => result.values.push(value),
    error: (error: unknown) => (result.error = error),
    complete: () => (result.completed = true),
  });
  return result;
}

function expectGatewayError(error: unknown, code: string, event: string): GatewayError {
  expect(error).toBeInstanceOf(GatewayError);
  const gatewayError = error as GatewayError;
  expect(gatewayError.code).toBe(code);
  expect(gatewayError.event).toBe(event);
  expect(gatewayError.message.length).toBeGreaterThan(10);
  return gatewayError;
}

describe('ChatGateway', () => {
  let factory: FakeSocketFactory;
  let gateway: ChatGateway;
  let online: boolean;
  let wakeups: Subject<NetworkWakeup>;

  function setUp(config: Partial<AppConfig> = {}): void {
    factory = new FakeSocketFactory();
    online = true;
    wakeups = new Subject<NetworkWakeup>();
    TestBed.configureTestingModule({
      providers: [
        { provide: APP_CONFIG, useValue: { ...TEST_CONFIG, ...config } },
        { provide: SOCKET_FACTORY, useValue: factory.create },
        { provide: NETWORK_SIGNALS, useValue: { isOnline: () => online, wakeups } },
        { provide: GATEWAY_TIMEOUT_MS, useValue: TIMEOUT_MS },
      ],
    });
    gateway = TestBed.inject(ChatGateway);
  }

  function connectAndAccept(token = 'jwt-1'): FakeSocket {
    gateway.connect(token);
    factory.latest.serverAccepts();
    return factory.latest;
  }

  function statesOf(): ConnectionState[] {
    const states: ConnectionState[] = [];
    gateway.connectionState.subscribe((state) => states.push(state));
    return states;
  }

  describe('connect', () => {
    beforeEach(() => setUp());

    it('opens the socket on the gateway origin with path /ws, both transports and the token as query', () => {
      gateway.connect('jwt-1');

      expect(factory.sockets.length).toBe(1);
      const { url, options } = factory.latest;
      expect(url).toBe('http://gateway.test:4100');
      expect(options.path).toBe('/ws');
      expect(options.transports).toEqual(['websocket', 'polling']);
      expect(options.query).toEqual({ token: 'jwt-1' });
      expect(options.reconnection).toBeTrue();
      expect(options.reconnectionDelay).toBe(1000);
      expect(options.reconnectionDelayMax).toBe(RETRY_DELAY_MAX_MS);
      expect(options.randomizationFactor).toBeGreaterThan(0);
      // Behind a proxy that refuses websockets the console must fall back to polling.
      expect(options.tryAllTransports).toBeTrue();
      expect(options.forceNew).toBeTrue();
    });

    it('keeps the token out of the auth payload while the switch is off', () => {
      gateway.connect('jwt-1');

      expect(factory.latest.options.auth).toBeUndefined();
    });

    it('replaces the old socket when called with a new token', () => {
      const first = connectAndAccept('jwt-1');

      gateway.connect('jwt-2');

      expect(factory.sockets.length).toBe(2);
      expect(first.disconnectCalls).toBe(1);
      expect(first.listenerCount()).toBe(0);
      expect(first.io.listenerCount()).toBe(0);
      expect(factory.latest.options.query).toEqual({ token: 'jwt-2' });
    });

    it('does not open a second socket for the same token while the first is alive', () => {
      connectAndAccept('jwt-1');

      gateway.connect('jwt-1');

      expect(factory.sockets.length).toBe(1);
    });

    it('opens a new socket for the same token at once while waiting to retry', () => {
      connectAndAccept('jwt-1');
      factory.latest.serverDisconnects();

      gateway.connect('jwt-1');

      expect(factory.sockets.length).toBe(2);
    });
  });

  describe('connect with the auth payload switch on', () => {
    beforeEach(() => setUp({ socketAuthPayload: true }));

    it('also sends the token in the auth payload', () => {
      gateway.connect('jwt-1');

      expect(factory.latest.options.auth).toEqual({ token: 'jwt-1' });
      expect(factory.latest.options.query).toEqual({ token: 'jwt-1' });
    });
  });

  describe('connection state', () => {
    beforeEach(() => setUp());

    it('goes offline -> connecting -> connected -> reconnecting -> connected and fires reconnected once', () => {
      const states = statesOf();
      let reconnections = 0;
      gateway.reconnected.subscribe(() => reconnections++);

      const socket = connectAndAccept();
      expect(reconnections).toBe(0);
      socket.dropConnection();
      socket.reconnectAttempt(1);
      socket.attemptFails();
      socket.reconnectAttempt(2);
      socket.serverAccepts();

      expect(states).toEqual(['offline', 'connecting', 'connected', 'reconnecting', 'connected']);
      expect(reconnections).toBe(1);
    });

    it('does not fire reconnected when the first connection needed retries', () => {
      const states = statesOf();
      let reconnections = 0;
      gateway.reconnected.subscribe(() => reconnections++);

      gateway.connect('jwt-1');
      factory.latest.attemptFails();
      factory.latest.reconnectAttempt(1);
      factory.latest.serverAccepts();

      expect(states).toEqual(['offline', 'connecting', 'reconnecting', 'connected']);
      expect(reconnections).toBe(0);
    });

    it('fires reconnected when a socket opened with a new token connects', () => {
      let reconnections = 0;
      gateway.reconnected.subscribe(() => reconnections++);
      connectAndAccept('jwt-1');

      connectAndAccept('jwt-2');

      expect(reconnections).toBe(1);
    });

    it('goes offline on disconnect() and starts afresh on the next connect', () => {
      const states = statesOf();
      let reconnections = 0;
      gateway.reconnected.subscribe(() => reconnections++);
      connectAndAccept();

      gateway.disconnect();
      connectAndAccept();

      expect(states).toEqual([
        'offline',
        'connecting',
        'connected',
        'offline',
        'connecting',
        'connected',
      ]);
      expect(reconnections).toBe(0);
    });

    it('replays the current state to a late subscriber', () => {
      connectAndAccept();

      expect(statesOf()).toEqual(['connected']);
    });

    it('surfaces an unauthorized refusal, stops the socket and goes offline', () => {
      const errors = record(gateway.connectionError);
      const states = statesOf();
      gateway.connect('expired-jwt');
      const socket = factory.latest;

      socket.serverRefuses('unauthorized');

      expect(errors.values.length).toBe(1);
      expectGatewayError(errors.values[0], 'unauthorized', 'connection');
      expect(errors.values[0].message).toBe(GATEWAY_ERROR_MESSAGES.unauthorized);
      expect(states.at(-1)).toBe('offline');
      expect(socket.disconnectCalls).toBe(1);
      expect(socket.listenerCount()).toBe(0);
    });

    it('treats an unauthorized code in the refusal details as unauthorized too', () => {
      const errors = record(gateway.connectionError);
      gateway.connect('expired-jwt');

      factory.latest.serverRefuses('Authentication failed', { code: 'unauthorized' });

      expect(errors.values.map((e) => e.code)).toEqual(['unauthorized']);
    });

    function causesOf(): (ConnectionCause | null)[] {
      const causes: (ConnectionCause | null)[] = [];
      gateway.connectionCause.subscribe((cause) => causes.push(cause));
      return causes;
    }

    describe('reconnecting by itself', () => {
      beforeEach(() => jasmine.clock().install());
      afterEach(() => jasmine.clock().uninstall());

      it('reconnects after the server closes the socket on purpose (a deploy), with no error', () => {
        const errors = record(gateway.connectionError);
        const states = statesOf();
        const causes = causesOf();
        let reconnections = 0;
        gateway.reconnected.subscribe(() => reconnections++);
        const first = connectAndAccept();

        first.serverDisconnects();
        expect(states.at(-1)).toBe('reconnecting');
        expect(causes.at(-1)).toBe('server-closed');
        expect(factory.sockets.length).toBe(1);

        jasmine.clock().tick(RETRY_DELAY_MAX_MS);
        expect(factory.sockets.length).toBe(2);
        expect(factory.latest.options.query).toEqual({ token: 'jwt-1' });
        expect(first.listenerCount()).toBe(0);
        factory.latest.serverAccepts();

        expect(states.at(-1)).toBe('connected');
        expect(causes.at(-1)).toBeNull();
        expect(reconnections).toBe(1);
        expect(errors.values).toEqual([]);
      });

      it('keeps trying while the server is down, backing off, until it is back', () => {
        connectAndAccept();
        factory.latest.serverDisconnects();
        for (let attempt = 0; attempt < 6; attempt++) {
          jasmine.clock().tick(RETRY_DELAY_MAX_MS);
          expect(factory.sockets.length).toBe(attempt + 2);
          // socket.io's own retries fail, then the server turns the handshake down mid-start.
          factory.latest.serverRefuses('server shutting down');
        }
        jasmine.clock().tick(RETRY_DELAY_MAX_MS);
        factory.latest.serverAccepts();

        expect(factory.sockets.length).toBe(8);
        expect(factory.sockets.slice(0, -1).every((s) => s.listenerCount() === 0)).toBeTrue();
      });

      it('retries a refusal other than the session, and says the server refused', () => {
        const errors = record(gateway.connectionError);
        const states = statesOf();
        const causes = causesOf();
        gateway.connect('jwt-1');

        factory.latest.serverRefuses('too many connections');

        expect(errors.values).toEqual([]);
        expect(states.at(-1)).toBe('reconnecting');
        expect(causes.at(-1)).toBe('refused');
        jasmine.clock().tick(RETRY_DELAY_MAX_MS);
        expect(factory.sockets.length).toBe(2);
      });

      it('carries on with a fresh socket when socket.io gives up', () => {
        const errors = record(gateway.connectionError);
        const socket = connectAndAccept();
        socket.dropConnection();

        socket.reconnectFails();
        jasmine.clock().tick(RETRY_DELAY_MAX_MS);

        expect(factory.sockets.length).toBe(2);
        expect(errors.values).toEqual([]);
      });

      it('tries at once when asked, or when the network comes back, instead of waiting', () => {
        connectAndAccept();
        factory.latest.serverDisconnects();

        gateway.retryNow();
        expect(factory.sockets.length).toBe(2);
        factory.latest.serverDisconnects();
        wakeups.next('online');
        expect(factory.sockets.length).toBe(3);
        factory.latest.serverAccepts();

        wakeups.next('online');
        gateway.retryNow();
        expect(factory.sockets.length).toBe(3);
      });

      it('replaces a socket that looks connected after the machine slept', () => {
        let reconnections = 0;
        gateway.reconnected.subscribe(() => reconnections++);
        const first = connectAndAccept();

        wakeups.next('wake');

        expect(factory.sockets.length).toBe(2);
        expect(first.disconnectCalls).toBe(1);
        factory.latest.serverAccepts();
        expect(reconnections).toBe(1);
      });

      it('stops retrying once signed out', () => {
        connectAndAccept();
        factory.latest.serverDisconnects();

        gateway.disconnect();
        jasmine.clock().tick(RETRY_DELAY_MAX_MS * 3);
        wakeups.next('online');

        expect(factory.sockets.length).toBe(1);
      });
    });

    it('blames the network only when the browser says it has none', () => {
      const causes = causesOf();
      connectAndAccept();

      factory.latest.dropConnection('ping timeout');
      expect(causes.at(-1)).toBe('network');
      online = false;
      factory.latest.attemptFails();
      expect(causes.at(-1)).toBe('no-network');
    });

    it('keeps saying the server closed the connection while it is still on its way back', () => {
      const causes = causesOf();
      connectAndAccept();

      factory.latest.dropConnection('transport close');
      factory.latest.attemptFails('xhr poll error');

      expect(causes.at(-1)).toBe('server-closed');
    });

    it('says the server cannot be reached when the first connection fails', () => {
      const causes = causesOf();
      gateway.connect('jwt-1');

      factory.latest.attemptFails();

      expect(causes.at(-1)).toBe('unreachable');
    });

    it('reports passing network trouble as reconnecting only', () => {
      const errors = record(gateway.connectionError);
      const states = statesOf();
      connectAndAccept();

      factory.latest.dropConnection('ping timeout');
      factory.latest.attemptFails();

      expect(states.at(-1)).toBe('reconnecting');
      expect(errors.values).toEqual([]);
    });
  });

  describe('retryDelay', () => {
    it('doubles from one second, spread by half either way, and never exceeds the cap', () => {
      expect(retryDelay(0, () => 0.5)).toBe(1000);
      expect(retryDelay(1, () => 0.5)).toBe(2000);
      expect(retryDelay(0, () => 0)).toBe(500);
      expect(retryDelay(0, () => 1)).toBe(1500);
      expect(retryDelay(2, () => 1)).toBe(RETRY_DELAY_MAX_MS);
      expect(retryDelay(50, () => 0)).toBeLessThanOrEqual(RETRY_DELAY_MAX_MS);
    });
  });

  interface AckedCase {
    event: ClientEventName;
    payload: unknown;
    invoke: (gateway: ChatGateway) => Observable<unknown>;
  }

  const ACKED_CASES: AckedCase[] = [
    { event: 'config', payload: {}, invoke: (g) => g.fetchConfig() },
    {
      event: 'send_message',
      payload: { chat_id: 'chat-1', client_message_id: 'client-1', message: 'On my way' },
      invoke: (g) =>
        g.sendMessage({ chat_id: 'chat-1', client_message_id: 'client-1', message: 'On my way' }),
    },
    {
      event: 'join_chat',
      payload: { chat_id: 'chat-1' },
      invoke: (g) => g.joinChat({ chat_id: 'chat-1' }),
    },
    {
      event: 'update_chat_status',
      payload: { customer_number: '+919800000001', status: 'resolved', chat_id: 'chat-1' },
      invoke: (g) =>
        g.updateChatStatus({
          customer_number: '+919800000001',
          status: 'resolved',
          chat_id: 'chat-1',
        }),
    },
    {
      event: 'set_executive_status',
      payload: { status: 'online' },
      invoke: (g) => g.setExecutiveStatus({ status: 'online' }),
    },
    {
      event: 'reassign_chat',
      payload: { chat_id: 'chat-1', to_executive_id: 'exec-2', reason: 'Shift change' },
      invoke: (g) =>
        g.reassignChat({ chat_id: 'chat-1', to_executive_id: 'exec-2', reason: 'Shift change' }),
    },
    {
      event: 'apply_tag',
      payload: { chat_id: 'chat-1', tag: 'refund' },
      invoke: (g) => g.applyTag({ chat_id: 'chat-1', tag: 'refund' }),
    },
    {
      event: 'remove_tag',
      payload: { chat_id: 'chat-1', tag: 'refund' },
      invoke: (g) => g.removeTag({ chat_id: 'chat-1', tag: 'refund' }),
    },
    {
      event: 'add_note',
      payload: { chat_id: 'chat-1', content: 'Refund approved', client_note_id: 'n-1' },
      invoke: (g) =>
        g.addNote({ chat_id: 'chat-1', content: 'Refund approved', client_note_id: 'n-1' }),
    },
  ];

  describe('acknowledged emits', () => {
    beforeEach(() => setUp());

    for (const { event, payload, invoke } of ACKED_CASES) {
      describe(event, () => {
        it('emits the event with its payload and a timeout, and emits the ack data once', () => {
          const socket = connectAndAccept();

          const result = record(invoke(gateway));

          const emit = socket.lastEmit(event);
          expect(emit?.payload).toEqual(payload);
          expect(emit?.timeoutMs).toBe(TIMEOUT_MS);
          expect(emit?.volatile).toBeFalse();
          expect(result.values).toEqual([]);

          socket.ackOk(event, ACK_DATA_SAMPLES[event]);

          expect(result.values).toEqual([ACK_DATA_SAMPLES[event]]);
          expect(result.completed).toBeTrue();
        });

        it('errors with the server code, message and field of a negative ack', () => {
          const socket = connectAndAccept();
          const result = record(invoke(gateway));

          socket.ackError(event, 'validation_failed', 'Pick a chat first.', 'chat_id');

          const error = expectGatewayError(result.error, 'validation_failed', event);
          expect(error.message).toBe('Pick a chat first.');
          expect(error.field).toBe('chat_id');
          expect(result.values).toEqual([]);
        });

        it('errors with timeout when the server never acknowledges', () => {
          const socket = connectAndAccept();
          const result = record(invoke(gateway));

          socket.expireAck(event);

          expectGatewayError(result.error, 'timeout', event);
        });

        it('fails at once with offline when no connection was ever opened', () => {
          const result = record(invoke(gateway));

          expectGatewayError(result.error, 'offline', event);
        });

        it('fails at once with offline while reconnecting, without buffering the emit', () => {
          const socket = connectAndAccept();
          socket.dropConnection();

          const result = record(invoke(gateway));

          if (event === 'config' || event === 'join_chat') {
            expect(result.error).toBeUndefined();
          } else {
            expectGatewayError(result.error, 'offline', event);
          }
          expect(socket.emitsOf(event)).toEqual([]);
        });
      });
    }

    it('sends nothing until subscribed, and shares one emit between subscribers', () => {
      const socket = connectAndAccept();
      const note = gateway.addNote({ chat_id: 'chat-1', content: 'Call back at 6' });
      expect(socket.emitsOf('add_note').length).toBe(0);

      const first = record(note);
      const second = record(note);
      socket.ackOk('add_note', ACK_DATA_SAMPLES.add_note);
      const late = record(note);

      expect(socket.emitsOf('add_note').length).toBe(1);
      expect(first.values).toEqual([ACK_DATA_SAMPLES.add_note]);
      expect(second.values).toEqual([ACK_DATA_SAMPLES.add_note]);
      expect(late.values).toEqual([ACK_DATA_SAMPLES.add_note]);
    });

    it('sends again when subscribed again after an error, so retry works', () => {
      const socket = connectAndAccept();
      const tag = gateway.applyTag({ chat_id: 'chat-1', tag: 'refund' });
      record(tag);
      socket.expireAck('apply_tag');

      const retried = record(tag);
      socket.ackOk('apply_tag', ACK_DATA_SAMPLES.apply_tag);

      expect(socket.emitsOf('apply_tag').length).toBe(2);
      expect(retried.values).toEqual([ACK_DATA_SAMPLES.apply_tag]);
    });

    it('rejects an ack that is not an Ack envelope, and reports it', () => {
      const malformed = record(gateway.malformedEvents);
      const socket = connectAndAccept();
      const result = record(gateway.sendMessage(sendRequest()));

      socket.ack('send_message', { success: true });

      expectGatewayError(result.error, 'bad_response', 'send_message');
      expect(malformed.values).toEqual([
        {
          event: 'send_message',
          reason: 'send_message.ok: expected one of true|false, got undefined',
        },
      ]);
    });

    it('rejects positive ack data that breaks the contract', () => {
      const socket = connectAndAccept();
      const result = record(gateway.sendMessage(sendRequest()));

      socket.ackOk('send_message', { ...ACK_DATA_SAMPLES.send_message, chat_id: 5 });

      expectGatewayError(result.error, 'bad_response', 'send_message');
    });

    it('fails a call in flight with offline when the connection drops', () => {
      const socket = connectAndAccept();
      const result = record(gateway.sendMessage(sendRequest()));

      socket.dropConnection();

      const error = expectGatewayError(result.error, 'offline', 'send_message');
      expect(error.message).toBe(GATEWAY_ERROR_MESSAGES.reset);
    });

    it('maps the socket disconnection error of an ack to offline', () => {
      const socket = connectAndAccept();
      const result = record(gateway.sendMessage(sendRequest()));

      socket.lastEmit('send_message')?.ack?.(new Error('socket has been disconnected'));

      expectGatewayError(result.error, 'offline', 'send_message');
    });

    describe('reads while the socket is still connecting', () => {
      beforeEach(() => jasmine.clock().install());
      afterEach(() => jasmine.clock().uninstall());

      it('wait for the connection, then emit', () => {
        gateway.connect('jwt-1');
        const result = record(gateway.fetchConfig());
        expect(factory.latest.emitsOf('config').length).toBe(0);

        factory.latest.serverAccepts();
        factory.latest.ackOk('config', ACK_DATA_SAMPLES.config);

        expect(result.values).toEqual([ACK_DATA_SAMPLES.config]);
      });

      it('fail with offline when the connection does not come in time', () => {
        gateway.connect('jwt-1');
        const result = record(gateway.joinChat({ chat_id: 'chat-1' }));

        jasmine.clock().tick(TIMEOUT_MS + 1);

        expectGatewayError(result.error, 'offline', 'join_chat');
        expect(factory.latest.emitsOf('join_chat')).toEqual([]);
      });

      it('fail with offline when the gateway is disconnected meanwhile', () => {
        gateway.connect('jwt-1');
        const result = record(gateway.fetchConfig());

        gateway.disconnect();

        expectGatewayError(result.error, 'offline', 'config');
      });
    });
  });

  describe('emitTyping', () => {
    beforeEach(() => setUp());

    it('sends a volatile typing event with an ack callback while connected', () => {
      const socket = connectAndAccept();

      const result = gateway.emitTyping({ chat_id: 'chat-1', sender: 'executive' });

      expect(result).toBeUndefined();
      const emit = socket.lastEmit('typing');
      expect(emit?.payload).toEqual({ chat_id: 'chat-1', sender: 'executive' });
      expect(emit?.volatile).toBeTrue();
      expect(emit?.ack).toEqual(jasmine.any(Function));
    });

    it('drops the signal silently while not connected', () => {
      expect(() => gateway.emitTyping({ chat_id: 'chat-1', sender: 'executive' })).not.toThrow();
      const socket = connectAndAccept();
      socket.dropConnection();

      gateway.emitTyping({ chat_id: 'chat-1', sender: 'executive' });

      expect(socket.emitsOf('typing')).toEqual([]);
    });
  });

  interface RequestCase {
    event: 'fetch_all_chats' | 'search_chat' | 'fetch_chats_by_user';
    responseEvent: ServerEventName;
    query: Record<string, unknown>;
    invoke: (gateway: ChatGateway) => Observable<unknown>;
    answer: { request_id: string };
  }

  const REQUEST_CASES: RequestCase[] = [
    {
      event: 'fetch_all_chats',
      responseEvent: 'fetch_all_chats_response',
      query: { assigned_executive_id: 'exec-1', status: 'active', limit: 30 },
      invoke: (g) =>
        g.fetchAllChatUser({ assigned_executive_id: 'exec-1', status: 'active', limit: 30 }),
      answer: SAMPLE_FETCH_ALL_CHAT,
    },
    {
      event: 'search_chat',
      responseEvent: 'search_chat_response',
      query: { query: 'refund', limit: 10 },
      invoke: (g) => g.searchChat({ query: 'refund', limit: 10 }),
      answer: SAMPLE_FETCH_ALL_CHAT,
    },
    {
      event: 'fetch_chats_by_user',
      responseEvent: 'fetch_chats_by_user_response',
      query: { chat_id: 'chat-1', before_seq: 41, limit: 30 },
      invoke: (g) => g.fetchChatsByUser({ chat_id: 'chat-1', before_seq: 41, limit: 30 }),
      answer: SAMPLE_HISTORY,
    },
  ];

  describe('request / response pairs', () => {
    beforeEach(() => setUp());

    for (const { event, responseEvent, query, invoke, answer } of REQUEST_CASES) {
      describe(event, () => {
        function requestIdOf(socket: FakeSocket): string {
          return (socket.lastEmit(event)?.payload as { request_id: string }).request_id;
        }

        it('emits the query with a generated request_id and emits the matching response', () => {
          const socket = connectAndAccept();
          const result = record(invoke(gateway));

          const emit = socket.lastEmit(event);
          const requestId = requestIdOf(socket);
          expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
          expect(emit?.payload).toEqual({ ...query, request_id: requestId });
          expect(emit?.timeoutMs).toBe(TIMEOUT_MS);

          socket.ackOk(event, { request_id: requestId });
          socket.serverEmits(responseEvent, { ...answer, request_id: 'someone-else' });
          expect(result.values).toEqual([]);

          socket.serverEmits(responseEvent, { ...answer, request_id: requestId });
          expect(result.values).toEqual([{ ...answer, request_id: requestId }]);
          expect(result.completed).toBeTrue();
        });

        it('accepts a response that arrives before the ack', () => {
          const socket = connectAndAccept();
          const result = record(invoke(gateway));
          const requestId = requestIdOf(socket);

          socket.serverEmits(responseEvent, { ...answer, request_id: requestId });

          expect(result.values).toEqual([{ ...answer, request_id: requestId }]);
        });

        it('errors with the server error of a negative ack', () => {
          const socket = connectAndAccept();
          const result = record(invoke(gateway));

          socket.ackError(event, 'validation_failed', 'Type at least two letters.', 'query');

          const error = expectGatewayError(result.error, 'validation_failed', event);
          expect(error.field).toBe('query');
        });

        it('errors with timeout when the ack never comes', () => {
          const socket = connectAndAccept();
          const result = record(invoke(gateway));

          socket.expireAck(event);

          expectGatewayError(result.error, 'timeout', event);
        });

        it('fails at once with offline when not connected', () => {
          const result = record(invoke(gateway));

          expectGatewayError(result.error, 'offline', event);
        });

        describe('after a positive ack', () => {
          beforeEach(() => jasmine.clock().install());
          afterEach(() => jasmine.clock().uninstall());

          it('errors with timeout when the response never comes', () => {
            const socket = connectAndAccept();
            const result = record(invoke(gateway));
            socket.ackOk(event, { request_id: requestIdOf(socket) });

            jasmine.clock().tick(TIMEOUT_MS + 1);

            expectGatewayError(result.error, 'timeout', event);
          });

          it('errors with offline when the connection drops before the response', () => {
            const socket = connectAndAccept();
            const result = record(invoke(gateway));
            socket.ackOk(event, { request_id: requestIdOf(socket) });

            socket.dropConnection();

            expectGatewayError(result.error, 'offline', event);
          });
        });
      });
    }

    it('gives every request its own request_id', () => {
      const socket = connectAndAccept();

      record(gateway.searchChat({ query: 'a' }));
      record(gateway.searchChat({ query: 'b' }));

      const ids = socket
        .emitsOf('search_chat')
        .map((e) => (e.payload as { request_id: string }).request_id);
      expect(ids.length).toBe(2);
      expect(ids[0]).not.toBe(ids[1]);
    });

    it('still passes every response to the public stream', () => {
      const socket = connectAndAccept();
      const stream = record(gateway.onFetchAllChatsResponse());
      record(gateway.fetchAllChatUser());

      socket.serverEmits('fetch_all_chats_response', {
        ...SAMPLE_FETCH_ALL_CHAT,
        request_id: 'other',
      });

      expect(stream.values.map((r) => r.request_id)).toEqual(['other']);
    });
  });

  const STREAMS: [ServerEventName, (gateway: ChatGateway) => Observable<unknown>][] = [
    ['new_message', (g) => g.onNewMessage()],
    ['room_update', (g) => g.onRoomUpdate()],
    ['fetch_all_chats_response', (g) => g.onFetchAllChatsResponse()],
    ['search_chat_response', (g) => g.onSearchChatResponse()],
    ['fetch_chats_by_user_response', (g) => g.onFetchChatsByUserResponse()],
    ['config_response', (g) => g.onConfigResponse()],
    ['update_chat_status_response', (g) => g.onUpdateChatStatus()],
    ['user_typing', (g) => g.onTyping()],
    ['driver-chat-stats', (g) => g.onDriverChatStats()],
    ['dashboard_stats', (g) => g.onDashboardStats()],
    ['executive_status', (g) => g.onExecutiveStatus()],
    ['chat_assigned', (g) => g.onChatAssigned()],
    ['chat_reassigned', (g) => g.onChatReassigned()],
    ['sla_alert', (g) => g.onSlaAlert()],
    ['tag_updated', (g) => g.onTagUpdated()],
    ['note_added', (g) => g.onNoteAdded()],
  ];

  describe('server streams', () => {
    beforeEach(() => setUp());

    it('covers all 16 server events', () => {
      expect(new Set(STREAMS.map(([event]) => event)).size).toBe(16);
    });

    for (const [event, stream] of STREAMS) {
      describe(event, () => {
        it('passes a well-formed payload on', () => {
          const socket = connectAndAccept();
          const received = record(stream(gateway));

          socket.serverEmits(event, SERVER_EVENT_SAMPLES[event]);

          expect(received.values).toEqual([SERVER_EVENT_SAMPLES[event]]);
        });

        it('drops a malformed payload and reports why', () => {
          const socket = connectAndAccept();
          const received = record(stream(gateway));
          const malformed = record(gateway.malformedEvents);
          const broken = MALFORMED_SERVER_EVENTS[event];

          socket.serverEmits(event, broken.payload);

          expect(received.values).toEqual([]);
          expect(malformed.values.length).toBe(1);
          expect(malformed.values[0].event).toBe(event);
          expect(malformed.values[0].reason).toContain(broken.reason);
        });
      });
    }

    it('reports every malformed payload, so the diagnostics can count them', () => {
      const socket = connectAndAccept();
      const malformed = record(gateway.malformedEvents);

      socket.serverEmits('new_message', { message_id: 1 });
      socket.serverEmits('new_message', { message_id: 2 });
      socket.serverEmits('room_update', null);

      expect(malformed.values.map((m: MalformedEvent) => m.event)).toEqual([
        'new_message',
        'new_message',
        'room_update',
      ]);
    });

    it('is the same stream from on() and from the named method', () => {
      const socket = connectAndAccept();
      const generic = record(gateway.on('note_added'));
      const named = record(gateway.onNoteAdded());

      socket.serverEmits('note_added', SERVER_EVENT_SAMPLES.note_added);

      expect(generic.values).toEqual(named.values);
      expect(generic.values.length).toBe(1);
    });

    it('keeps delivering across reconnections and a new socket, without resubscribing', () => {
      const received = record(gateway.onNewMessage());
      const first = connectAndAccept('jwt-1');
      first.serverEmits('new_message', { ...SERVER_EVENT_SAMPLES.new_message, seq: 1 });
      first.dropConnection();
      first.serverAccepts();
      first.serverEmits('new_message', { ...SERVER_EVENT_SAMPLES.new_message, seq: 2 });

      const second = connectAndAccept('jwt-2');
      first.serverEmits('new_message', { ...SERVER_EVENT_SAMPLES.new_message, seq: 99 });
      second.serverEmits('new_message', { ...SERVER_EVENT_SAMPLES.new_message, seq: 3 });

      expect(received.values.map((m) => m.seq)).toEqual([1, 2, 3]);
      expect(received.completed).toBeFalse();
      expect(received.error).toBeUndefined();
    });

    describe('with a throwing subscriber', () => {
      let reported: unknown[];
      let previousHandler: typeof rxjsConfig.onUnhandledError;

      beforeEach(() => {
        reported = [];
        previousHandler = rxjsConfig.onUnhandledError;
        rxjsConfig.onUnhandledError = (error) => reported.push(error);
        jasmine.clock().install();
      });

      afterEach(() => {
        jasmine.clock().uninstall();
        rxjsConfig.onUnhandledError = previousHandler;
      });

      it('keeps delivering to the other subscribers and to later events', () => {
        const socket = connectAndAccept();
        gateway.onRoomUpdate().subscribe(() => {
          throw new Error('subscriber bug');
        });
        const healthy = record(gateway.onRoomUpdate());

        socket.serverEmits('room_update', { ...SERVER_EVENT_SAMPLES.room_update, version: 1 });
        socket.serverEmits('room_update', { ...SERVER_EVENT_SAMPLES.room_update, version: 2 });
        jasmine.clock().tick(1);

        expect(healthy.values.map((c) => c.version)).toEqual([1, 2]);
        expect(reported.length).toBe(2);
        const later = record(gateway.sendMessage(sendRequest()));
        socket.ackOk('send_message', ACK_DATA_SAMPLES.send_message);
        expect(later.values.length).toBe(1);
      });
    });
  });

  describe('disconnect', () => {
    beforeEach(() => setUp());

    it('fails calls in flight, removes every listener and closes the socket', () => {
      const socket = connectAndAccept();
      const send = record(gateway.sendMessage(sendRequest()));
      const history = record(gateway.fetchChatsByUser({ chat_id: 'chat-1' }));
      const requestId = (socket.lastEmit('fetch_chats_by_user')?.payload as { request_id: string })
        .request_id;
      socket.ackOk('fetch_chats_by_user', { request_id: requestId });
      const messages = record(gateway.onNewMessage());

      gateway.disconnect();

      const error = expectGatewayError(send.error, 'offline', 'send_message');
      expect(error.message).toBe(GATEWAY_ERROR_MESSAGES.reset);
      expectGatewayError(history.error, 'offline', 'fetch_chats_by_user');
      expect(socket.disconnectCalls).toBe(1);
      expect(socket.listenerCount()).toBe(0);
      expect(socket.io.listenerCount()).toBe(0);

      socket.serverEmits('new_message', SERVER_EVENT_SAMPLES.new_message);
      expect(messages.values).toEqual([]);
      expect(messages.completed).toBeFalse();
    });

    it('makes later data-changing calls fail with offline', () => {
      connectAndAccept();
      gateway.disconnect();

      const result = record(gateway.removeTag({ chat_id: 'chat-1', tag: 'refund' }));

      expectGatewayError(result.error, 'offline', 'remove_tag');
    });

    it('happens when the injector is destroyed', () => {
      const socket = connectAndAccept();

      TestBed.resetTestingModule();

      expect(socket.disconnectCalls).toBe(1);
    });
  });
});

function sendRequest() {
  return { chat_id: 'chat-1', client_message_id: 'client-9', message: 'Noted' };
}
