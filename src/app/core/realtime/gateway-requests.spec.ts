import { Observable } from 'rxjs';

import { ServerEventName } from '../../../contract';
import { ChatGateway } from './chat-gateway';
import { FakeSocket } from './testing/fake-socket';
import { SAMPLE_FETCH_ALL_CHAT, SAMPLE_HISTORY } from './testing/gateway-fixtures';
import { GatewayBed, TIMEOUT_MS, expectGatewayError, record } from '../../testing/gateway-testing';

/** Requests answered by a response event matched by `request_id` (GatewayCalls). */
describe('ChatGateway requests', () => {
  const bed = new GatewayBed();

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
    beforeEach(() => bed.setUp());

    for (const { event, responseEvent, query, invoke, answer } of REQUEST_CASES) {
      describe(event, () => {
        function requestIdOf(socket: FakeSocket): string {
          return (socket.lastEmit(event)?.payload as { request_id: string }).request_id;
        }

        it('emits the query with a generated request_id and emits the matching response', () => {
          const socket = bed.connectAndAccept();
          const result = record(invoke(bed.gateway));

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
          const socket = bed.connectAndAccept();
          const result = record(invoke(bed.gateway));
          const requestId = requestIdOf(socket);

          socket.serverEmits(responseEvent, { ...answer, request_id: requestId });

          expect(result.values).toEqual([{ ...answer, request_id: requestId }]);
        });

        it('errors with the server error of a negative ack', () => {
          const socket = bed.connectAndAccept();
          const result = record(invoke(bed.gateway));

          socket.ackError(event, 'validation_failed', 'Type at least two letters.', 'query');

          const error = expectGatewayError(result.error, 'validation_failed', event);
          expect(error.field).toBe('query');
        });

        it('errors with timeout when the ack never comes', () => {
          const socket = bed.connectAndAccept();
          const result = record(invoke(bed.gateway));

          socket.expireAck(event);

          expectGatewayError(result.error, 'timeout', event);
        });

        it('fails at once with offline when not connected', () => {
          const result = record(invoke(bed.gateway));

          expectGatewayError(result.error, 'offline', event);
        });

        describe('after a positive ack', () => {
          beforeEach(() => jasmine.clock().install());
          afterEach(() => jasmine.clock().uninstall());

          it('errors with timeout when the response never comes', () => {
            const socket = bed.connectAndAccept();
            const result = record(invoke(bed.gateway));
            socket.ackOk(event, { request_id: requestIdOf(socket) });

            jasmine.clock().tick(TIMEOUT_MS + 1);

            expectGatewayError(result.error, 'timeout', event);
          });

          it('errors with offline when the connection drops before the response', () => {
            const socket = bed.connectAndAccept();
            const result = record(invoke(bed.gateway));
            socket.ackOk(event, { request_id: requestIdOf(socket) });

            socket.dropConnection();

            expectGatewayError(result.error, 'offline', event);
          });
        });
      });
    }

    it('gives every request its own request_id', () => {
      const socket = bed.connectAndAccept();

      record(bed.gateway.searchChat({ query: 'a' }));
      record(bed.gateway.searchChat({ query: 'b' }));

      const ids = socket
        .emitsOf('search_chat')
        .map((e) => (e.payload as { request_id: string }).request_id);
      expect(ids.length).toBe(2);
      expect(ids[0]).not.toBe(ids[1]);
    });

    it('still passes every response to the public stream', () => {
      const socket = bed.connectAndAccept();
      const stream = record(bed.gateway.onFetchAllChatsResponse());
      record(bed.gateway.fetchAllChatUser());

      socket.serverEmits('fetch_all_chats_response', {
        ...SAMPLE_FETCH_ALL_CHAT,
        request_id: 'other',
      });

      expect(stream.values.map((r) => r.request_id)).toEqual(['other']);
    });
  });
});
