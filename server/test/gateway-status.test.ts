import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import {
  ASHA,
  PRIYA,
  SUPERVISOR,
  barrier,
  connectEach,
  emitAck,
  freshAshaChat,
  nextEvent,
  okData,
  record,
  startTestStack,
  stopTestStack,
  type ClientSocket,
  type TestStack,
} from './harness';

describe('gateway: reopening, resolving, parking and typing', () => {
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

  it('reopens a resolved chat on reply and lets an executive pick up an unassigned chat', async () => {
    const chat = await freshChat();
    okData(
      await emitAck(asha, 'update_chat_status', {
        customer_number: chat.customer_number,
        status: 'resolved',
      }),
    );
    const reopened = nextEvent(
      priya,
      'room_update',
      (c) => c.chat_id === chat.chat_id && c.status === 'active',
    );
    okData(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: clientId(),
        message: 'One more thing',
      }),
    );
    assert.equal((await reopened).status, 'active');

    stack.db
      .prepare('UPDATE chats SET assigned_executive_id = NULL WHERE chat_id = ?')
      .run(chat.chat_id);
    const assigned = nextEvent(supervisor, 'chat_assigned', (a) => a.chat_id === chat.chat_id);
    okData(
      await emitAck(priya, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: clientId(),
        message: 'I will take this',
      }),
    );
    const assignment = await assigned;
    assert.equal(assignment.executive_id, PRIYA.executive_id);
    assert.equal(stack.ctx.chats.get(chat.chat_id)?.assigned_executive_id, PRIYA.executive_id);
  });

  it('resolves, parks and reopens a chat; staff not watching it get no response', async () => {
    const chat = await freshChat();
    const version = stack.ctx.chats.get(chat.chat_id)!.version;
    const priyaEvents = record(priya);
    const response = nextEvent(
      asha,
      'update_chat_status_response',
      (r) => r.chat_id === chat.chat_id,
    );
    const update = nextEvent(
      priya,
      'room_update',
      (c) => c.chat_id === chat.chat_id && c.status === 'resolved',
    );
    const ack = okData(
      await emitAck(asha, 'update_chat_status', {
        customer_number: chat.customer_number,
        status: 'resolved',
        chat_id: chat.chat_id,
      }),
    );
    assert.equal(ack.success, true);
    assert.equal(ack.status, 'resolved');
    assert.equal(ack.updated_by, ASHA.executive_id);
    assert.deepEqual(await response, ack);
    const room = await update;
    assert.equal(room.status, 'resolved');
    assert.equal(room.needs_reply, false);
    assert.equal(room.version, version + 1);
    await barrier(priya);
    assert.equal(priyaEvents.of('update_chat_status_response').length, 0);
    const again = okData(
      await emitAck(asha, 'update_chat_status', {
        customer_number: chat.customer_number,
        status: 'resolved',
      }),
    );
    assert.match(again.message, /already/);
    assert.equal(
      stack.ctx.chats.get(chat.chat_id)!.version,
      version + 1,
      'setting the same status changes nothing',
    );
    assert.equal(
      okData(
        await emitAck(asha, 'update_chat_status', {
          customer_number: chat.customer_number.replace('+', ''),
          status: 'pending',
        }),
      ).status,
      'pending',
    );
    assert.equal(
      okData(
        await emitAck(asha, 'update_chat_status', {
          customer_number: chat.customer_number,
          status: 'active',
        }),
      ).status,
      'active',
    );
    assert.equal(stack.ctx.chats.get(chat.chat_id)!.status, 'active');
  });

  it('relays typing to the chat room except the sender', async () => {
    const chat = await freshChat();
    await Promise.all([
      emitAck(asha, 'join_chat', { chat_id: chat.chat_id }),
      emitAck(priya, 'join_chat', { chat_id: chat.chat_id }),
    ]);
    const ashaEvents = record(asha);
    const supervisorEvents = record(supervisor);
    const typing = nextEvent(priya, 'user_typing', (t) => t.chat_id === chat.chat_id);
    assert.deepEqual(
      okData(await emitAck(asha, 'typing', { chat_id: chat.chat_id, sender: 'executive' })),
      { chat_id: chat.chat_id },
    );
    assert.deepEqual(await typing, {
      chat_id: chat.chat_id,
      sender: 'executive',
      sender_name: ASHA.name,
      sender_id: ASHA.executive_id,
    });
    await Promise.all([barrier(asha), barrier(supervisor)]);
    assert.equal(ashaEvents.of('user_typing').length, 0);
    assert.equal(
      supervisorEvents.of('user_typing').length,
      0,
      'a supervisor outside the room does not see typing',
    );
  });
});
