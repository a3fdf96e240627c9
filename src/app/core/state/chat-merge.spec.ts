import { aChat as chat } from '../../testing/payload-fixtures';
import {
  ChatFilter,
  adjustCounts,
  applyAssignment,
  applyTagUpdate,
  compareChats,
  reconcileFirstPage,
  matchesFilter,
  reorder,
  sortedMatches,
  upsertChats,
} from './chat-merge';

describe('chat merge', () => {
  const mine: ChatFilter = { scope: 'mine', status: 'active', executiveId: 'e1' };
  const all: ChatFilter = { scope: 'all', status: 'active', executiveId: 'e1' };

  it('keeps the newest version and ignores stale or repeated updates', () => {
    const v2 = chat({ version: 2, customer_name: 'New' });
    let index = upsertChats(new Map(), [v2]);
    const same = upsertChats(index, [chat({ version: 1, customer_name: 'Old' })]);
    expect(same).toBe(index);
    expect(upsertChats(index, [v2])).toBe(index);
    index = upsertChats(index, [chat({ version: 3, customer_name: 'Newest' })]);
    expect(index.get('c1')?.customer_name).toBe('Newest');
  });

  it('orders by newest activity, ties by chat id descending as the server pages them', () => {
    const a = chat({ chat_id: 'a', updated_at: '2026-11-25T09:00:00.000Z' });
    const b = chat({ chat_id: 'b', updated_at: '2026-11-25T10:00:00.000Z' });
    const c = chat({ chat_id: 'c', updated_at: '2026-11-25T09:00:00.000Z' });
    expect([a, b, c].sort(compareChats).map((x) => x.chat_id)).toEqual(['b', 'c', 'a']);
    expect(compareChats(a, { ...a })).toBe(0);
  });

  it('keeps the sorted order along as chats change, as sorting afresh would', () => {
    // A deterministic shuffle of chats over five executives, two statuses and clashing times.
    const at = (n: number) => `2026-11-25T${String(8 + (n % 9)).padStart(2, '0')}:00:00.000Z`;
    const make = (n: number, version: number) =>
      chat({
        chat_id: `c${String(n).padStart(3, '0')}`,
        version,
        updated_at: at((n * 7 + version * 3) % 40),
        status: (n + version) % 4 === 0 ? 'pending' : 'active',
        assigned_executive_id: `e${(n * version) % 5}`,
      });
    let index = upsertChats(
      new Map(),
      Array.from({ length: 120 }, (_, n) => make(n, 1)),
    );
    for (const filter of [mine, all]) {
      let order: readonly ReturnType<typeof chat>[] = sortedMatches(index, filter);
      for (let round = 2; round < 12; round++) {
        const batch = Array.from({ length: 9 }, (_, k) => make((round * 13 + k * 11) % 130, round));
        index = upsertChats(index, batch);
        order = reorder(order, new Set(batch.map((c) => c.chat_id)), index, filter);
        expect(order.map((c) => c.chat_id)).toEqual(
          sortedMatches(index, filter).map((c) => c.chat_id),
        );
      }
    }
  });

  it('returns the same order when no changed chat is or becomes part of it', () => {
    const index = upsertChats(new Map(), [chat({ chat_id: 'a' }), chat({ chat_id: 'b' })]);
    const order = sortedMatches(index, mine);
    const elsewhere = upsertChats(index, [chat({ chat_id: 'x', assigned_executive_id: 'e2' })]);
    expect(reorder(order, new Set(['x']), elsewhere, mine)).toBe(order);
    expect(reorder(order, new Set(), index, mine)).toBe(order);
  });

  it('filters by scope and status', () => {
    expect(matchesFilter(chat(), mine)).toBeTrue();
    expect(matchesFilter(chat({ assigned_executive_id: 'e2' }), mine)).toBeFalse();
    expect(matchesFilter(chat({ assigned_executive_id: null }), all)).toBeTrue();
    expect(matchesFilter(chat({ status: 'pending' }), all)).toBeFalse();
  });

  it('moves a count between tabs when a chat changes status', () => {
    const counts = { active: 3, pending: 1, resolved: 0 };
    const before = chat();
    const after = chat({ status: 'resolved', version: 2 });
    expect(adjustCounts(counts, before, after, mine)).toEqual({
      active: 2,
      pending: 1,
      resolved: 1,
    });
  });

  it('counts a new chat and a chat reassigned away from me', () => {
    const counts = { active: 1, pending: 0, resolved: 0 };
    expect(adjustCounts(counts, undefined, chat({ status: 'pending' }), mine)).toEqual({
      active: 1,
      pending: 1,
      resolved: 0,
    });
    const away = chat({ assigned_executive_id: 'e2', version: 2 });
    expect(adjustCounts(counts, chat(), away, mine)).toEqual({
      active: 0,
      pending: 0,
      resolved: 0,
    });
    expect(adjustCounts(counts, chat(), away, all)).toBe(counts);
  });

  it('never counts below zero', () => {
    const counts = { active: 0, pending: 0, resolved: 0 };
    const result = adjustCounts(counts, chat(), chat({ status: 'pending', version: 2 }), all);
    expect(result).toEqual({ active: 0, pending: 1, resolved: 0 });
  });

  it('applies tag and assignment events to the right chat only', () => {
    const held = chat({ tags: ['refund'] });
    const update = {
      chat_id: 'c1',
      tag: 'vip',
      action: 'applied' as const,
      tags: ['refund', 'vip'],
      updated_by: 'e2',
      updated_at: '2026-11-25T10:00:00.000Z',
    };
    expect(applyTagUpdate(held, update).tags).toEqual(['refund', 'vip']);
    expect(applyTagUpdate(chat({ chat_id: 'other' }), update).tags).toEqual([]);
    const moved = applyAssignment(held, {
      chat_id: 'c1',
      customer_number: held.customer_number,
      customer_name: held.customer_name,
      stakeholder: 'customer',
      executive_id: 'e2',
      executive_name: 'Vikram',
      previous_executive_id: 'e1',
      reason: 'Shift change',
      assigned_at: '2026-11-25T10:00:00.000Z',
    });
    expect(moved.assigned_executive_id).toBe('e2');
    expect(moved.assigned_executive_name).toBe('Vikram');
  });
});

