import assert from 'node:assert/strict';
import { after, afterEach, before, describe, it } from 'node:test';

import type { DashboardStats, FetchAllChat, StatusSample } from '../../src/contract';
import { startOfDayIso } from '../domain/clock';
import { SAMPLE_SLOT_MS } from '../domain/status-samples';
import {
  ASHA,
  PRIYA,
  SUPERVISOR,
  assertAckError,
  closeSockets,
  connectAs,
  emitAck,
  http,
  nextEvent,
  okData,
  seededChat,
  signIn,
  startTestStack,
  stopTestStack,
  writes,
  type ClientSocket,
  type TestStack,
} from './harness';

let numberSeq = 0;
const newNumber = () => `+91502${String(++numberSeq).padStart(7, '0')}`;

describe('dashboard history', () => {
  let stack: TestStack;
  let supervisorToken: string;
  const stats = async (): Promise<DashboardStats> => {
    const result = await http<DashboardStats>(`${stack.urls.pySmartChat}/api/dashboard/stats`, {
      token: supervisorToken,
    });
    assert.equal(result.status, 200);
    return result.body;
  };

  before(async () => {
    stack = await startTestStack();
    supervisorToken = await signIn(stack, SUPERVISOR);
  });
  afterEach(() => closeSockets());
  after(() => stack.dispose());

  it('counts today from midnight in Asia/Kolkata', () => {
    assert.equal(startOfDayIso(new Date('2026-12-06T18:29:59Z')), '2026-12-05T18:30:00.000Z');
    assert.equal(startOfDayIso(new Date('2026-12-06T18:30:00Z')), '2026-12-06T18:30:00.000Z');
  });

  it('opens with the whole day so far: five-minute samples since midnight', async () => {
    const body = await stats();
    const series = body.day_series ?? [];
    const midnight = Date.parse(startOfDayIso(stack.clock.now()));
    const now = Date.parse(body.generated_at);
    assert.equal(Date.parse(series[0].at), midnight, 'the day starts at midnight');
    assert.equal(series.length, Math.floor((now - midnight) / SAMPLE_SLOT_MS) + 1);
    for (let i = 1; i < series.length; i++) {
      assert.equal(Date.parse(series[i].at) - Date.parse(series[i - 1].at), SAMPLE_SLOT_MS);
    }
    const last = series.at(-1)!;
    assert.deepEqual(
      [last.active, last.pending, last.resolved, last.unassigned],
      [body.active, body.pending, body.resolved, body.unassigned],
      'the last sample holds the figures now',
    );
  });

  it('adds a sample per five minutes and keeps the latest figures of a slot', async () => {
    const before = (await stats()).day_series!.at(-1)!;
    stack.clock.advance(SAMPLE_SLOT_MS);
    stack.injectInbound({ from: newNumber(), text: 'Hello, is my cab coming?' });
    const first = stack.sampler.sample();
    assert.equal(Date.parse(first.at) - Date.parse(before.at), SAMPLE_SLOT_MS);
    assert.equal(first.active, before.active + 1);
    stack.injectInbound({ from: newNumber(), text: 'Another new chat in the same slot' });
    const second = stack.sampler.sample();
    assert.equal(second.at, first.at);
    const series = (await stats()).day_series!;
    assert.deepEqual(series.at(-1), { ...second, at: first.at } satisfies StatusSample);
    assert.equal(series.at(-1)!.active, before.active + 2);
  });

  it('compares with an hour ago and the same time yesterday', async () => {
    const body = await stats();
    const now = Date.parse(body.generated_at);
    assert.ok(body.an_hour_ago, 'a freshly seeded stack knows the last hour');
    assert.equal(Date.parse(body.an_hour_ago.at), now - 3600_000);
    assert.ok(body.same_time_yesterday, 'a freshly seeded stack reconstructs yesterday too');
    assert.equal(Date.parse(body.same_time_yesterday.at), now - 24 * 3600_000);
    assert.ok(body.an_hour_ago.new_today <= body.new_today || now - 3600_000 < midnightOf(body));
  });

  it('remembers assignments and reassignments, newest first, with the chat and reason', async () => {
    const asha = await connectAs(stack, ASHA);
    const { chat } = stack.injectInbound({ from: newNumber(), text: 'Need help', name: 'Meera' });
    assert.ok(chat.assigned_executive_id);
    const to = chat.assigned_executive_id === PRIYA.executive_id ? ASHA : PRIYA;
    const mover = to === PRIYA ? asha : await connectAs(stack, PRIYA);
    okData(
      await emitAck(mover, 'reassign_chat', {
        chat_id: chat.chat_id,
        to_executive_id: to.executive_id,
        reason: 'Knows Hindi',
      }),
    );
    const feed = (await stats()).recent_assignments ?? [];
    assert.deepEqual(
      feed.slice(0, 2).map((entry) => [entry.chat_id, entry.kind, entry.reason]),
      [
        [chat.chat_id, 'reassigned', 'Knows Hindi'],
        [chat.chat_id, 'assigned', 'Round-robin'],
      ],
    );
    assert.equal(feed[0].customer_name, 'Meera');
    assert.equal(feed[0].executive_id, to.executive_id);
    assert.equal(feed[0].previous_executive_id, chat.assigned_executive_id);
    const times = feed.map((entry) => Date.parse(entry.assigned_at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first',
    );
  });

  it('remembers the SLA alerts of the last hours, newest first', async () => {
    const { chat } = stack.injectInbound({
      from: newNumber(),
      text: 'Still waiting',
      name: 'Ravi',
    });
    stack.clock.advance(Date.parse(chat.sla_due_at!) - stack.clock.now().getTime() + 1000);
    const raised = stack.sla.check().filter((alert) => alert.chat_id === chat.chat_id);
    assert.ok(raised.length > 0);
    const alerts = (await stats()).recent_sla_alerts ?? [];
    // Seeded waits that ran out in the same jump are raised at the same instant.
    const newest = alerts.filter((alert) => alert.raised_at === alerts[0].raised_at);
    const mine = newest.find((alert) => alert.chat_id === chat.chat_id);
    assert.equal(mine?.customer_name, 'Ravi');
    assert.equal(mine?.level, 'breach');
    const times = alerts.map((alert) => Date.parse(alert.raised_at));
    assert.deepEqual(
      times,
      [...times].sort((a, b) => b - a),
      'newest first',
    );
  });

  it('leaves the day and the feeds out of pushes, and gives executives only their own figures', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    const pushed = nextEvent(supervisor, 'dashboard_stats');
    const asha = await connectAs(stack, ASHA);
    const own = nextEvent(asha, 'dashboard_stats');
    stack.injectInbound({ from: newNumber(), text: 'A change to push' });
    const [forSupervisor, forAsha] = await Promise.all([pushed, own]);
    assert.equal(forSupervisor.day_series, undefined);
    assert.equal(forSupervisor.recent_assignments, undefined);
    assert.ok(forSupervisor.an_hour_ago, 'supervisors get the trends live');
    for (const key of ['day_series', 'recent_sla_alerts', 'an_hour_ago', 'same_time_yesterday']) {
      assert.equal(key in forAsha, false, `${key} is for supervisors`);
    }
  });
});

