import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Chats } from '../../src/contract';
import {
  ASHA,
  PRIYA,
  RAHUL,
  SUPERVISOR,
  assertAckError,
  connectAs,
  connectEach,
  emitAck,
  nextEvent,
  okData,
  startTestStack,
  stopTestStack,
  type ClientSocket,
  type TestStack,
} from './harness';

describe('ownership: assign to me, and who else has a chat open', () => {
  let stack: TestStack;
  let asha: ClientSocket;
  let rahul: ClientSocket;
  let supervisor: ClientSocket;
  let counter = 0;

  before(async () => {
    stack = await startTestStack();
    [asha, rahul, supervisor] = await connectEach(stack, [ASHA, RAHUL, SUPERVISOR]);
  });
  after(() => stopTestStack(stack));

  /** A fresh customer chat with a message just now, assigned to `owner` (null: nobody). */
  function chatOf(owner: string | null): string {
    const number = `+91711${String(++counter).padStart(7, '0')}`;
    const { chat } = stack.injectInbound({ from: number, text: 'Anyone?', name: 'Owner Customer' });
    stack.db
      .prepare('UPDATE chats SET assigned_executive_id = ? WHERE chat_id = ?')
      .run(owner, chat.chat_id);
    return chat.chat_id;
  }

  /** The next `room_update` of a chat that carries viewers, as the socket receives it. */
  function viewersSeen(socket: ClientSocket, chatId: string, count: number): Promise<Chats> {
    return nextEvent(
      socket,
      'room_update',
      (chat) => chat.chat_id === chatId && chat.viewers?.length === count,
    );
  }

  const names = (chat: Chats) => chat.viewers?.map((v) => `${v.name} (${v.role})`);

  it('lets an executive assign an unassigned chat to themselves, once', async () => {
    const chatId = chatOf(null);
    const toSupervisor = nextEvent(supervisor, 'chat_reassigned', (a) => a.chat_id === chatId);
    const assigned = okData(
      await emitAck(asha, 'reassign_chat', {
        chat_id: chatId,
        to_executive_id: ASHA.executive_id,
        reason: 'Assigned to myself',
        expected_executive_id: null,
      }),
    );
    assert.equal(assigned.executive_id, ASHA.executive_id);
    assert.equal(assigned.previous_executive_id, null);
    assert.equal((await toSupervisor).executive_name, ASHA.name);
    assert.equal(stack.ctx.chats.get(chatId)!.assigned_executive_id, ASHA.executive_id);

    // Rahul clicked "Assign to me" on the same row a moment later: Asha keeps it.
    const late = await emitAck(rahul, 'reassign_chat', {
      chat_id: chatId,
      to_executive_id: RAHUL.executive_id,
      reason: 'Assigned to myself',
      expected_executive_id: null,
    });
    assertAckError(late, 'assignment_changed', 'expected_executive_id');
    assert.ok(!late.ok && late.error.message.includes(ASHA.name));
    assert.equal(stack.ctx.chats.get(chatId)!.assigned_executive_id, ASHA.executive_id);
  });

  it('tells the chat room who has it open: on join, on opening another chat, on disconnect', async () => {
    const chatId = chatOf(PRIYA.executive_id);
    const other = chatOf(PRIYA.executive_id);

    const ashaAlone = viewersSeen(asha, chatId, 1);
    okData(await emitAck(asha, 'join_chat', { chat_id: chatId }));
    assert.deepEqual(names(await ashaAlone), [`${ASHA.name} (executive)`]);

    const ashaSeesSupervisor = viewersSeen(asha, chatId, 2);
    const supervisorSees = viewersSeen(supervisor, chatId, 2);
    okData(await emitAck(supervisor, 'join_chat', { chat_id: chatId }));
    const both = [`${ASHA.name} (executive)`, `${SUPERVISOR.name} (supervisor)`];
    assert.deepEqual(names(await ashaSeesSupervisor), both);
    assert.deepEqual(names(await supervisorSees), both);
    // The viewers ride on the chat as it is: same version, nothing about it changed.
    assert.equal((await supervisorSees).version, stack.ctx.chats.get(chatId)!.version);

    // A second tab of the same person counts once.
    const rahulTab1 = await connectAs(stack, RAHUL);
    const rahulTab2 = await connectAs(stack, RAHUL);
    const three = viewersSeen(supervisor, chatId, 3);
    okData(await emitAck(rahulTab1, 'join_chat', { chat_id: chatId }));
    okData(await emitAck(rahulTab2, 'join_chat', { chat_id: chatId }));
    assert.deepEqual((await three).viewers?.at(-1)?.executive_id, RAHUL.executive_id);
    // Joining again (a reconnect's resync) changes nothing and tells the list again.
    const again = viewersSeen(supervisor, chatId, 3);
    okData(await emitAck(supervisor, 'join_chat', { chat_id: chatId }));
    assert.equal((await again).viewers?.[1].executive_id, SUPERVISOR.executive_id);

    // Asha opens another chat: she leaves this one.
    const ashaGone = nextEvent(
      supervisor,
      'room_update',
      (chat) =>
        chat.chat_id === chatId &&
        chat.viewers !== undefined &&
        !chat.viewers.some((v) => v.executive_id === ASHA.executive_id),
    );
    okData(await emitAck(asha, 'join_chat', { chat_id: other }));
    assert.deepEqual(
      (await ashaGone).viewers?.map((v) => v.executive_id),
      [SUPERVISOR.executive_id, RAHUL.executive_id],
    );

    // Rahul stays while one of his tabs has it open; gone once both are closed.
    rahulTab1.close();
    rahulTab2.close();
    const onlySupervisor = await viewersSeen(supervisor, chatId, 1);
    assert.deepEqual(names(onlySupervisor), [`${SUPERVISOR.name} (supervisor)`]);
  });

  it('says which executive is typing', async () => {
    const chatId = chatOf(ASHA.executive_id);
    okData(await emitAck(asha, 'join_chat', { chat_id: chatId }));
    okData(await emitAck(rahul, 'join_chat', { chat_id: chatId }));
    const seen = nextEvent(asha, 'user_typing', (t) => t.chat_id === chatId);
    okData(await emitAck(rahul, 'typing', { chat_id: chatId, sender: 'executive' }));
    const typing = await seen;
    assert.equal(typing.sender_id, RAHUL.executive_id);
    assert.equal(typing.sender_name, RAHUL.name);
  });
});
