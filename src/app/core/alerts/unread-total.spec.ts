import { aChat } from '../../testing/payload-fixtures';
import { UnreadEntry, UnreadLedger, foldUnread, unreadTotal } from './unread-total';

describe('unread total', () => {
  const me = 'e1';

  it('adds up waiting messages of my open chats only', () => {
    const listed = [
      aChat({ chat_id: 'a', unread_count: 2 }),
      aChat({ chat_id: 'b', unread_count: 3 }),
      aChat({ chat_id: 'c', unread_count: 5, assigned_executive_id: 'other' }),
      aChat({ chat_id: 'd', unread_count: 7, status: 'resolved' }),
    ];
    expect(unreadTotal(listed, new Map(), me)).toBe(5);
    expect(unreadTotal(listed, new Map(), null)).toBe(0);
  });

  it('lets newer live updates override the list, including chats outside its filter', () => {
    const listed = [aChat({ chat_id: 'a', unread_count: 2, version: 3 })];
    const live = new Map<string, UnreadEntry>();
    foldUnread(live, [aChat({ chat_id: 'a', unread_count: 0, version: 4 })], me);
    foldUnread(live, [aChat({ chat_id: 'p', unread_count: 4, status: 'pending' })], me);
    expect(unreadTotal(listed, live, me)).toBe(4);
  });

  it('drops stale updates and chats that were never mine', () => {
    const live = new Map<string, UnreadEntry>();
    expect(foldUnread(live, [aChat({ chat_id: 'a', unread_count: 2, version: 5 })], me)).toBe(true);
    expect(foldUnread(live, [aChat({ chat_id: 'a', unread_count: 9, version: 4 })], me)).toBe(
      false,
    );
    expect(foldUnread(live, [aChat({ chat_id: 'x', assigned_executive_id: 'other' })], me)).toBe(
      false,
    );
    expect(unreadTotal([], live, me)).toBe(2);
  });

  it('stops counting a chat reassigned away from me', () => {
    const live = new Map<string, UnreadEntry>();
    foldUnread(live, [aChat({ chat_id: 'a', unread_count: 2, version: 1 })], me);
    foldUnread(
      live,
      [aChat({ chat_id: 'a', unread_count: 2, version: 2, assigned_executive_id: 'other' })],
      me,
    );
    expect(unreadTotal([], live, me)).toBe(0);
    expect(live.size).toBe(0);
  });

  it('folds a batch, the newest version of each chat winning', () => {
    const live = new Map<string, UnreadEntry>();
    foldUnread(
      live,
      [
        aChat({ chat_id: 'a', unread_count: 1, version: 1 }),
        aChat({ chat_id: 'b', unread_count: 2, version: 1 }),
        aChat({ chat_id: 'a', unread_count: 3, version: 2 }),
        aChat({ chat_id: 'b', unread_count: 9, version: 0 }),
      ],
      me,
    );
    expect(unreadTotal([], live, me)).toBe(5);
    expect(foldUnread(live, [], me)).toBe(false);
  });
});

describe('UnreadLedger', () => {
  it("holds one executive's entries and tells when they change", () => {
    const ledger = new UnreadLedger();
    const before = ledger.changes();
    ledger.fold([aChat({ chat_id: 'a', unread_count: 2, version: 1 })], 'e1');
    expect(ledger.changes()).toBeGreaterThan(before);
    expect(unreadTotal([], ledger.entriesOf('e1'), 'e1')).toBe(2);
    expect(ledger.entriesOf('e2').size).toBe(0);

    const unchanged = ledger.changes();
    ledger.fold([aChat({ chat_id: 'a', unread_count: 7, version: 1 })], 'e1');
    expect(ledger.changes()).toBe(unchanged);

    // Another executive signs in on the same tab: the first one's entries are gone.
    ledger.fold(
      [aChat({ chat_id: 'b', unread_count: 1, version: 1, assigned_executive_id: 'e2' })],
      'e2',
    );
    expect(unreadTotal([], ledger.entriesOf('e2'), 'e2')).toBe(1);
    expect(ledger.entriesOf('e1').size).toBe(0);
  });
});
