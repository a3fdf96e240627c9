import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { after, before, describe, it } from 'node:test';

import type { Ack, FetchAllChat, RequestAccepted } from '../../src/contract';
import { SEARCH_INDEXES } from '../db/schema';
import { SEARCH_RATE_LIMIT, TYPING_RATE_LIMIT } from '../gateway/rate-limit';
import {
  ASHA,
  PRIYA,
  assertAckError,
  barrier,
  closeSockets,
  connectAs,
  emitAck,
  nextEvent,
  okData,
  record,
  startTestStack,
  stopTestStack,
  type ClientSocket,
  type TestStack,
} from './harness';

/**
 * Runs a search and returns its answer. Moves the stack's clock on by one search's share of the
 * rate limit first, so that tests searching many times stay under it.
 */
async function searchAnswer(
  stack: TestStack,
  socket: ClientSocket,
  query: string,
  options: { assigned_executive_id?: string; limit?: number } = {},
): Promise<FetchAllChat> {
  stack.clock.advance(1000 / SEARCH_RATE_LIMIT.perSecond);
  const id = `search-${Math.random()}`;
  const response = nextEvent(socket, 'search_chat_response', (r) => r.request_id === id);
  okData(await emitAck(socket, 'search_chat', { request_id: id, query, ...options }));
  const page = await response;
  assert.ok(page.chats.length <= page.total);
  return page;
}

/** Runs a search and returns the chat ids of its answer. */
async function search(
  stack: TestStack,
  socket: ClientSocket,
  query: string,
  assignedExecutiveId?: string,
): Promise<string[]> {
  const options = assignedExecutiveId ? { assigned_executive_id: assignedExecutiveId } : {};
  const page = await searchAnswer(stack, socket, query, options);
  return page.chats.map((chat) => chat.chat_id);
}