describe('chat list filters', () => {
  let stack: TestStack;
  let supervisor: ClientSocket;
  let requestSeq = 0;
  const fetchList = async (payload: Record<string, unknown>): Promise<FetchAllChat> => {
    const request_id = `filter-${++requestSeq}`;
    const page = nextEvent(
      supervisor,
      'fetch_all_chats_response',
      (r) => r.request_id === request_id,
    );
    okData(await emitAck(supervisor, 'fetch_all_chats', { request_id, limit: 500, ...payload }));
    return page;
  };

  before(async () => {
    stack = await startTestStack();
    supervisor = await connectAs(stack, SUPERVISOR);
  });
  after(() => stopTestStack(stack));

  it('lists only unassigned open chats, with counts for that filter', async () => {
    stack.injectInbound({ from: newNumber(), text: 'Nobody is online for me' });
    const page = await fetchList({ filter: 'unassigned', status: 'active' });
    assert.ok(page.chats.length > 0);
    assert.ok(page.chats.every((c) => c.assigned_executive_id === null && c.status === 'active'));
    assert.equal(page.counts.resolved, 0);
    const unassigned = (
      stack.db
        .prepare(
          "SELECT COUNT(*) AS n FROM chats WHERE status != 'resolved' AND assigned_executive_id IS NULL",
        )
        .get() as { n: number }
    ).n;
    assert.equal(page.counts.active + page.counts.pending, unassigned);
  });

  it('lists only driver chats, alone or unassigned, with counts for them', async () => {
    stack.injectInbound({ from: newNumber(), text: 'My payout is late', stakeholder: 'driver' });
    const drivers = await fetchList({ stakeholder: 'driver', status: 'active' });
    assert.ok(drivers.chats.length > 0);
    assert.ok(drivers.chats.every((c) => c.stakeholder === 'driver' && c.status === 'active'));
    const count = (where: string) =>
      (stack.db.prepare(`SELECT COUNT(*) AS n FROM chats WHERE ${where}`).get() as { n: number }).n;
    assert.equal(drivers.counts.active, count("stakeholder = 'driver' AND status = 'active'"));
    const unassigned = await fetchList({ stakeholder: 'driver', filter: 'unassigned' });
    assert.ok(
      unassigned.chats.every((c) => c.stakeholder === 'driver' && c.assigned_executive_id === null),
    );
    assert.equal(
      unassigned.counts.active + unassigned.counts.pending,
      count("stakeholder = 'driver' AND status != 'resolved' AND assigned_executive_id IS NULL"),
    );
    assertAckError(
      await emitAck(supervisor, 'fetch_all_chats', {
        request_id: 'bad-stakeholder',
        stakeholder: 'partner',
      } as never),
      'validation_failed',
      'stakeholder',
    );
  });

  it('lists only chats waiting past their reply limit', async () => {
    const waiting = seededChat(stack, "status != 'resolved' AND needs_reply = 1");
    const due = stack.db
      .prepare('SELECT sla_due_at FROM chats WHERE chat_id = ?')
      .get(waiting.chat_id) as {
      sla_due_at: string;
    };
    stack.clock.advance(
      Math.max(0, Date.parse(due.sla_due_at) - stack.clock.now().getTime()) + 1000,
    );
    const now = stack.clock.now().getTime();
    const pages = await Promise.all(
      (['active', 'pending'] as const).map((status) =>
        fetchList({ filter: 'sla_breached', status }),
      ),
    );
    const chats = pages.flatMap((page) => page.chats);
    assert.ok(chats.some((c) => c.chat_id === waiting.chat_id));
    assert.ok(chats.every((c) => c.needs_reply && Date.parse(c.sla_due_at!) <= now));
  });

  it('refuses an unknown filter with a clear error, and writes nothing', async () => {
    const before = writes(stack);
    assertAckError(
      await emitAck(supervisor, 'fetch_all_chats', {
        request_id: 'bad-filter',
        filter: 'overdue',
      } as never),
      'validation_failed',
      'filter',
    );
    assert.equal(writes(stack), before);
  });
});

function midnightOf(stats: DashboardStats): number {
  return Date.parse(startOfDayIso(new Date(stats.generated_at)));
}
