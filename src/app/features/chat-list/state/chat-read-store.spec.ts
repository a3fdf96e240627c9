import { WritableSignal, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { aChat } from '../../../testing/payload-fixtures';
import { Chats, Executive } from '../../../../contract';
import { MemoryStorage } from '../../../core/api/api-testing';
import { Session } from '../../../core/auth/session';
import { ChatListStore } from '../../../core/state/chat-list-store';
import {
  ChatReadStore,
  MAX_READ_MARKS,
  READ_MARKS_KEY_PREFIX,
  READ_MARKS_STORAGE,
} from './chat-read-store';

function anExecutive(id: string): Executive {
  return {
    executive_id: id,
    name: id,
    email: `${id}@example.test`,
    role: 'executive',
    status: 'online',
  };
}

describe('ChatReadStore', () => {
  let storage: MemoryStorage;
  let executive: WritableSignal<Executive | null>;
  let held: Map<string, Chats>;

  const waiting = aChat({
    chat_id: 'c1',
    needs_reply: true,
    unread_count: 2,
    last_customer_message_at: '2026-11-25T10:00:00.000Z',
  });

  function setUp(): ChatReadStore {
    TestBed.configureTestingModule({
      providers: [
        { provide: READ_MARKS_STORAGE, useValue: storage },
        { provide: Session, useValue: { executive } },
        { provide: ChatListStore, useValue: { chat: (id: string) => held.get(id) } },
      ],
    });
    return TestBed.inject(ChatReadStore);
  }

  beforeEach(() => {
    storage = new MemoryStorage();
    executive = signal<Executive | null>(anExecutive('e1'));
    held = new Map([['c1', waiting]]);
  });

  it('shows a waiting chat as unread and needing a reply until it is opened', () => {
    const store = setUp();
    expect(store.isUnread(waiting)).toBeTrue();
    expect(store.needsReply(waiting)).toBeTrue();
    store.opened('c1');
    expect(store.isUnread(waiting)).toBeFalse();
    expect(store.needsReply(waiting)).toBeTrue();
  });

  it('clears "needs reply" and unread when marked done, until the customer writes again', () => {
    const store = setUp();
    store.markDone('c1');
    expect(store.needsReply(waiting)).toBeFalse();
    expect(store.isUnread(waiting)).toBeFalse();
    const later = new Date(Date.now() + 60_000).toISOString();
    const wroteAgain = { ...waiting, last_customer_message_at: later };
    expect(store.needsReply(wroteAgain)).toBeTrue();
    expect(store.isUnread(wroteAgain)).toBeTrue();
  });

  it('marks a chat unread again, and opening it clears that', () => {
    const store = setUp();
    store.opened('c1');
    store.markUnread('c1');
    expect(store.isUnread(waiting)).toBeTrue();
    expect(store.isUnread(aChat({ chat_id: 'c1', unread_count: 0 }))).toBeTrue();
    store.opened('c1');
    expect(store.isUnread(waiting)).toBeFalse();
  });

  it('does not leave a chat unread when the server clock runs ahead of the browser', () => {
    const ahead = new Date(Date.now() + 3_600_000).toISOString();
    const fromTheFuture = { ...waiting, last_customer_message_at: ahead };
    held.set('c1', fromTheFuture);
    const store = setUp();
    store.opened('c1');
    expect(store.isUnread(fromTheFuture)).toBeFalse();
    store.markDone('c1');
    expect(store.needsReply(fromTheFuture)).toBeFalse();
  });

  it('persists marks per executive under ccc.read.<executive_id>', () => {
    const store = setUp();
    store.markDone('c1');
    const stored = JSON.parse(storage.getItem(`${READ_MARKS_KEY_PREFIX}e1`) ?? '{}');
    expect(stored['c1'].doneAt).toEqual(jasmine.any(String));
    expect(storage.getItem(`${READ_MARKS_KEY_PREFIX}e2`)).toBeNull();
  });

  it('restores marks after a reload', () => {
    setUp().markDone('c1');
    const reloaded = TestBed.runInInjectionContext(() => new ChatReadStore());
    expect(reloaded.needsReply(waiting)).toBeFalse();
  });

  it('keeps one executive’s marks away from another on the same browser', () => {
    const store = setUp();
    store.markDone('c1');
    executive.set(anExecutive('e2'));
    expect(store.needsReply(waiting)).toBeTrue();
    executive.set(anExecutive('e1'));
    expect(store.needsReply(waiting)).toBeFalse();
  });

  it('starts empty over corrupt storage', () => {
    storage.setItem(`${READ_MARKS_KEY_PREFIX}e1`, '{broken');
    const store = setUp();
    expect(store.marks()).toEqual({});
    expect(store.isUnread(waiting)).toBeTrue();
  });

  it('keeps working when storage refuses writes', () => {
    spyOn(storage, 'setItem').and.throwError('QuotaExceededError');
    const store = setUp();
    store.markDone('c1');
    expect(store.needsReply(waiting)).toBeFalse();
  });

  it('follows marks written by another tab of the same executive', () => {
    const store = setUp();
    const marks = {
      c1: { openedAt: null, doneAt: '2026-11-25T11:00:00.000Z', markedUnread: false },
    };
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: `${READ_MARKS_KEY_PREFIX}e1`,
        newValue: JSON.stringify(marks),
      }),
    );
    expect(store.needsReply(waiting)).toBeFalse();
  });

  it('drops the least recently touched marks beyond the limit', () => {
    const old: Record<string, unknown> = {};
    for (let i = 0; i < MAX_READ_MARKS; i++) {
      old[`old${i}`] = { openedAt: '2020-01-01T00:00:00.000Z', doneAt: null, markedUnread: false };
    }
    storage.setItem(`${READ_MARKS_KEY_PREFIX}e1`, JSON.stringify(old));
    const store = setUp();
    store.opened('c1');
    expect(Object.keys(store.marks()).length).toBe(MAX_READ_MARKS);
    expect(store.markOf('c1').openedAt).not.toBeNull();
  });
});
