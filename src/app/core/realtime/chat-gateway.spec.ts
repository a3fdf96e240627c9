import { TestBed } from '@angular/core/testing';
import { Observable, config as rxjsConfig } from 'rxjs';

import { ServerEventName } from '../../../contract';
import { ChatGateway, MalformedEvent } from './chat-gateway';
import { RETRY_DELAY_MAX_MS } from './gateway-connection';
import { GATEWAY_ERROR_MESSAGES } from './gateway-error';
import {
  ACK_DATA_SAMPLES,
  MALFORMED_SERVER_EVENTS,
  SERVER_EVENT_SAMPLES,
} from './testing/gateway-fixtures';
import { GatewayBed, expectGatewayError, record, sendRequest } from '../../testing/gateway-testing';

describe('ChatGateway', () => {
  const bed = new GatewayBed();

  describe('connect', () => {
    beforeEach(() => bed.setUp());

    it('opens the socket on the gateway origin with path /ws, both transports and the token as query', () => {
      bed.gateway.connect('jwt-1');

      expect(bed.factory.sockets.length).toBe(1);
      const { url, options } = bed.factory.latest;
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
      bed.gateway.connect('jwt-1');

      expect(bed.factory.latest.options.auth).toBeUndefined();
    });

    it('replaces the old socket when called with a new token', () => {
      const first = bed.connectAndAccept('jwt-1');

      bed.gateway.connect('jwt-2');

      expect(bed.factory.sockets.length).toBe(2);
      expect(first.disconnectCalls).toBe(1);
      expect(first.listenerCount()).toBe(0);
      expect(first.io.listenerCount()).toBe(0);
      expect(bed.factory.latest.options.query).toEqual({ token: 'jwt-2' });
    });

    it('does not open a second socket for the same token while the first is alive', () => {
      bed.connectAndAccept('jwt-1');

      bed.gateway.connect('jwt-1');

      expect(bed.factory.sockets.length).toBe(1);
    });

    it('opens a new socket for the same token at once while waiting to retry', () => {
      bed.connectAndAccept('jwt-1');
      bed.factory.latest.serverDisconnects();

      bed.gateway.connect('jwt-1');

      expect(bed.factory.sockets.length).toBe(2);
    });
  });

  describe('connect with the auth payload switch on', () => {
    beforeEach(() => bed.setUp({ socketAuthPayload: true }));

    it('also sends the token in the auth payload', () => {
      bed.gateway.connect('jwt-1');

      expect(bed.factory.latest.options.auth).toEqual({ token: 'jwt-1' });
      expect(bed.factory.latest.options.query).toEqual({ token: 'jwt-1' });
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
    beforeEach(() => bed.setUp());

    it('covers all 16 server events', () => {
      expect(new Set(STREAMS.map(([event]) => event)).size).toBe(16);
    });

    for (const [event, stream] of STREAMS) {
      describe(event, () => {
        it('passes a well-formed payload on', () => {
          const socket = bed.connectAndAccept();
          const received = record(stream(bed.gateway));

          socket.serverEmits(event, SERVER_EVENT_SAMPLES[event]);

          expect(received.values).toEqual([SERVER_EVENT_SAMPLES[event]]);
        });

        it('drops a malformed payload and reports why', () => {
          const socket = bed.connectAndAccept();
          const received = record(stream(bed.gateway));
          const malformed = record(bed.gateway.malformedEvents);
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
      const socket = bed.connectAndAccept();
      const malformed = record(bed.gateway.malformedEvents);

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
      const socket = bed.connectAndAccept();
      const generic = record(bed.gateway.on('note_added'));
      const named = record(bed.gateway.onNoteAdded());

      socket.serverEmits('note_added', SERVER_EVENT_SAMPLES.note_added);

      expect(generic.values).toEqual(named.values);
      expect(generic.values.length).toBe(1);
    });

    it('keeps delivering across reconnections and a new socket, without resubscribing', () => {
      const received = record(bed.gateway.onNewMessage());
      const first = bed.connectAndAccept('jwt-1');
      first.serverEmits('new_message', { ...SERVER_EVENT_SAMPLES.new_message, seq: 1 });
      first.dropConnection();
      first.serverAccepts();
      first.serverEmits('new_message', { ...SERVER_EVENT_SAMPLES.new_message, seq: 2 });

      const second = bed.connectAndAccept('jwt-2');
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
        const socket = bed.connectAndAccept();
        bed.gateway.onRoomUpdate().subscribe(() => {
          throw new Error('subscriber bug');
        });
        const healthy = record(bed.gateway.onRoomUpdate());

        socket.serverEmits('room_update', { ...SERVER_EVENT_SAMPLES.room_update, version: 1 });
        socket.serverEmits('room_update', { ...SERVER_EVENT_SAMPLES.room_update, version: 2 });
        jasmine.clock().tick(1);

        expect(healthy.values.map((c) => c.version)).toEqual([1, 2]);
        expect(reported.length).toBe(2);
        const later = record(bed.gateway.sendMessage(sendRequest()));
        socket.ackOk('send_message', ACK_DATA_SAMPLES.send_message);
        expect(later.values.length).toBe(1);
      });
    });
  });

  describe('disconnect', () => {
    beforeEach(() => bed.setUp());

    it('fails calls in flight, removes every listener and closes the socket', () => {
      const socket = bed.connectAndAccept();
      const send = record(bed.gateway.sendMessage(sendRequest()));
      const history = record(bed.gateway.fetchChatsByUser({ chat_id: 'chat-1' }));
      const requestId = (socket.lastEmit('fetch_chats_by_user')?.payload as { request_id: string })
        .request_id;
      socket.ackOk('fetch_chats_by_user', { request_id: requestId });
      const messages = record(bed.gateway.onNewMessage());

      bed.gateway.disconnect();

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
      bed.connectAndAccept();
      bed.gateway.disconnect();

      const result = record(bed.gateway.removeTag({ chat_id: 'chat-1', tag: 'refund' }));

      expectGatewayError(result.error, 'offline', 'remove_tag');
    });

    it('happens when the injector is destroyed', () => {
      const socket = bed.connectAndAccept();

      TestBed.resetTestingModule();

      expect(socket.disconnectCalls).toBe(1);
    });
  });
});
