import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  ASHA,
  PRIYA,
  SUPERVISOR,
  assertAckError,
  barrier,
  connectAs,
  connectEach,
  emitAck,
  freshAshaChat,
  okData,
  record,
  seededChat,
  startTestStack,
  stopTestStack,
  writes,
  type ClientSocket,
  type TestStack,
} from './harness';
import { assertEmitsRefused, type RefusedEmit } from './refused-emits';

const HOUR = 3600 * 1000;

describe('gateway: replies, templates, the 24-hour window and malformed writes', () => {
  let stack: TestStack;
  let asha: ClientSocket;
  let priya: ClientSocket;
  let supervisor: ClientSocket;
  let counter = 0;
  const clientId = () => `client-${++counter}`;

  before(async () => {
    stack = await startTestStack();
    [asha, priya, supervisor] = await connectEach(stack, [ASHA, PRIYA, SUPERVISOR]);
  });
  after(() => stopTestStack(stack));

  const freshChat = (text?: string) => freshAshaChat(stack, [asha, priya, supervisor], text);

  it('sends a reply: acknowledged once, broadcast once per socket, chat answered', async () => {
    const chat = await freshChat();
    okData(await emitAck(supervisor, 'join_chat', { chat_id: chat.chat_id }));
    const supervisorEvents = record(supervisor);
    const priyaEvents = record(priya);
    const ashaEvents = record(asha);
    const message = okData(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: 'reply-1',
        message: '  On my way to check  ',
      }),
    );
    assert.equal(message.text, 'On my way to check');
    assert.equal(message.sender_type, 'executive');
    assert.equal(message.sender_id, ASHA.executive_id);
    assert.equal(message.client_message_id, 'reply-1');
    await Promise.all([barrier(supervisor), barrier(priya), barrier(asha)]);
    assert.equal(
      supervisorEvents.of('new_message').filter((m) => m.message_id === message.message_id).length,
      1,
    );
    assert.equal(
      ashaEvents.of('new_message').filter((m) => m.message_id === message.message_id).length,
      1,
    );
    assert.equal(
      priyaEvents.of('new_message').filter((m) => m.chat_id === chat.chat_id).length,
      0,
      'an executive outside the chat does not get its messages',
    );
    const update = priyaEvents.of('room_update').find((c) => c.chat_id === chat.chat_id);
    assert.equal(update?.needs_reply, false);
    assert.equal(update?.unread_count, 0);
    assert.equal(update?.sla_due_at, null);
    assert.equal(update?.last_executive_reply_at, message.created_at);
    assert.equal(update?.last_message?.preview, 'On my way to check');

    const again = okData(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: 'reply-1',
        message: 'On my way to check',
      }),
    );
    assert.deepEqual(again, message);
    await barrier(supervisor);
    assert.equal(
      supervisorEvents.of('new_message').filter((m) => m.chat_id === chat.chat_id).length,
      1,
      'a repeated client id is not broadcast',
    );
    const count = stack.db
      .prepare("SELECT COUNT(*) AS n FROM messages WHERE chat_id = ? AND sender_type = 'executive'")
      .get(chat.chat_id) as { n: number };
    assert.equal(count.n, 1);
  });

  it('sends templates with their variables and refuses a missing variable', async () => {
    const chat = await freshChat();
    const message = okData(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: clientId(),
        message: '',
        template_id: 'tpl_payment_reminder',
        template_params: {
          customer_name: 'Kavya',
          amount: '₹1,200',
          booking_id: 'OW1234567',
          payment_link: 'https://paytm.me/x',
        },
      }),
    );
    assert.equal(message.message_type, 'template');
    assert.deepEqual(message.template, {
      template_id: 'tpl_payment_reminder',
      name: 'payment_reminder',
    });
    assert.equal(
      message.text,
      'Hi Kavya, ₹1,200 is pending for booking OW1234567. Pay securely here: https://paytm.me/x',
    );
    const missing = await emitAck(asha, 'send_message', {
      chat_id: chat.chat_id,
      client_message_id: clientId(),
      message: '',
      template_id: 'tpl_payment_reminder',
      template_params: { customer_name: 'Kavya' },
    });
    assertAckError(missing, 'template_variable_missing', 'template_params.amount');
    assertAckError(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: clientId(),
        message: '',
        template_id: 'tpl_trip_assignment',
      }),
      'template_stakeholder_mismatch',
      'template_id',
    );
  });

  it('enforces the WhatsApp 24-hour window for free text but always allows templates', async () => {
    const closed = seededChat(stack, "status = 'pending' AND last_customer_message_at < ?", [
      new Date(stack.clock.now().getTime() - 25 * HOUR).toISOString(),
    ]);
    const before = writes(stack);
    const refused = await emitAck(asha, 'send_message', {
      chat_id: closed.chat_id,
      client_message_id: clientId(),
      message: 'Any update?',
    });
    assertAckError(refused, 'whatsapp_window_closed', 'message');
    assert.ok(!refused.ok && /template/i.test(refused.error.message));
    assert.equal(writes(stack), before);
    const template = await emitAck(asha, 'send_message', {
      chat_id: closed.chat_id,
      client_message_id: clientId(),
      message: '',
      template_id: 'tpl_conversation_follow_up',
      template_params: { customer_name: 'Friend' },
    });
    okData(template);

    const chat = await freshChat();
    stack.clock.advance(23 * HOUR);
    try {
      // A shift's JWT lasts 8 hours, so the open sockets have been closed: a day later Asha has
      // signed in again.
      const ashaLater = await connectAs(stack, ASHA);
      okData(
        await emitAck(ashaLater, 'send_message', {
          chat_id: chat.chat_id,
          client_message_id: clientId(),
          message: 'Still within the day',
        }),
      );
      stack.clock.advance(1 * HOUR + 1000);
      assertAckError(
        await emitAck(ashaLater, 'send_message', {
          chat_id: chat.chat_id,
          client_message_id: clientId(),
          message: 'Too late',
        }),
        'whatsapp_window_closed',
      );
    } finally {
      stack.clock.advance(-(24 * HOUR + 1000));
      [asha, priya, supervisor] = await connectEach(stack, [ASHA, PRIYA, SUPERVISOR]);
    }
  });

  it('answers every malformed write with an error acknowledgement and writes nothing', async () => {
    const chat = await freshChat();
    const other = seededChat(
      stack,
      "assigned_executive_id = 'exec_vikram' AND status != 'resolved'",
    );
    const send = (extra: object) => ({
      chat_id: chat.chat_id,
      client_message_id: clientId(),
      message: 'Hi',
      ...extra,
    });
    const cases: RefusedEmit[] = [
      ['send_message', [{}], 'validation_failed', 'chat_id'],
      [
        'send_message',
        [send({ client_message_id: undefined })],
        'validation_failed',
        'client_message_id',
      ],
      ['send_message', [send({ message: 42 })], 'validation_failed', 'message'],
      ['send_message', [send({ message: '   ' })], 'message_empty', 'message'],
      ['send_message', [send({ message: 'x'.repeat(4097) })], 'message_too_long', 'message'],
      ['send_message', [send({ chat_id: 'chat_missing' })], 'not_found', 'chat_id'],
      ['send_message', [send({ template_id: 'tpl_missing' })], 'not_found', 'template_id'],
      [
        'send_message',
        [send({ template_id: 'tpl_feedback_request', template_params: { customer_name: 5 } })],
        'validation_failed',
        'template_params.customer_name',
      ],
      ['send_message', ['hello'], 'validation_failed'],
      [
        'update_chat_status',
        [{ customer_number: chat.customer_number }],
        'validation_failed',
        'status',
      ],
      [
        'update_chat_status',
        [{ customer_number: chat.customer_number, status: 'closed' }],
        'validation_failed',
        'status',
      ],
      [
        'update_chat_status',
        [{ customer_number: 'abc', status: 'resolved' }],
        'validation_failed',
        'customer_number',
      ],
      [
        'update_chat_status',
        [{ customer_number: '+919000000077', status: 'resolved' }],
        'not_found',
        'customer_number',
      ],
      [
        'update_chat_status',
        [{ customer_number: other.customer_number, status: 'resolved', chat_id: chat.chat_id }],
        'validation_failed',
        'customer_number',
      ],
      ['typing', [{ chat_id: chat.chat_id }], 'validation_failed', 'sender'],
      ['typing', [{ chat_id: chat.chat_id, sender: 'customer' }], 'validation_failed', 'sender'],
      ['typing', [{ chat_id: 'chat_missing', sender: 'executive' }], 'not_found', 'chat_id'],
    ];
    await assertEmitsRefused(stack, asha, supervisor, cases);
  });
});
