import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';

import type { Chats } from '../../src/contract';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { openDatabase } from '../db/database';
import { SCHEMA_SQL } from '../db/schema';
import {
  ASHA,
  PRIYA,
  closeSockets,
  connectAs,
  emitAck,
  nextEvent,
  okData,
  startTestStack,
  type ClientSocket,
  type TestStack,
} from './harness';

let numberSeq = 0;
const newNumber = () => `+91502${String(++numberSeq).padStart(7, '0')}`;

describe('resolve and reopen keep the wait', () => {
  let stack: TestStack;
  let asha: ClientSocket;
  before(async () => (stack = await startTestStack()));
  afterEach(() => closeSockets());
  after(() => stack.dispose());

  async function setStatus(number: string, status: Chats['status']) {
    return okData(await emitAck(asha, 'update_chat_status', { customer_number: number, status }));
  }

  async function waitingChat(): Promise<Chats> {
    asha = await connectAs(stack, ASHA);
    const priya = await connectAs(stack, PRIYA);
    okData(await emitAck(priya, 'set_executive_status', { status: 'offline' }));
    const number = newNumber();
    stack.injectInbound({ from: number, text: 'Where is my cab?', name: 'Meera Joshi' });
    stack.clock.advance(6 * 60_000);
    return stack.injectInbound({ from: number, text: 'Hello? Still waiting' }).chat;
  }

  it('brings back needs-reply, unread and the SLA clock when the chat is reopened', async () => {
    const waiting = await waitingChat();
    assert.equal(waiting.needs_reply, true);
    assert.equal(waiting.unread_count, 2);
    assert.ok(waiting.sla_due_at);

    const resolved = await setStatus(waiting.customer_number, 'resolved');
    assert.equal(resolved.message, 'Chat resolved.');
    const quiet = stack.ctx.chats.get(waiting.chat_id)!;
    assert.deepEqual(
      [quiet.status, quiet.needs_reply, quiet.unread_count, quiet.sla_due_at],
      ['resolved', false, 0, null],
    );

    stack.clock.advance(30_000);
    const update = nextEvent(
      asha,
      'room_update',
      (chat) => chat.chat_id === waiting.chat_id && chat.status === 'active',
    );
    const reopened = await setStatus(waiting.customer_number, 'active');
    assert.equal(reopened.message, 'Chat reopened. Meera Joshi is waiting for a reply again.');
    const back = await update;
    assert.equal(back.needs_reply, true);
    assert.equal(back.unread_count, 2);
    assert.equal(back.sla_due_at, waiting.sla_due_at, 'the SLA clock runs from the first wait');
    const row = stack.ctx.chats.row(waiting.chat_id)!;
    assert.ok(
      row.waiting_since! < waiting.last_customer_message_at!,
      'waiting since the first message',
    );
    assert.equal(row.resolved_wait, null, 'a kept wait is used once');
  });

  it('reopens a chat nobody waited on without a wait, and a pending reopen keeps it too', async () => {
    const waiting = await waitingChat();
    okData(
      await emitAck(asha, 'send_message', {
        chat_id: waiting.chat_id,
        client_message_id: `answer-${waiting.chat_id}`,
        message: 'Your driver is two minutes away.',
      }),
    );
    await setStatus(waiting.customer_number, 'resolved');
    const plain = await setStatus(waiting.customer_number, 'active');
    assert.equal(plain.message, 'Chat reopened.');
    const answered = stack.ctx.chats.get(waiting.chat_id)!;
    assert.deepEqual(
      [answered.needs_reply, answered.unread_count, answered.sla_due_at],
      [false, 0, null],
    );

    const again = stack.injectInbound({ from: waiting.customer_number, text: 'One more thing' });
    await setStatus(waiting.customer_number, 'resolved');
    await setStatus(waiting.customer_number, 'pending');
    const parked = stack.ctx.chats.get(waiting.chat_id)!;
    assert.equal(parked.status, 'pending');
    assert.equal(parked.needs_reply, true);
    assert.equal(parked.sla_due_at, again.chat.sla_due_at);
  });

  it('forgets the kept wait once the customer writes again after a resolve', async () => {
    const waiting = await waitingChat();
    await setStatus(waiting.customer_number, 'resolved');
    stack.clock.advance(60_000);
    const fresh = stack.injectInbound({ from: waiting.customer_number, text: 'Back again' });
    assert.equal(fresh.chat.status, 'active');
    assert.equal(fresh.chat.unread_count, 1, 'a new wait starts with the new message');
    assert.equal(stack.ctx.chats.row(waiting.chat_id)!.resolved_wait, null);
  });
});

describe('resolved_wait column', () => {
  it('is added to a database written before it existed, keeping its chats', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccc-resolved-wait-'));
    const file = join(dir, 'old.sqlite');
    try {
      const old = new Database(file);
      old.exec(SCHEMA_SQL.replace('  resolved_wait TEXT,\n', ''));
      old
        .prepare(
          `INSERT INTO chats (chat_id, customer_number, customer_name, stakeholder, status, created_at, updated_at)
           VALUES ('chat_old', '+919800000001', 'Old Chat', 'customer', 'resolved', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')`,
        )
        .run();
      assert.ok(!columnsOf(old).includes('resolved_wait'));
      old.close();
      const db = openDatabase(file);
      assert.ok(columnsOf(db).includes('resolved_wait'));
      assert.deepEqual(db.prepare('SELECT chat_id, resolved_wait FROM chats').all(), [
        { chat_id: 'chat_old', resolved_wait: null },
      ]);
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function columnsOf(db: Database.Database): string[] {
  return (db.prepare('PRAGMA table_info(chats)').all() as { name: string }[]).map((c) => c.name);
}
