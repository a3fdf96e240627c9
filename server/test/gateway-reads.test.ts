import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type { Chats } from '../../src/contract';
import {
  ASHA,
  PRIYA,
  SUPERVISOR,
  assertAckError,
  connectAs,
  emitAck,
  emitRaw,
  nextEvent,
  okData,
  record,
  seededChat,
  startTestStack,
  stopTestStack,
  writes,
  type ClientSocket,
  type TestStack,
} from './harness';

describe('gateway: config, lists, search, history, join', () => {
  let stack: TestStack;
  let asha: ClientSocket;
  before(async () => {
    stack = await startTestStack();
    asha = await connectAs(stack, ASHA);
  });
  after(() => stopTestStack(stack));

  it('acknowledges config with the Config and sends config_response', async () => {
    const response = nextEvent(asha, 'config_response');
    const config = okData(await emitAck(asha, 'config', {}));
    assert.deepEqual(await response, config);
    assert.deepEqual(config.statuses, ['active', 'pending', 'resolved']);
    assert.equal(config.whatsapp_window_hours, 24);
    assert.equal(config.max_message_length, 4096);
    assert.equal(config.page_size, 50);
    assert.deepEqual(config.sla, {
      first_reply_seconds: 300,
      next_reply_seconds: 600,
      warning_seconds: 60,
    });
    assert.ok(config.tags.includes('Refund') && config.tags.includes('Payment'));
    assert.ok(config.reassign_reasons.length >= 3);
    const me = config.executives.find((entry) => entry.executive_id === ASHA.executive_id);
    assert.equal(me?.status, 'online');
    assert.equal(
      config.executives.find((entry) => entry.executive_id === PRIYA.executive_id)?.status,
      'offline',
    );
    assert.ok(config.executives.every((entry) => !entry.executive_id.startsWith('sup_')));
  });

  it('lists All and My chats newest first, with counts for the same filter and cursor paging', async () => {
    const all = nextEvent(asha, 'fetch_all_chats_response', (r) => r.request_id === 'all-1');
    assert.deepEqual(
      okData(await emitAck(asha, 'fetch_all_chats', { request_id: 'all-1', limit: 40 })),
      { request_id: 'all-1' },
    );
    const first = await all;
    const total = (stack.db.prepare('SELECT COUNT(*) AS n FROM chats').get() as { n: number }).n;
    assert.equal(first.total, total);
    assert.equal(first.counts.active + first.counts.pending + first.counts.resolved, total);
    assert.equal(first.chats.length, 40);
    assert.ok(first.next_cursor);
    const seen: Chats[] = [...first.chats];
    let cursor: string | null = first.next_cursor;
    let page = 2;
    while (cursor) {
      const id = `all-${page++}`;
      const next = nextEvent(asha, 'fetch_all_chats_response', (r) => r.request_id === id);
      okData(await emitAck(asha, 'fetch_all_chats', { request_id: id, cursor, limit: 40 }));
      const response = await next;
      seen.push(...response.chats);
      cursor = response.next_cursor;
    }
    assert.equal(seen.length, total);
    assert.equal(new Set(seen.map((chat) => chat.chat_id)).size, total);
    const times = seen.map((chat) => chat.updated_at);
    assert.deepEqual(times, [...times].sort().reverse());

    const mine = nextEvent(asha, 'fetch_all_chats_response', (r) => r.request_id === 'mine');
    okData(
      await emitAck(asha, 'fetch_all_chats', {
        request_id: 'mine',
        assigned_executive_id: ASHA.executive_id,
        limit: 500,
      }),
    );
    const my = await mine;
    assert.ok(my.chats.length > 0);
    assert.ok(my.chats.every((chat) => chat.assigned_executive_id === ASHA.executive_id));
    assert.equal(my.counts.active + my.counts.pending + my.counts.resolved, my.total);

    const resolved = nextEvent(
      asha,
      'fetch_all_chats_response',
      (r) => r.request_id === 'mine-resolved',
    );
    okData(
      await emitAck(asha, 'fetch_all_chats', {
        request_id: 'mine-resolved',
        assigned_executive_id: ASHA.executive_id,
        status: 'resolved',
      }),
    );
    const done = await resolved;
    assert.equal(done.total, my.counts.resolved);
    assert.deepEqual(done.counts, my.counts);
    assert.ok(done.chats.every((chat) => chat.status === 'resolved'));
  });

  it('searches by name, number, message text and booking id', async () => {
    const chat = stack.db
      .prepare(
        `SELECT c.chat_id, c.customer_name, c.customer_number, b.display_booking_id FROM chats c
         JOIN bookings b ON b.customer_number = c.customer_number WHERE c.stakeholder = 'customer' LIMIT 1`,
      )
      .get() as {
      chat_id: string;
      customer_name: string;
      customer_number: string;
      display_booking_id: string;
    };
    stack.injectInbound({
      from: chat.customer_number,
      text: 'The zebra-striped umbrella is still in the cab',
    });
    const search = async (query: string) => {
      const id = `search-${query}`;
      const response = nextEvent(asha, 'search_chat_response', (r) => r.request_id === id);
      okData(await emitAck(asha, 'search_chat', { request_id: id, query }));
      return (await response).chats.map((found) => found.chat_id);
    };
    assert.ok((await search(chat.customer_name)).includes(chat.chat_id));
    assert.ok((await search(chat.customer_number.slice(-6))).includes(chat.chat_id));
    assert.deepEqual(await search('zebra-striped umbrella'), [chat.chat_id]);
    assert.ok((await search(chat.display_booking_id.toLowerCase())).includes(chat.chat_id));
    assert.deepEqual(await search('100%_no_match'), []);
  });

  it('pages a chat history oldest first with before_seq and after_seq', async () => {
    const chat = seededChat(stack, "stakeholder = 'customer' AND status = 'active'");
    for (let i = 0; i < 12; i++) {
      stack.injectInbound({ from: chat.customer_number, text: `Paging message ${i}` });
    }
    const fetch = async (
      payload: { before_seq?: number; after_seq?: number; limit?: number },
      id: string,
    ) => {
      const response = nextEvent(asha, 'fetch_chats_by_user_response', (r) => r.request_id === id);
      okData(
        await emitAck(asha, 'fetch_chats_by_user', {
          request_id: id,
          chat_id: chat.chat_id,
          ...payload,
        }),
      );
      return response;
    };
    const latest = await fetch({ limit: 5 }, 'h1');
    assert.equal(latest.chat.chat_id, chat.chat_id);
    assert.deepEqual(
      latest.messages.map((m) => m.text),
      [
        'Paging message 7',
        'Paging message 8',
        'Paging message 9',
        'Paging message 10',
        'Paging message 11',
      ],
    );
    assert.equal(latest.has_more, true);
    const older = await fetch({ limit: 5, before_seq: latest.messages[0].seq }, 'h2');
    assert.deepEqual(
      older.messages.map((m) => m.text),
      [
        'Paging message 2',
        'Paging message 3',
        'Paging message 4',
        'Paging message 5',
        'Paging message 6',
      ],
    );
    const seqs = [...older.messages, ...latest.messages].map((m) => m.seq);
    assert.deepEqual(
      seqs,
      [...seqs].sort((a, b) => a - b),
    );
    const everything = await fetch({ limit: 200 }, 'h3');
    assert.equal(everything.has_more, false);
    const newer = await fetch({ after_seq: older.messages[2].seq, limit: 3 }, 'h4');
    assert.deepEqual(
      newer.messages.map((m) => m.text),
      ['Paging message 5', 'Paging message 6', 'Paging message 7'],
    );
    assert.equal(newer.has_more, true);
  });

  it('joins a chat room and gets that chat’s events', async () => {
    const chat = seededChat(
      stack,
      "assigned_executive_id = 'exec_vikram' AND status != 'resolved'",
    );
    const joined = okData(await emitAck(asha, 'join_chat', { chat_id: chat.chat_id }));
    assert.equal(joined.chat_id, chat.chat_id);
    assert.equal(joined.chat.customer_number, chat.customer_number);
    const arrived = nextEvent(asha, 'new_message', (m) => m.chat_id === chat.chat_id);
    stack.injectInbound({ from: chat.customer_number, text: 'Hello from the room' });
    assert.equal((await arrived).text, 'Hello from the room');
  });

  it('answers every malformed read with an error acknowledgement and writes nothing', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    const events = record(supervisor);
    const chat = seededChat(stack, '1 = 1');
    const cases: [string, unknown[], string, string?][] = [
      ['config', ['not-an-object'], 'validation_failed'],
      ['config', [[1, 2]], 'validation_failed'],
      ['fetch_all_chats', [{}], 'validation_failed', 'request_id'],
      ['fetch_all_chats', [{ request_id: 'r', limit: 0 }], 'validation_failed', 'limit'],
      ['fetch_all_chats', [{ request_id: 'r', limit: 501 }], 'validation_failed', 'limit'],
      ['fetch_all_chats', [{ request_id: 'r', status: 'closed' }], 'validation_failed', 'status'],
      [
        'fetch_all_chats',
        [{ request_id: 'r', cursor: 'bm90LWEtY3Vyc29y' }],
        'invalid_cursor',
        'cursor',
      ],
      [
        'fetch_all_chats',
        [{ request_id: 'r', assigned_executive_id: 7 }],
        'validation_failed',
        'assigned_executive_id',
      ],
      ['fetch_all_chats', [null], 'validation_failed'],
      ['search_chat', [{ request_id: 'r' }], 'validation_failed', 'query'],
      ['search_chat', [{ request_id: 'r', query: '   ' }], 'validation_failed', 'query'],
      ['search_chat', [{ request_id: 'r', query: 'x'.repeat(101) }], 'validation_failed', 'query'],
      [
        'search_chat',
        [{ request_id: 'r', query: 'asha', limit: 'ten' }],
        'validation_failed',
        'limit',
      ],
      ['fetch_chats_by_user', [{ request_id: 'r' }], 'validation_failed', 'chat_id'],
      [
        'fetch_chats_by_user',
        [{ request_id: 'r', chat_id: 'chat_missing' }],
        'not_found',
        'chat_id',
      ],
      [
        'fetch_chats_by_user',
        [{ request_id: 'r', chat_id: chat.chat_id, before_seq: -1 }],
        'validation_failed',
        'before_seq',
      ],
      [
        'fetch_chats_by_user',
        [{ request_id: 'r', chat_id: chat.chat_id, before_seq: 1.5 }],
        'validation_failed',
        'before_seq',
      ],
      [
        'fetch_chats_by_user',
        [{ request_id: 'r', chat_id: chat.chat_id, before_seq: 9, after_seq: 1 }],
        'validation_failed',
        'after_seq',
      ],
      [
        'fetch_chats_by_user',
        [{ request_id: 'r', chat_id: chat.chat_id, limit: 201 }],
        'validation_failed',
        'limit',
      ],
      ['join_chat', [{}], 'validation_failed', 'chat_id'],
      ['join_chat', [{ chat_id: '' }], 'validation_failed', 'chat_id'],
      ['join_chat', [{ chat_id: 'chat_missing' }], 'not_found', 'chat_id'],
      ['join_chat', ['chat_s001'], 'validation_failed'],
    ];
    const before = writes(stack);
    for (const [event, args, code, field] of cases) {
      assertAckError(await emitRaw(supervisor, event, ...args), code, field);
    }
    assert.equal(writes(stack), before);
    for (const event of [
      'fetch_all_chats_response',
      'search_chat_response',
      'fetch_chats_by_user_response',
    ] as const) {
      assert.equal(events.of(event).length, 0, `${event} is not sent after a refused request`);
    }
  });
});
