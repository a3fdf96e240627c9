import {
  aLoad,
  aPresenceChange,
  aStats,
  anAlert,
  anAssignment,
  later,
} from '../testing/dashboard-fixtures';
import {
  boardRows,
  foldAssignment,
  foldSlaBreach,
  isNewerSnapshot,
  mergeNewestFirst,
  notePresence,
  prependBounded,
} from './dashboard-picture';

function openChats(stats: ReturnType<typeof aStats>): Record<string, number> {
  return Object.fromEntries(stats.executives.map((e) => [e.executive_id, e.open_chats]));
}

describe('isNewerSnapshot', () => {
  it('takes the first figures, and later ones', () => {
    expect(isNewerSnapshot(null, aStats())).toBeTrue();
    expect(isNewerSnapshot(aStats(), aStats({ generated_at: later(1) }))).toBeTrue();
  });

  it('drops figures generated before the ones shown', () => {
    expect(isNewerSnapshot(aStats({ generated_at: later(5_000) }), aStats())).toBeFalse();
  });
});

describe('foldAssignment', () => {
  it('adds a new chat to its executive', () => {
    expect(openChats(foldAssignment(aStats(), anAssignment()))).toEqual({
      'exec-asha': 4,
      'exec-priya': 3,
    });
  });

  it('moves a reassigned chat from one executive to the other', () => {
    const moved = foldAssignment(
      aStats(),
      anAssignment({ previous_executive_id: 'exec-asha', executive_id: 'exec-priya' }),
    );
    expect(openChats(moved)).toEqual({ 'exec-asha': 3, 'exec-priya': 3 });
  });

  it('leaves figures alone that already include the assignment', () => {
    const stats = aStats({ generated_at: later(120_000) });
    expect(foldAssignment(stats, anAssignment())).toBe(stats);
  });

  it('never counts below zero', () => {
    const stats = aStats({ executives: [aLoad({ open_chats: 0 })] });
    const moved = foldAssignment(
      stats,
      anAssignment({ previous_executive_id: 'exec-asha', executive_id: 'exec-other' }),
    );
    expect(moved.executives[0].open_chats).toBe(0);
  });
});

describe('foldSlaBreach', () => {
  it('counts a new breach for the team and its executive', () => {
    const folded = foldSlaBreach(aStats(), anAlert({ level: 'breach' }));
    expect(folded.sla_breaches_today).toBe(3);
    expect(folded.executives[0].sla_breaches_today).toBe(1);
    expect(folded.executives[1].sla_breaches_today).toBe(0);
  });

  it('does not count warnings, or breaches the figures already hold', () => {
    const stats = aStats();
    expect(foldSlaBreach(stats, anAlert({ level: 'warning' }))).toBe(stats);
    expect(foldSlaBreach(stats, anAlert({ level: 'breach', raised_at: later(-1) }))).toBe(stats);
  });
});

describe('notePresence', () => {
  it('keeps the newest change per executive', () => {
    let marks = notePresence({}, aPresenceChange({ status: 'offline', changed_at: later(2) }));
    marks = notePresence(marks, aPresenceChange({ status: 'online', changed_at: later(1) }));
    expect(marks['exec-asha'].status).toBe('offline');
    marks = notePresence(marks, aPresenceChange({ status: 'online', changed_at: later(3) }));
    expect(marks['exec-asha'].status).toBe('online');
  });
});

describe('boardRows', () => {
  const roster = [
    { executive_id: 'exec-asha', name: 'Asha Nair', status: 'online' as const },
    { executive_id: 'exec-rahul', name: 'Rahul Verma', status: 'offline' as const },
  ];

  it('lists the figures’ executives and the roster’s others with no load', () => {
    const rows = boardRows(aStats(), roster, {});
    expect(rows.map((r) => [r.name, r.open_chats])).toEqual([
      ['Asha Nair', 4],
      ['Priya Sharma', 2],
      ['Rahul Verma', 0],
    ]);
  });

  it('shows a presence change newer than the figures', () => {
    const marks = notePresence({}, aPresenceChange());
    expect(boardRows(aStats(), roster, marks)[0].status).toBe('offline');
  });

  it('keeps the figures’ presence when the change is older', () => {
    const marks = notePresence({}, aPresenceChange({ changed_at: later(-60_000) }));
    expect(boardRows(aStats(), roster, marks)[0].status).toBe('online');
  });

  it('shows the roster before any figures arrive', () => {
    const marks = notePresence(
      {},
      aPresenceChange({ executive_id: 'exec-rahul', status: 'online' }),
    );
    expect(boardRows(null, roster, marks).map((r) => r.status)).toEqual(['online', 'online']);
  });
});

describe('mergeNewestFirst', () => {
  it('joins a feed with the remembered entries, once each, newest first, bounded', () => {
    const entry = (id: string, at: number) => ({ id, at: later(at) });
    const merged = mergeNewestFirst(
      [entry('live', 5_000), entry('both', 1_000)],
      [entry('both', 1_000), entry('old', -9_000), entry('older', -20_000)],
      (e) => e.id,
      (e) => e.at,
      3,
    );
    expect(merged.map((e) => e.id)).toEqual(['live', 'both', 'old']);
  });
});

describe('prependBounded', () => {
  const key = (n: number) => String(n);

  it('puts the newest first and drops the oldest past the limit', () => {
    let list: readonly number[] = [];
    for (let n = 1; n <= 5; n++) {
      list = prependBounded(list, n, key, 3);
    }
    expect(list).toEqual([5, 4, 3]);
  });

  it('adds an item only once', () => {
    const list = prependBounded([], 1, key, 3);
    expect(prependBounded(list, 1, key, 3)).toBe(list);
  });
});
