import { aChat } from '../../../testing/payload-fixtures';
import { isUnread, markOf, needsReply, parseReadMarks } from './chat-read-state';

describe('chat read state', () => {
  const waiting = aChat({
    needs_reply: true,
    unread_count: 2,
    last_customer_message_at: '2026-11-25T10:00:00.000Z',
  });

  it('keeps "needs reply" after the chat was opened, until marked done', () => {
    const opened = { openedAt: '2026-11-25T10:05:00.000Z', doneAt: null, markedUnread: false };
    expect(isUnread(waiting, opened)).toBeFalse();
    expect(needsReply(waiting, opened)).toBeTrue();
    const done = { ...opened, doneAt: '2026-11-25T10:06:00.000Z' };
    expect(needsReply(waiting, done)).toBeFalse();
  });

  it('flags a chat again when the customer writes after it was marked done', () => {
    const done = { openedAt: null, doneAt: '2026-11-25T09:00:00.000Z', markedUnread: false };
    expect(needsReply(waiting, done)).toBeTrue();
  });

  it('is unread until opened, and again when marked unread', () => {
    const none = markOf({}, 'c1');
    expect(isUnread(waiting, none)).toBeTrue();
    const opened = { openedAt: '2026-11-25T10:05:00.000Z', doneAt: null, markedUnread: false };
    expect(isUnread(waiting, opened)).toBeFalse();
    expect(isUnread(waiting, { ...opened, markedUnread: true })).toBeTrue();
    expect(isUnread(aChat(), none)).toBeFalse();
  });

  it('survives corrupt storage', () => {
    expect(parseReadMarks('{not json')).toEqual({});
    expect(parseReadMarks('[1,2]')).toEqual({});
    expect(parseReadMarks(null)).toEqual({});
    expect(
      parseReadMarks(
        '{"c1":{"openedAt":5,"doneAt":"2026-11-25T10:00:00.000Z","markedUnread":true},"c2":7}',
      ),
    ).toEqual({ c1: { openedAt: null, doneAt: '2026-11-25T10:00:00.000Z', markedUnread: true } });
  });
});
