import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { NotesResponse } from '../../src/contract';
import {
  ASHA,
  PRIYA,
  SUPERVISOR,
  VIKRAM,
  assertAckError,
  barrier,
  connectAs,
  connectEach,
  emitAck,
  freshAshaChat,
  http,
  nextEvent,
  okData,
  record,
  seededChat,
  signIn,
  startTestStack,
  stopTestStack,
  type ClientSocket,
  type TestStack,
} from './harness';
import { assertEmitsRefused, type RefusedEmit } from './refused-emits';

describe('gateway: presence, reassignment, tags and notes', () => {
  let stack: TestStack;
  let asha: ClientSocket;
  let priya: ClientSocket;
  let supervisor: ClientSocket;

  before(async () => {
    stack = await startTestStack();
    [asha, priya, supervisor] = await connectEach(stack, [ASHA, PRIYA, SUPERVISOR]);
  });
  after(() => stopTestStack(stack));

  const freshChat = (text?: string) => freshAshaChat(stack, [asha, priya, supervisor], text);

  it('toggles presence and tells every staff member', async () => {
    const offline = nextEvent(
      supervisor,
      'executive_status',
      (u) => u.executive_id === PRIYA.executive_id && u.status === 'offline',
    );
    const ack = okData(await emitAck(priya, 'set_executive_status', { status: 'offline' }));
    assert.equal(ack.status, 'offline');
    assert.equal((await offline).name, PRIYA.name);
    const config = okData(await emitAck(asha, 'config', {}));
    assert.equal(
      config.executives.find((e) => e.executive_id === PRIYA.executive_id)?.status,
      'offline',
    );
    const online = nextEvent(
      asha,
      'executive_status',
      (u) => u.executive_id === PRIYA.executive_id && u.status === 'online',
    );
    okData(await emitAck(priya, 'set_executive_status', { status: 'online' }));
    await online;
  });

  it('reassigns: executives their own chats or take one over, supervisors any; the executives involved are told', async () => {
    const chat = await freshChat();
    const vikram = await connectAs(stack, VIKRAM);
    const vikramEvents = record(vikram);
    const toPriya = nextEvent(priya, 'chat_reassigned', (a) => a.chat_id === chat.chat_id);
    const toAsha = nextEvent(asha, 'chat_reassigned', (a) => a.chat_id === chat.chat_id);
    const toSupervisor = nextEvent(
      supervisor,
      'chat_reassigned',
      (a) => a.chat_id === chat.chat_id,
    );
    const ack = okData(
      await emitAck(asha, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: PRIYA.executive_id,
        reason: 'Shift ending',
      }),
    );
    assert.equal(ack.previous_executive_id, ASHA.executive_id);
    assert.equal(ack.executive_id, PRIYA.executive_id);
    assert.equal(ack.reason, 'Shift ending');
    await Promise.all([toPriya, toAsha, toSupervisor]);
    await barrier(vikram);
    assert.equal(vikramEvents.of('chat_reassigned').length, 0);
    assert.equal(
      vikramEvents
        .of('room_update')
        .filter((c) => c.chat_id === chat.chat_id)
        .at(-1)?.assigned_executive_id,
      PRIYA.executive_id,
    );

    assertAckError(
      await emitAck(asha, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: VIKRAM.executive_id,
        reason: 'Not mine to give',
      }),
      'forbidden',
    );
    const takenOver = nextEvent(priya, 'chat_reassigned', (a) => a.chat_id === chat.chat_id);
    const back = okData(
      await emitAck(asha, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: ASHA.executive_id,
        reason: 'Taking over: the customer asked for me',
      }),
    );
    assert.equal(back.previous_executive_id, PRIYA.executive_id);
    assert.equal(back.executive_id, ASHA.executive_id);
    assert.equal((await takenOver).executive_id, ASHA.executive_id);
    okData(
      await emitAck(supervisor, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: PRIYA.executive_id,
        reason: 'Back to Priya',
      }),
    );
    const moved = okData(
      await emitAck(supervisor, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: VIKRAM.executive_id,
        reason: 'Workload balancing',
      }),
    );
    assert.equal(moved.previous_executive_id, PRIYA.executive_id);
    assertAckError(
      await emitAck(supervisor, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: VIKRAM.executive_id,
        reason: 'Again',
      }),
      'already_assigned',
    );
  });

  it('syncs tags across executives: a second executive sees a tag applied by the first', async () => {
    const chat = await freshChat();
    const version = stack.ctx.chats.get(chat.chat_id)!.version;
    const seen = nextEvent(
      priya,
      'tag_updated',
      (u) => u.chat_id === chat.chat_id && u.action === 'applied',
    );
    const applied = okData(
      await emitAck(asha, 'apply_tag', { chat_id: chat.chat_id, tag: 'refund' }),
    );
    assert.equal(applied.tag, 'Refund');
    assert.deepEqual(applied.tags, ['Refund']);
    assert.deepEqual(await seen, applied);
    assert.equal(stack.ctx.chats.get(chat.chat_id)!.version, version + 1);
    const priyaEvents = record(priya);
    const repeat = okData(
      await emitAck(asha, 'apply_tag', { chat_id: chat.chat_id, tag: 'Refund' }),
    );
    assert.deepEqual(repeat.tags, ['Refund']);
    await barrier(priya);
    assert.equal(
      priyaEvents.of('tag_updated').length,
      0,
      'applying a tag the chat has is not broadcast',
    );
    okData(await emitAck(supervisor, 'apply_tag', { chat_id: chat.chat_id, tag: 'Escalated' }));
    const removed = nextEvent(
      priya,
      'tag_updated',
      (u) => u.chat_id === chat.chat_id && u.action === 'removed',
    );
    okData(await emitAck(asha, 'remove_tag', { chat_id: chat.chat_id, tag: 'Refund' }));
    assert.deepEqual((await removed).tags, ['Escalated']);
    assert.deepEqual(stack.ctx.chats.get(chat.chat_id)!.tags, ['Escalated']);
  });

  it('adds notes for the chat room and the assigned executive, once per client note id', async () => {
    const chat = await freshChat();
    okData(await emitAck(priya, 'join_chat', { chat_id: chat.chat_id }));
    const vikram = await connectAs(stack, VIKRAM);
    const vikramEvents = record(vikram);
    const toAsha = nextEvent(asha, 'note_added', (n) => n.chat_id === chat.chat_id);
    const toRoom = nextEvent(priya, 'note_added', (n) => n.chat_id === chat.chat_id);
    const note = okData(
      await emitAck(priya, 'add_note', {
        chat_id: chat.chat_id,
        content: ' Called the driver ',
        client_note_id: 'n-1',
      }),
    );
    assert.equal(note.content, 'Called the driver');
    assert.equal(note.author_id, PRIYA.executive_id);
    assert.deepEqual(await toAsha, note);
    assert.deepEqual(await toRoom, note);
    assert.deepEqual(
      okData(
        await emitAck(priya, 'add_note', {
          chat_id: chat.chat_id,
          content: 'Called the driver',
          client_note_id: 'n-1',
        }),
      ),
      note,
    );
    await barrier(vikram);
    assert.equal(vikramEvents.of('note_added').length, 0);
    const listed = await http<NotesResponse>(
      `${stack.urls.pySmartChat}/api/chats/${chat.chat_id}/notes`,
      { token: await signIn(stack, ASHA) },
    );
    assert.deepEqual(listed.body.notes, [note]);
  });

  it('tells the staff watching a chat who changed its status; the requester hears it once', async () => {
    const chat = await freshChat();
    okData(await emitAck(asha, 'join_chat', { chat_id: chat.chat_id }));
    okData(await emitAck(priya, 'join_chat', { chat_id: chat.chat_id }));
    const vikram = await connectAs(stack, VIKRAM);
    const [ashaEvents, priyaEvents, vikramEvents] = [record(asha), record(priya), record(vikram)];
    const toWatcher = nextEvent(
      priya,
      'update_chat_status_response',
      (r) => r.chat_id === chat.chat_id,
    );
    const ack = okData(
      await emitAck(asha, 'update_chat_status', {
        customer_number: chat.customer_number,
        chat_id: chat.chat_id,
        status: 'resolved',
      }),
    );
    const seen = await toWatcher;
    assert.deepEqual(seen, ack);
    assert.equal(seen.updated_by, ASHA.executive_id);
    assert.equal(seen.status, 'resolved');

    // Setting the status the chat already has is an answer for the requester alone.
    okData(
      await emitAck(asha, 'update_chat_status', {
        customer_number: chat.customer_number,
        chat_id: chat.chat_id,
        status: 'resolved',
      }),
    );
    await Promise.all([barrier(asha), barrier(priya), barrier(vikram)]);
    assert.equal(ashaEvents.of('update_chat_status_response').length, 2);
    assert.equal(priyaEvents.of('update_chat_status_response').length, 1);
    assert.equal(vikramEvents.of('update_chat_status_response').length, 0);
  });

  it('answers every malformed write with an error acknowledgement and writes nothing', async () => {
    const chat = await freshChat();
    const other = seededChat(
      stack,
      "assigned_executive_id = 'exec_vikram' AND status != 'resolved'",
    );
    const cases: RefusedEmit[] = [
      ['set_executive_status', [{ status: 'away' }], 'validation_failed', 'status'],
      ['set_executive_status', [{}], 'validation_failed', 'status'],
      [
        'reassign_chat',
        [{ chat_id: chat.chat_id, to_executive_id: PRIYA.executive_id }],
        'validation_failed',
        'reason',
      ],
      [
        'reassign_chat',
        [{ chat_id: chat.chat_id, to_executive_id: PRIYA.executive_id, reason: '   ' }],
        'validation_failed',
        'reason',
      ],
      [
        'reassign_chat',
        [{ chat_id: chat.chat_id, to_executive_id: 'exec_nobody', reason: 'Busy' }],
        'not_found',
        'to_executive_id',
      ],
      [
        'reassign_chat',
        [{ chat_id: chat.chat_id, to_executive_id: 'sup_meera', reason: 'Busy' }],
        'not_found',
        'to_executive_id',
      ],
      [
        'reassign_chat',
        [{ chat_id: other.chat_id, to_executive_id: PRIYA.executive_id, reason: 'Busy' }],
        'forbidden',
      ],
      [
        'reassign_chat',
        [{ chat_id: 'chat_missing', to_executive_id: PRIYA.executive_id, reason: 'Busy' }],
        'not_found',
        'chat_id',
      ],
      ['apply_tag', [{ chat_id: chat.chat_id }], 'validation_failed', 'tag'],
      ['apply_tag', [{ chat_id: chat.chat_id, tag: 'Not a real tag' }], 'unknown_tag', 'tag'],
      ['apply_tag', [{ chat_id: chat.chat_id, tag: 'x'.repeat(61) }], 'validation_failed', 'tag'],
      ['apply_tag', [{ chat_id: 'chat_missing', tag: 'Refund' }], 'not_found', 'chat_id'],
      ['remove_tag', [{ chat_id: chat.chat_id, tag: 7 }], 'validation_failed', 'tag'],
      ['remove_tag', [{ chat_id: chat.chat_id, tag: 'Not a real tag' }], 'unknown_tag', 'tag'],
      ['remove_tag', [{ chat_id: 'chat_missing', tag: 'Refund' }], 'not_found', 'chat_id'],
      ['add_note', [{ chat_id: chat.chat_id }], 'validation_failed', 'content'],
      ['add_note', [{ chat_id: chat.chat_id, content: '   ' }], 'note_empty', 'content'],
      [
        'add_note',
        [{ chat_id: chat.chat_id, content: 'x'.repeat(2001) }],
        'validation_failed',
        'content',
      ],
      ['add_note', [{ chat_id: 'chat_missing', content: 'Hello' }], 'not_found', 'chat_id'],
    ];
    await assertEmitsRefused(stack, asha, supervisor, cases);
  });
});