describe('reconcileFirstPage', () => {
  const filter: ChatFilter = { scope: 'all', status: 'active', executiveId: 'e1' };

  it('drops held chats the server no longer lists in the page range', () => {
    const gone = chat({ chat_id: 'gone', updated_at: '2026-11-25T09:30:00.000Z' });
    const older = chat({ chat_id: 'older', updated_at: '2026-11-25T07:00:00.000Z' });
    const other = chat({
      chat_id: 'other',
      status: 'resolved',
      updated_at: '2026-11-25T09:30:00.000Z',
    });
    const index = upsertChats(new Map(), [gone, older, other]);
    const page = [
      chat({ chat_id: 'a', updated_at: '2026-11-25T10:00:00.000Z' }),
      chat({ chat_id: 'b', updated_at: '2026-11-25T08:00:00.000Z' }),
    ];
    const next = reconcileFirstPage(index, page, filter, false);
    expect([...next.keys()].sort()).toEqual(['a', 'b', 'older', 'other']);
    const whole = reconcileFirstPage(index, page, filter, true);
    expect([...whole.keys()].sort()).toEqual(['a', 'b', 'other']);
  });

  it('keeps a newer live version over an older fetched one', () => {
    const live = chat({ chat_id: 'a', version: 5, customer_name: 'Live' });
    const index = upsertChats(new Map(), [live]);
    const next = reconcileFirstPage(index, [chat({ chat_id: 'a', version: 4 })], filter, true);
    expect(next.get('a')?.customer_name).toBe('Live');
  });
});
