import { aChat } from '../../testing/payload-fixtures';
import { UnreadEntry, foldUnread, unreadTotal } from './unread-total';

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
    let live: ReadonlyMap<string, UnreadEntry> = new Map();
    live = foldUnread(live, [aChat({ chat_id: 'a', unread_count: 0, version: 4 })], me);
    live = foldUnread(live, [aChat({ chat_id: 'p', unread_count: 4, status: 'pending' })], me);
    expect(unreadTotal(listed, live, me)).toBe(4);
  });

  it('drops stale updates and chats that were never mine', () => {
    let live: ReadonlyMap<string, UnreadEntry> = new Map();
    live = foldUnread(live, [aChat({ chat_id: 'a', unread_count: 2, version: 5 })], me);
    const stale = foldUnread(live, [aChat({ chat_id: 'a', unread_count: 9, version: 4 })], me);
    expect(stale).toBe(live);
    const others = foldUnread(live, [aChat({ chat_id: 'x', assigned_executive_id: 'other' })], me);
    expect(others).toBe(live);
  });

  it('stops counting a chat reassigned away from me', () => {
    let live: ReadonlyMap<string, UnreadEntry> = new Map();
    live = foldUnread(live, [aChat({ chat_id: 'a', unread_count: 2, version: 1 })], me);
    live = foldUnread(
      live,
      [aChat({ chat_id: 'a', unread_count: 2, version: 2, assigned_executive_id: 'other' })],
      me,
    );
    expect(unreadTotal([], live, me)).toBe(0);
    expect(live.size).toBe(0);
  });

  it('folds a batch with one copy, the newest version of each chat winning', () => {
    const held: ReadonlyMap<string, UnreadEntry> = new Map();
    const live = foldUnread(
      held,
      [
        aChat({ chat_id: 'a', unread_count: 1, version: 1 }),
        aChat({ chat_id: 'b', unread_count: 2, version: 1 }),
        aChat({ chat_id: 'a', unread_count: 3, version: 2 }),
        aChat({ chat_id: 'b', unread_count: 9, version: 0 }),
      ],
      me,
    );
    expect(held.size).toBe(0);
    expect(unreadTotal([], live, me)).toBe(5);
    expect(foldUnread(live, [], me)).toBe(live);
  });
});
