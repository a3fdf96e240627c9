import { DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { aLoad } from '../testing/dashboard-fixtures';
import { boardView, measureWaits } from './board-view';

const NOW = Date.parse('2026-11-25T10:00:00.000Z');
const secondsAgo = (s: number) => new Date(NOW - s * 1000).toISOString();
const SLA = { first_reply_seconds: 300, next_reply_seconds: 600, warning_seconds: 60 };

describe('measureWaits', () => {
  it('rates each longest wait against the first-reply limit', () => {
    const rows = measureWaits(
      [
        aLoad({ oldest_waiting_since: null }),
        aLoad({ oldest_waiting_since: secondsAgo(30) }),
        aLoad({ oldest_waiting_since: secondsAgo(250) }),
        aLoad({ oldest_waiting_since: secondsAgo(300) }),
      ],
      NOW,
      SLA,
    );
    expect(rows.map((r) => [r.waitText, r.waitLevel])).toEqual([
      ['', 'none'],
      ['30 s', 'ok'],
      ['4 min', 'near'],
      ['5 min', 'over'],
    ]);
  });
});

describe('boardView', () => {
  const rows = measureWaits(
    [
      aLoad({ executive_id: 'b', name: 'Bina', open_chats: 2, oldest_waiting_since: null }),
      aLoad({ executive_id: 'a', name: 'Anil', open_chats: 2, status: 'offline' }),
      aLoad({ executive_id: 'c', name: 'Chitra', open_chats: 5 }),
    ],
    NOW,
    DEFAULT_CHAT_CONFIG.sla,
  );
  const everyone = { onlineOnly: false, search: '' };

  it('breaks ties by name', () => {
    const sorted = boardView(rows, everyone, { active: 'open_chats', direction: 'asc' });
    expect(sorted.map((r) => r.name)).toEqual(['Anil', 'Bina', 'Chitra']);
  });

  it('orders by name when the sort is cleared', () => {
    expect(
      boardView(rows, everyone, { active: 'open_chats', direction: '' }).map((r) => r.name),
    ).toEqual(['Anil', 'Bina', 'Chitra']);
  });

  it('filters by presence and by name, ignoring case and spaces', () => {
    const online = boardView(
      rows,
      { onlineOnly: true, search: '  CHI ' },
      {
        active: 'name',
        direction: 'asc',
      },
    );
    expect(online.map((r) => r.name)).toEqual(['Chitra']);
  });

  it('leaves the rows it was given untouched', () => {
    boardView(rows, everyone, { active: 'name', direction: 'desc' });
    expect(rows.map((r) => r.name)).toEqual(['Bina', 'Anil', 'Chitra']);
  });
});
