import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';

import type { ChatAssignment, SlaAlert } from '../../src/contract';
import { startOfDayIso } from '../domain/clock';
import {
  ASHA,
  PRIYA,
  RAHUL,
  SUPERVISOR,
  barrier,
  closeSockets,
  connectAs,
  connectEach,
  emitAck,
  nextEvent,
  okData,
  record,
  startTestStack,
  stopTestStack,
  type TestStack,
} from './harness';

let numberSeq = 0;
const newNumber = () => `+91501${String(++numberSeq).padStart(7, '0')}`;

describe('assignment', () => {
  let stack: TestStack;
  before(async () => (stack = await startTestStack()));
  afterEach(() => closeSockets());
  after(() => stack.dispose());

  it('leaves a new chat unassigned and visible in All when no executive is online', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    const events = record(supervisor);
    const { chat, message } = stack.injectInbound({
      from: newNumber(),
      text: 'Is anyone there?',
      name: 'Late Night',
    });
    assert.equal(chat.assigned_executive_id, null);
    assert.equal(chat.needs_reply, true);
    assert.equal(chat.unread_count, 1);
    await barrier(supervisor);
    assert.equal(events.of('chat_assigned').length, 0);
    assert.equal(events.of('new_message').at(-1)?.message_id, message.message_id);
    const list = nextEvent(supervisor, 'fetch_all_chats_response', (r) => r.request_id === 'all');
    okData(await emitAck(supervisor, 'fetch_all_chats', { request_id: 'all', limit: 5 }));
    assert.equal((await list).chats[0].chat_id, chat.chat_id);
  });

  it('deals new chats round-robin to online executives only', async () => {
    const [asha, priya, rahul, supervisor] = await Promise.all([
      connectAs(stack, ASHA),
      connectAs(stack, PRIYA),
      connectAs(stack, RAHUL),
      connectAs(stack, SUPERVISOR),
    ]);
    okData(await emitAck(rahul, 'set_executive_status', { status: 'offline' }));
    const [ashaEvents, priyaEvents, rahulEvents, supervisorEvents] = [
      asha,
      priya,
      rahul,
      supervisor,
    ].map(record);
    const owners: (string | null)[] = [];
    for (let i = 0; i < 4; i++) {
      owners.push(
        stack.injectInbound({ from: newNumber(), text: `New chat ${i}` }).chat
          .assigned_executive_id,
      );
    }
    assert.ok(owners.every((owner) => owner === ASHA.executive_id || owner === PRIYA.executive_id));
    for (let i = 1; i < owners.length; i++) {
      assert.notEqual(owners[i], owners[i - 1], 'consecutive chats go to different executives');
    }
    await Promise.all([asha, priya, rahul, supervisor].map(barrier));
    const mine = (events: ReturnType<typeof record>) =>
      events.of('chat_assigned').map((a: ChatAssignment) => a.executive_id);
    assert.deepEqual(mine(ashaEvents), [ASHA.executive_id, ASHA.executive_id]);
    assert.deepEqual(mine(priyaEvents), [PRIYA.executive_id, PRIYA.executive_id]);
    assert.deepEqual(mine(rahulEvents), []);
    assert.equal(supervisorEvents.of('chat_assigned').length, 4);
    assert.equal(
      ashaEvents.of('new_message').length,
      2,
      'the new messages reach the assigned executive',
    );

    const gone = nextEvent(
      supervisor,
      'executive_status',
      (u) => u.executive_id === PRIYA.executive_id && u.status === 'offline',
    );
    priya.close();
    await gone;
    const next = [
      stack.injectInbound({ from: newNumber(), text: 'a' }),
      stack.injectInbound({ from: newNumber(), text: 'b' }),
    ];
    assert.deepEqual(
      next.map((r) => r.chat.assigned_executive_id),
      [ASHA.executive_id, ASHA.executive_id],
    );
  });

  it('keeps the executive of an existing chat and reopens it when the customer writes again', async () => {
    const asha = await connectAs(stack, ASHA);
    const number = newNumber();
    const first = stack.injectInbound({ from: number, text: 'First' });
    okData(
      await emitAck(asha, 'update_chat_status', { customer_number: number, status: 'resolved' }),
    );
    const again = stack.injectInbound({ from: number, text: 'Me again' });
    assert.equal(again.chat.chat_id, first.chat.chat_id);
    assert.equal(again.chat.status, 'active');
    assert.equal(again.chat.assigned_executive_id, first.chat.assigned_executive_id);
    const duplicate = stack.injectInbound({
      from: number,
      text: 'Me again',
      client_message_id: 'wamid.1',
    });
    const repeated = stack.injectInbound({
      from: number,
      text: 'Me again',
      client_message_id: 'wamid.1',
    });
    assert.equal(repeated.duplicate, true);
    assert.equal(repeated.message.message_id, duplicate.message.message_id);
    assert.equal(repeated.chat.unread_count, 2, 'a repeated WhatsApp id is not counted twice');
  });
});