describe('search: full-text index', () => {
  let stack: TestStack;
  let asha: ClientSocket;
  let counter = 0;

  before(async () => {
    stack = await startTestStack();
    asha = await connectAs(stack, ASHA);
  });
  after(() => stopTestStack(stack));

  function inbound(text: string, name = 'Search Customer'): string {
    const number = `+91600${String(++counter).padStart(7, '0')}`;
    return stack.injectInbound({ from: number, text, name }).chat.chat_id;
  }

  it('finds message text by the start of each word, all words required', async () => {
    const chatId = inbound('The zorblaxian deposit for the airport transfer');
    const other = inbound('A zorblax for the hillock station trip');
    assert.deepEqual(await search(stack, asha, 'zorblaxi'), [chatId]);
    assert.deepEqual(await search(stack, asha, 'ZORBLAXIAN Deposit'), [chatId]);
    assert.deepEqual((await search(stack, asha, 'zorbl')).sort(), [chatId, other].sort());
    assert.deepEqual(await search(stack, asha, 'zorblax hilloc'), [other]);
    assert.deepEqual(await search(stack, asha, 'deposit hillock'), []);
  });

  it('reads nothing the user types as query syntax, and answers every input', async () => {
    const chatId = inbound('Zqx order (NEAR) the "quotidianish" gate-7 * star; OR AND NOT');
    const nasty = [
      '"',
      '""',
      '"unbalanced',
      '*',
      '**',
      '-',
      '- -x',
      'NEAR',
      'NEAR(a b)',
      'NEAR(a b, 2)',
      'a OR b',
      'NOT x',
      'AND',
      '(',
      ')',
      '(a',
      '^x',
      'text:x',
      'customer_number : 1',
      '{customer_name customer_number}: a',
      "'; DROP TABLE chats; --",
      '\\',
      '\u0000',
      '\u0007\u001b',
      '%',
      '_',
      '%_',
      'a\u0000b',
      '😀😀😀',
      'नमस्ते',
      'ab',
      'a',
      'x'.repeat(100),
      'one two three four five six seven eight nine ten eleven',
    ];
    for (const query of nasty) {
      await search(stack, asha, query);
    }
    assert.deepEqual(await search(stack, asha, '(NEAR) zqx'), [chatId]);
    assert.deepEqual(await search(stack, asha, '"quotidianish"'), [chatId]);
    assert.deepEqual(await search(stack, asha, 'zqx gate-7'), [chatId]);
    assert.deepEqual(await search(stack, asha, 'OR AND NOT zqx'), [chatId]);
    assert.ok(stack.ctx.chats.get(chatId), 'nothing was dropped');
  });

  it('keeps the index in step with new messages, replies and renamed chats', async () => {
    const chatId = inbound('First words from the customer', 'Zephyrine Quillfeather');
    assert.deepEqual(await search(stack, asha, 'zephyrine'), [chatId]);
    assert.deepEqual(await search(stack, asha, 'quillfeather'), [chatId]);
    okData(
      await emitAck(asha, 'send_message', {
        chat_id: chatId,
        client_message_id: 'search-reply-1',
        message: 'Your kilimanjaro voucher is on its way',
      }),
    );
    assert.deepEqual(await search(stack, asha, 'kilimanj'), [chatId]);
    stack.db
      .prepare("UPDATE chats SET customer_name = 'Zephyrine Gill' WHERE chat_id = ?")
      .run(chatId);
    assert.deepEqual(await search(stack, asha, 'quillfeather'), []);
    assert.deepEqual(await search(stack, asha, 'phyrine gi'), [chatId]);
  });

  it('finds numbers by any run of digits, spaces or dashes allowed, and keeps the scope', async () => {
    const chatId = inbound('Call me back please');
    const number = stack.ctx.chats.get(chatId)!.customer_number;
    const digits = number.slice(-7);
    assert.deepEqual(await search(stack, asha, digits), [chatId]);
    assert.deepEqual(await search(stack, asha, `${digits.slice(0, 3)} ${digits.slice(3)}`), [
      chatId,
    ]);
    const owner = stack.ctx.chats.get(chatId)!.assigned_executive_id;
    const someoneElse = owner === PRIYA.executive_id ? ASHA.executive_id : PRIYA.executive_id;
    assert.deepEqual(await search(stack, asha, digits, someoneElse), []);
    if (owner) {
      assert.deepEqual(await search(stack, asha, digits, owner), [chatId]);
    }
  });

  const answer = (query: string, limit?: number) =>
    searchAnswer(stack, asha, query, limit ? { limit } : {});

  it('finds chats in every status by message text and counts them per status, beyond the limit', async () => {
    const statuses = ['active', 'pending', 'resolved', 'resolved'] as const;
    const ids = statuses.map((status, i) => {
      const { chat } = stack.injectInbound({
        from: `+91611000000${i}`,
        text: `My wallet refund xylophonic ${i}`,
      });
      stack.db.prepare('UPDATE chats SET status = ? WHERE chat_id = ?').run(status, chat.chat_id);
      return chat.chat_id;
    });
    const page = await answer('xylophonic');
    assert.deepEqual(page.chats.map((c) => c.chat_id).sort(), [...ids].sort());
    assert.deepEqual(page.counts, { active: 1, pending: 1, resolved: 2 });
    assert.equal(page.total, 4);
    const limited = await answer('xylophonic', 1);
    assert.equal(limited.chats.length, 1);
    assert.deepEqual(limited.counts, { active: 1, pending: 1, resolved: 2 });
    assert.equal(limited.total, 4);
  });

  it("finds a resolved customer's chat by a booking id of theirs", async () => {
    const booking = stack.db
      .prepare(
        'SELECT display_booking_id, customer_number FROM bookings ORDER BY booking_id LIMIT 1',
      )
      .get() as { display_booking_id: string; customer_number: string };
    const { chat } = stack.injectInbound({ from: booking.customer_number, text: 'Thanks' });
    stack.db.prepare("UPDATE chats SET status = 'resolved' WHERE chat_id = ?").run(chat.chat_id);
    const page = await answer(booking.display_booking_id);
    assert.ok(page.chats.some((c) => c.chat_id === chat.chat_id && c.status === 'resolved'));
    assert.ok(page.counts.resolved >= 1);
  });
});

