import { fromServer } from '../../../core/state/message-merge';
import { aMessage } from '../../../testing/payload-fixtures';
import { ListRow, dayLabel, messageRows } from './message-rows';
import { dayHeading } from '../../../shared/time/time-format';

function at(year: number, month: number, day: number, hour = 9, minute = 0): string {
  return new Date(year, month - 1, day, hour, minute).toISOString();
}

function labels(rows: ListRow[]): string[] {
  return rows.map((r) =>
    r.kind === 'day'
      ? `[${r.label}]`
      : r.kind === 'note'
        ? `note:${r.note.note_id}`
        : r.message.message_id,
  );
}

describe('dayLabel', () => {
  const now = new Date(2026, 10, 25, 15, 0);

  it('says Today and Yesterday by calendar day, not by 24 hours', () => {
    expect(dayLabel(new Date(2026, 10, 25, 0, 5), now)).toBe('Today');
    expect(dayLabel(new Date(2026, 10, 24, 23, 55), now)).toBe('Yesterday');
  });

  it('names older days of this year by weekday, day and month', () => {
    const monday = new Date(2026, 10, 23, 10);
    expect(dayLabel(monday, now)).toBe(dayHeading(monday, now.getTime()));
    expect(dayLabel(monday, now)).toMatch(/Mon/);
    expect(dayLabel(monday, now)).not.toMatch(/2026/);
  });

  it('adds the year for days of another year', () => {
    expect(dayLabel(new Date(2025, 11, 31, 10), now)).toMatch(/Wed.*2025/);
  });
});

describe('messageRows', () => {
  const now = new Date(2026, 10, 25, 15, 0).getTime();

  it('puts a separator before the first message of each day', () => {
    const rows = messageRows(
      [
        fromServer(aMessage({ message_id: 'a', created_at: at(2026, 11, 23, 10) })),
        fromServer(aMessage({ message_id: 'b', created_at: at(2026, 11, 23, 18) })),
        fromServer(aMessage({ message_id: 'c', created_at: at(2026, 11, 24, 9) })),
        fromServer(aMessage({ message_id: 'd', created_at: at(2026, 11, 25, 8) })),
      ],
      now,
    );
    expect(labels(rows)).toEqual([
      `[${dayHeading(at(2026, 11, 23, 10), now)}]`,
      'a',
      'b',
      '[Yesterday]',
      'c',
      '[Today]',
      'd',
    ]);
  });

  it('returns no rows for no messages', () => {
    expect(messageRows([], now)).toEqual([]);
  });

  it('groups close messages of one sender and starts a new group on a new day', () => {
    const rows = messageRows(
      [
        fromServer(aMessage({ message_id: 'a', created_at: at(2026, 11, 24, 23, 58) })),
        fromServer(aMessage({ message_id: 'b', created_at: at(2026, 11, 24, 23, 59) })),
        fromServer(aMessage({ message_id: 'c', created_at: at(2026, 11, 25, 0, 1) })),
        fromServer(
          aMessage({
            message_id: 'd',
            sender_type: 'executive',
            sender_id: 'e1',
            created_at: at(2026, 11, 25, 0, 2),
          }),
        ),
      ],
      now,
    );
    const continued = rows.flatMap((r) => (r.kind === 'message' ? [r.continued] : []));
    expect(continued).toEqual([false, true, false, false]);
  });

  it('keys an optimistic message and its acknowledged copy alike', () => {
    const pending = {
      ...fromServer(aMessage({ message_id: 'local:x', client_message_id: 'x' })),
      local: 'pending' as const,
    };
    const acked = fromServer(aMessage({ message_id: 'm9', client_message_id: 'x' }));
    expect(messageRows([pending], now)[1].key).toBe(messageRows([acked], now)[1].key);
  });
});

describe('messageRows with internal notes', () => {
  const now = new Date(2026, 10, 25, 15, 0).getTime();
  const note = (id: string, created_at: string) => ({
    note_id: id,
    chat_id: 'c1',
    content: `Note ${id}`,
    author_id: 'e1',
    author_name: 'Asha Verma',
    created_at,
  });

  it('puts each note between the messages by time, with its own day', () => {
    const messages = [
      fromServer(aMessage({ message_id: 'm1', created_at: at(2026, 11, 24, 9) })),
      fromServer(aMessage({ message_id: 'm2', created_at: at(2026, 11, 25, 9) })),
      fromServer(aMessage({ message_id: 'm3', created_at: at(2026, 11, 25, 11) })),
    ];
    const notes = [note('n1', at(2026, 11, 24, 10)), note('n2', at(2026, 11, 25, 12))];
    expect(labels(messageRows(messages, now, notes))).toEqual([
      '[Yesterday]',
      'm1',
      'note:n1',
      '[Today]',
      'm2',
      'm3',
      'note:n2',
    ]);
  });

  it('breaks a sender group at a note', () => {
    const messages = [
      fromServer(aMessage({ message_id: 'm1', created_at: at(2026, 11, 25, 9, 0) })),
      fromServer(aMessage({ message_id: 'm2', created_at: at(2026, 11, 25, 9, 2) })),
    ];
    const rows = messageRows(messages, now, [note('n1', at(2026, 11, 25, 9, 1))]);
    const second = rows.find((r) => r.kind === 'message' && r.key === 'm2');
    expect(second?.kind === 'message' && second.continued).toBeFalse();
  });

  it('keeps a note with an unreadable time at the end', () => {
    const messages = [fromServer(aMessage({ message_id: 'm1', created_at: at(2026, 11, 25, 9) }))];
    expect(labels(messageRows(messages, now, [note('n1', 'not a date')]))).toEqual([
      '[Today]',
      'm1',
      'note:n1',
    ]);
  });
});
