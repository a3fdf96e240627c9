import { Observable } from 'rxjs';

import { ClientEventName } from '../../../contract';
import { ChatGateway } from './chat-gateway';
import { GATEWAY_ERROR_MESSAGES } from './gateway-error';
import { ACK_DATA_SAMPLES } from './testing/gateway-fixtures';
import {
  GatewayBed,
  TIMEOUT_MS,
  expectGatewayError,
  record,
  sendRequest,
} from '../../testing/gateway-testing';

/** Acknowledged emits and typing (GatewayCalls). */
describe('ChatGateway calls', () => {
  const bed = new GatewayBed();

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
    beforeEach(() => bed.setUp());

    for (const { event, payload, invoke } of ACKED_CASES) {
      describe(event, () => {
        it('emits the event with its payload and a timeout, and emits the ack data once', () => {
          const socket = bed.connectAndAccept();

          const result = record(invoke(bed.gateway));

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
          const socket = bed.connectAndAccept();
          const result = record(invoke(bed.gateway));

          socket.ackError(event, 'validation_failed', 'Pick a chat first.', 'chat_id');

          const error = expectGatewayError(result.error, 'validation_failed', event);
          expect(error.message).toBe('Pick a chat first.');
          expect(error.field).toBe('chat_id');
          expect(result.values).toEqual([]);
        });

        it('errors with timeout when the server never acknowledges', () => {
          const socket = bed.connectAndAccept();
          const result = record(invoke(bed.gateway));

          socket.expireAck(event);

          expectGatewayError(result.error, 'timeout', event);
        });

        it('fails at once with offline when no connection was ever opened', () => {
          const result = record(invoke(bed.gateway));

          expectGatewayError(result.error, 'offline', event);
        });

        it('fails at once with offline while reconnecting, without buffering the emit', () => {
          const socket = bed.connectAndAccept();
          socket.dropConnection();

          const result = record(invoke(bed.gateway));

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
      const socket = bed.connectAndAccept();
      const note = bed.gateway.addNote({ chat_id: 'chat-1', content: 'Call back at 6' });
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
      const socket = bed.connectAndAccept();
      const tag = bed.gateway.applyTag({ chat_id: 'chat-1', tag: 'refund' });
      record(tag);
      socket.expireAck('apply_tag');

      const retried = record(tag);
      socket.ackOk('apply_tag', ACK_DATA_SAMPLES.apply_tag);

      expect(socket.emitsOf('apply_tag').length).toBe(2);
      expect(retried.values).toEqual([ACK_DATA_SAMPLES.apply_tag]);
    });

    it('rejects an ack that is not an Ack envelope, and reports it', () => {
      const malformed = record(bed.gateway.malformedEvents);
      const socket = bed.connectAndAccept();
      const result = record(bed.gateway.sendMessage(sendRequest()));

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
      const socket = bed.connectAndAccept();
      const result = record(bed.gateway.sendMessage(sendRequest()));

      socket.ackOk('send_message', { ...ACK_DATA_SAMPLES.send_message, chat_id: 5 });

      expectGatewayError(result.error, 'bad_response', 'send_message');
    });

    it('fails a call in flight with offline when the connection drops', () => {
      const socket = bed.connectAndAccept();
      const result = record(bed.gateway.sendMessage(sendRequest()));

      socket.dropConnection();

      const error = expectGatewayError(result.error, 'offline', 'send_message');
      expect(error.message).toBe(GATEWAY_ERROR_MESSAGES.reset);
    });

    it('maps the socket disconnection error of an ack to offline', () => {
      const socket = bed.connectAndAccept();
      const result = record(bed.gateway.sendMessage(sendRequest()));

      socket.lastEmit('send_message')?.ack?.(new Error('socket has been disconnected'));

      expectGatewayError(result.error, 'offline', 'send_message');
    });

    describe('reads while the socket is still connecting', () => {
      beforeEach(() => jasmine.clock().install());
      afterEach(() => jasmine.clock().uninstall());

      it('wait for the connection, then emit', () => {
        bed.gateway.connect('jwt-1');
        const result = record(bed.gateway.fetchConfig());
        expect(bed.factory.latest.emitsOf('config').length).toBe(0);

        bed.factory.latest.serverAccepts();
        bed.factory.latest.ackOk('config', ACK_DATA_SAMPLES.config);

        expect(result.values).toEqual([ACK_DATA_SAMPLES.config]);
      });

      it('fail with offline when the connection does not come in time', () => {
        bed.gateway.connect('jwt-1');
        const result = record(bed.gateway.joinChat({ chat_id: 'chat-1' }));

        jasmine.clock().tick(TIMEOUT_MS + 1);

        expectGatewayError(result.error, 'offline', 'join_chat');
        expect(bed.factory.latest.emitsOf('join_chat')).toEqual([]);
      });

      it('fail with offline when the gateway is disconnected meanwhile', () => {
        bed.gateway.connect('jwt-1');
        const result = record(bed.gateway.fetchConfig());

        bed.gateway.disconnect();

        expectGatewayError(result.error, 'offline', 'config');
      });
    });
  });

  describe('emitTyping', () => {
    beforeEach(() => bed.setUp());

    it('sends a volatile typing event with an ack callback while connected', () => {
      const socket = bed.connectAndAccept();

      const result = bed.gateway.emitTyping({ chat_id: 'chat-1', sender: 'executive' });

      expect(result).toBeUndefined();
      const emit = socket.lastEmit('typing');
      expect(emit?.payload).toEqual({ chat_id: 'chat-1', sender: 'executive' });
      expect(emit?.volatile).toBeTrue();
      expect(emit?.ack).toEqual(jasmine.any(Function));
    });

    it('drops the signal silently while not connected', () => {
      expect(() =>
        bed.gateway.emitTyping({ chat_id: 'chat-1', sender: 'executive' }),
      ).not.toThrow();
      const socket = bed.connectAndAccept();
      socket.dropConnection();

      bed.gateway.emitTyping({ chat_id: 'chat-1', sender: 'executive' });

      expect(socket.emitsOf('typing')).toEqual([]);
    });
  });
});