describe('SLA monitor', () => {
  let stack: TestStack;
  before(async () => {
    stack = await startTestStack({
      settings: { sla: { first_reply_seconds: 120, next_reply_seconds: 240, warning_seconds: 60 } },
      slaCheckIntervalMs: 20,
    });
  });
  afterEach(() => closeSockets());
  after(() => stack.dispose());

  it('warns before and alerts at the first-reply limit, once each, to the executive and supervisors', async () => {
    const [asha, priya, supervisor] = await connectEach(stack, [ASHA, PRIYA, SUPERVISOR]);
    okData(await emitAck(priya, 'set_executive_status', { status: 'offline' }));
    const { chat } = stack.injectInbound({ from: newNumber(), text: 'Waiting for a reply' });
    assert.equal(chat.assigned_executive_id, ASHA.executive_id);
    assert.equal(
      Date.parse(chat.sla_due_at!) - Date.parse(chat.last_customer_message_at!),
      120_000,
    );
    const priyaEvents = record(priya);
    const forChat = (level: SlaAlert['level']) => (alert: SlaAlert) =>
      alert.chat_id === chat.chat_id && alert.level === level;

    const warning = nextEvent(asha, 'sla_alert', forChat('warning'));
    const supervisorWarning = nextEvent(supervisor, 'sla_alert', forChat('warning'));
    stack.clock.advance(61_000);
    const warned = await warning;
    assert.equal(warned.kind, 'first_reply');
    assert.equal(warned.executive_id, ASHA.executive_id);
    assert.equal(warned.due_at, chat.sla_due_at);
    assert.deepEqual(await supervisorWarning, warned);

    const breachStats = nextEvent(
      supervisor,
      'dashboard_stats',
      (stats) =>
        stats.sla_breaches_today > 0 &&
        stats.executives.some(
          (load) => load.executive_id === ASHA.executive_id && load.sla_breaches_today >= 1,
        ),
    );
    const breach = nextEvent(asha, 'sla_alert', forChat('breach'));
    stack.clock.advance(60_000);
    assert.equal((await breach).level, 'breach');
    await breachStats;
    assert.deepEqual(
      stack.sla.check().filter((alert) => alert.chat_id === chat.chat_id),
      [],
    );
    await barrier(priya);
    assert.equal(
      priyaEvents.of('sla_alert').filter((alert) => alert.chat_id === chat.chat_id).length,
      0,
    );
    const stored = stack.db
      .prepare('SELECT level FROM sla_alerts WHERE chat_id = ? ORDER BY raised_at')
      .all(chat.chat_id);
    assert.deepEqual(stored, [{ level: 'warning' }, { level: 'breach' }]);
  });

  it('starts a next-reply wait after an answer and alerts every executive about an unassigned chat', async () => {
    const [asha, priya] = await Promise.all([connectAs(stack, ASHA), connectAs(stack, PRIYA)]);
    const number = newNumber();
    const { chat } = stack.injectInbound({ from: number, text: 'Hello' });
    okData(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: 'sla-1',
        message: 'Hi, how can I help?',
      }),
    );
    const again = stack.injectInbound({ from: number, text: 'My cab is late' });
    assert.equal(
      Date.parse(again.chat.sla_due_at!) - Date.parse(again.message.created_at),
      240_000,
    );
    okData(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: 'sla-2',
        message: 'Checking now',
      }),
    );
    assert.equal(stack.ctx.chats.get(chat.chat_id)?.sla_due_at, null, 'an answer ends the wait');

    okData(await emitAck(asha, 'set_executive_status', { status: 'offline' }));
    okData(await emitAck(priya, 'set_executive_status', { status: 'offline' }));
    const orphan = stack.injectInbound({ from: newNumber(), text: 'Anyone?' }).chat;
    assert.equal(orphan.assigned_executive_id, null);
    const toAsha = nextEvent(
      asha,
      'sla_alert',
      (alert) => alert.chat_id === orphan.chat_id && alert.level === 'breach',
    );
    const toPriya = nextEvent(
      priya,
      'sla_alert',
      (alert) => alert.chat_id === orphan.chat_id && alert.level === 'breach',
    );
    stack.clock.advance(121_000);
    assert.equal((await toAsha).executive_id, null);
    assert.equal((await toPriya).kind, 'first_reply');
  });
});