describe('search: indexes of a database from before them', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stack-search-upgrade-'));
  const dbFile = join(dir, 'stack.db');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('builds and fills them at start', async () => {
    const first = await startTestStack({ dbFile });
    const { chat } = first.injectInbound({
      from: '+919876511111',
      text: 'Written before the upgrade: quetzal feathers',
      name: 'Upgrade Customer',
    });
    await first.dispose();

    // Turn the file back into a version 1 database: no indexes, no triggers.
    const db = new Database(dbFile);
    for (const index of SEARCH_INDEXES) {
      db.exec(`DROP TABLE ${index}`);
    }
    const triggers = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_fts_%'")
      .all() as { name: string }[];
    assert.ok(triggers.length > 0);
    for (const { name } of triggers) {
      db.exec(`DROP TRIGGER ${name}`);
    }
    db.prepare("UPDATE meta SET value = '1' WHERE key = 'schema_version'").run();
    db.close();

    const second = await startTestStack({ dbFile });
    try {
      const asha = await connectAs(second, ASHA);
      assert.deepEqual(await search(second, asha, 'quetzal'), [chat.chat_id]);
      assert.deepEqual(await search(second, asha, 'upgrade custom'), [chat.chat_id]);
      const version = second.db
        .prepare("SELECT value FROM meta WHERE key = 'schema_version'")
        .get() as { value: string };
      assert.equal(version.value, '2');
    } finally {
      closeSockets();
      await second.dispose();
    }
  });
});

describe('search and typing: rate limits per socket', () => {
  let stack: TestStack;
  before(async () => (stack = await startTestStack()));
  after(() => stopTestStack(stack));

  it('refuses searches over the limit with rate_limited and retry_after_ms, for that socket only', async () => {
    const [asha, priya] = await Promise.all([connectAs(stack, ASHA), connectAs(stack, PRIYA)]);
    const burst = SEARCH_RATE_LIMIT.burst;
    const acks = await Promise.all(
      Array.from({ length: burst * 2 }, (_, i) =>
        emitAck(asha, 'search_chat', { request_id: `flood-${i}`, query: 'booking' }),
      ),
    );
    const refused = acks.filter((ack) => !ack.ok);
    assert.ok(
      acks.slice(0, burst).every((ack) => ack.ok),
      'the burst is accepted',
    );
    assert.ok(refused.length > 0, 'beyond the burst searches are refused');
    for (const ack of refused) {
      assertAckError(ack, 'rate_limited');
      const error = (ack as Extract<Ack<RequestAccepted>, { ok: false }>).error;
      assert.ok(error.retry_after_ms! > 0);
      assert.ok(error.retry_after_ms! <= 1000 / SEARCH_RATE_LIMIT.perSecond);
      assert.match(error.message, /search/i);
    }
    assert.deepEqual(await search(stack, priya, 'booking').then(() => 'answered'), 'answered');
    stack.clock.advance(1000);
    await search(stack, asha, 'booking');
  });

  it('drops typing over the limit without an error', async () => {
    const [asha, priya] = await Promise.all([connectAs(stack, ASHA), connectAs(stack, PRIYA)]);
    const { chat } = stack.injectInbound({ from: '+919876522222', text: 'Typing test' });
    okData(await emitAck(asha, 'join_chat', { chat_id: chat.chat_id }));
    okData(await emitAck(priya, 'join_chat', { chat_id: chat.chat_id }));
    const seen = record(priya);
    const sent = TYPING_RATE_LIMIT.burst * 3;
    const acks = await Promise.all(
      Array.from({ length: sent }, () =>
        emitAck(asha, 'typing', { chat_id: chat.chat_id, sender: 'executive' }),
      ),
    );
    for (const ack of acks) {
      assert.deepEqual(okData(ack), { chat_id: chat.chat_id });
    }
    await barrier(asha);
    await barrier(priya);
    const relayed = seen.of('user_typing').length;
    assert.ok(relayed >= TYPING_RATE_LIMIT.burst, `${relayed} relayed`);
    assert.ok(relayed < sent, `${relayed} of ${sent} relayed`);
  });
});