describe('stats pushes', () => {
  let stack: TestStack;
  before(async () => (stack = await startTestStack()));
  after(() => stopTestStack(stack));

  it('pushes dashboard and driver stats on connect and after changes, one push per burst', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    const asha = await connectAs(stack, ASHA);
    await Promise.all([barrier(supervisor), barrier(asha)]);
    const events = record(supervisor);
    const before = countsNow(stack);
    const burst = nextEvent(
      supervisor,
      'dashboard_stats',
      (stats) => stats.active === before.active + 5,
    );
    const driverStats = nextEvent(
      asha,
      'driver-chat-stats',
      (stats) => stats.new_today === before.driver_new_today + 1,
    );
    const driverPhone = (
      stack.db
        .prepare(
          'SELECT phone FROM drivers WHERE phone NOT IN (SELECT customer_number FROM chats) LIMIT 1',
        )
        .get() as { phone: string }
    ).phone;
    for (let i = 0; i < 4; i++) {
      stack.injectInbound({ from: newNumber(), text: `Burst ${i}` });
    }
    stack.injectInbound({ from: driverPhone, text: 'Driver here' });
    const stats = await burst;
    assert.equal(stats.new_today, before.new_today + 5);
    assert.ok((await driverStats).active >= 1);
    const single = nextEvent(supervisor, 'dashboard_stats', (s) => s.active === before.active + 6);
    stack.injectInbound({ from: newNumber(), text: 'After the burst' });
    await single;
    // The driver stats follow the dashboard's in the same push; frames are sent in order, so a
    // round trip on the socket has them all.
    await barrier(supervisor);
    const changed = events.of('dashboard_stats').filter((s) => s.active > before.active);
    assert.deepEqual(
      changed.map((s) => s.active - before.active),
      [5, 6],
      'five changes in one burst give one push',
    );
    const driverPushes = events
      .of('driver-chat-stats')
      .filter((s) => s.new_today > before.driver_new_today);
    assert.equal(driverPushes.length, 2);
  });
});

function countsNow(stack: TestStack): {
  active: number;
  new_today: number;
  driver_new_today: number;
} {
  return stack.db
    .prepare(
      `SELECT SUM(status = 'active') AS active, SUM(created_at >= @today) AS new_today,
         SUM(created_at >= @today AND stakeholder = 'driver') AS driver_new_today FROM chats`,
    )
    .get({ today: startOfToday(stack) }) as {
    active: number;
    new_today: number;
    driver_new_today: number;
  };
}

function startOfToday(stack: TestStack): string {
  return startOfDayIso(stack.clock.now());
}
