import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import {
  FakeChatGateway,
  emptyPage,
  provideFakeChatGateway,
} from '../../testing/fake-chat-gateway';
import { TEST_EXECUTIVE, provideFakeSession } from '../../testing/fake-session';
import { aChat } from '../../testing/payload-fixtures';
import { FetchAllChat } from '../../../contract';
import { GatewayError } from '../realtime/gateway-error';
import { COMPACT_ABOVE, FIRST_PAGE_SIZE, ChatListStore } from './chat-list-store';
import { nextFrame } from '../../testing/next-frame';

describe('ChatListStore', () => {
  let gateway: FakeChatGateway;
  let store: ChatListStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [provideFakeChatGateway(gateway), provideFakeSession()],
    });
    store = TestBed.inject(ChatListStore);
  });

  it('loads my active chats, newest first, with the counts', () => {
    gateway.fetchAllChatUser.and.returnValue(
      of(
        emptyPage({
          chats: [
            aChat({ chat_id: 'old', updated_at: '2026-11-25T08:00:00.000Z' }),
            aChat({ chat_id: 'new', updated_at: '2026-11-25T10:00:00.000Z' }),
          ],
          counts: { active: 2, pending: 4, resolved: 9 },
        }),
      ),
    );
    store.load();
    expect(gateway.fetchAllChatUser).toHaveBeenCalledWith(
      jasmine.objectContaining({ assigned_executive_id: 'e1', status: 'active' }),
    );
    expect(store.chats().map((c) => c.chat_id)).toEqual(['new', 'old']);
    expect(store.counts()).toEqual({ active: 2, pending: 4, resolved: 9 });
    expect(store.loading()).toBeFalse();
  });

  it("asks for everyone's chats in the All scope and for the chosen tab", () => {
    store.setScope('all');
    expect(
      gateway.fetchAllChatUser.calls.mostRecent().args[0].assigned_executive_id,
    ).toBeUndefined();
    store.setStatus('pending');
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].status).toBe('pending');
  });

  it('narrows everyone’s chats to a focus across the tabs, and lets it go', async () => {
    store.setFocus({ kind: 'unassigned' });
    expect(store.scope()).toBe('all');
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({ filter: 'unassigned', status: 'active' }),
    );
    store.setStatus('pending');
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].filter).toBe('unassigned');

    store.setFocus({ kind: 'executive', executiveId: 'e7' });
    const request = gateway.fetchAllChatUser.calls.mostRecent().args[0];
    expect(request.assigned_executive_id).toBe('e7');
    expect(request.filter).toBeUndefined();

    store.setFocus({ kind: 'unassigned' });
    gateway.roomUpdate.next(
      aChat({ chat_id: 'taken', status: 'pending', assigned_executive_id: 'e2' }),
    );
    gateway.roomUpdate.next(
      aChat({ chat_id: 'free', status: 'pending', assigned_executive_id: null }),
    );
    await nextFrame();
    expect(store.chats().map((c) => c.chat_id)).toEqual(['free']);

    store.setScope('mine');
    expect(store.focus()).toBeNull();
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].filter).toBeUndefined();
  });

  it('says what went wrong when the list cannot load', () => {
    gateway.fetchAllChatUser.and.returnValue(
      throwError(
        () =>
          new GatewayError('offline', 'You are offline. Reconnect, then retry.', 'fetch_all_chats'),
      ),
    );
    store.load();
    expect(store.error()).toBe('You are offline. Reconnect, then retry.');
    expect(store.loading()).toBeFalse();
  });

  it('folds live room updates in a frame, ignoring stale versions, and moves counts', async () => {
    gateway.fetchAllChatUser.and.returnValue(
      of(
        emptyPage({
          chats: [aChat({ version: 3 })],
          counts: { active: 1, pending: 0, resolved: 0 },
        }),
      ),
    );
    store.load();
    gateway.roomUpdate.next(aChat({ version: 2, customer_name: 'Stale' }));
    gateway.roomUpdate.next(aChat({ version: 4, status: 'resolved' }));
    await nextFrame();
    expect(store.chat('c1')?.status).toBe('resolved');
    expect(store.chat('c1')?.customer_name).toBe('Ravi Kumar');
    expect(store.chats()).toEqual([]);
    // A held chat's move between tabs is counted here, without asking the server.
    expect(store.counts()).toEqual({ active: 0, pending: 0, resolved: 1 });
    expect(gateway.fetchAllChatUser).toHaveBeenCalledTimes(1);
  });

  it('asks the server for the counts when a chat it never held turns up', async () => {
    gateway.fetchAllChatUser.and.returnValue(
      of(emptyPage({ chats: [aChat()], counts: { active: 1, pending: 0, resolved: 0 } })),
    );
    store.load();
    gateway.fetchAllChatUser.and.returnValue(
      of(emptyPage({ chats: [], counts: { active: 2, pending: 4, resolved: 9 } })),
    );
    // Whether c2 was already counted (an older chat below the first page) is unknown here.
    gateway.roomUpdate.next(aChat({ chat_id: 'c2', version: 7 }));
    await nextFrame();
    expect(store.chats().map((c) => c.chat_id)).toEqual(['c2', 'c1']);
    expect(gateway.fetchAllChatUser).toHaveBeenCalledTimes(2);
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({ status: 'active', limit: 1 }),
    );
    expect(store.counts()).toEqual({ active: 2, pending: 4, resolved: 9 });
  });

  it('leaves out live updates of chats that are not its own and not in its tab', async () => {
    gateway.fetchAllChatUser.and.returnValue(of(emptyPage({ chats: [aChat()] })));
    store.load();
    gateway.roomUpdate.next(aChat({ chat_id: 'x1', assigned_executive_id: 'someone-else' }));
    gateway.roomUpdate.next(aChat({ chat_id: 'x2', status: 'resolved' }));
    await nextFrame();
    expect(store.chat('x1')).toBeUndefined();
    expect(store.chat('x2')).toBeUndefined();
    // A chat the executive opened is kept whatever the tab.
    store.upsert([aChat({ chat_id: 'x3', status: 'resolved' })]);
    await nextFrame();
    expect(store.chat('x3')?.status).toBe('resolved');
    expect(store.chats().map((c) => c.chat_id)).toEqual(['c1']);
  });

  it('compacts a long list to its newest page and fetches that page again, quietly', () => {
    const at = (n: number) => new Date(Date.UTC(2026, 10, 25, 0, 0, n)).toISOString();
    const many = Array.from({ length: COMPACT_ABOVE + 50 }, (_, n) =>
      aChat({ chat_id: `c${n}`, updated_at: at(n) }),
    );
    gateway.fetchAllChatUser.and.returnValue(of(emptyPage({ chats: many.slice(0, 10) })));
    store.load();
    store.upsert(many);
    expect(store.chats().length).toBe(COMPACT_ABOVE + 50);
    const newest = store.chats().slice(0, 200);
    const page = new Subject<FetchAllChat>();
    gateway.fetchAllChatUser.and.returnValue(page);
    store.compact();
    expect(store.chats()).toEqual(newest);
    expect(store.loading()).toBeFalse();
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].cursor).toBeUndefined();
    page.next(emptyPage({ chats: newest, next_cursor: 'next' }));
    expect(store.hasMore()).toBeTrue();
    expect(store.chats()).toEqual(newest);
    // A short list is left alone.
    gateway.fetchAllChatUser.calls.reset();
    store.compact();
    expect(gateway.fetchAllChatUser).not.toHaveBeenCalled();
  });

  it('lets go of the chats of the tab it leaves', () => {
    gateway.fetchAllChatUser.and.returnValue(of(emptyPage({ chats: [aChat()] })));
    store.load();
    gateway.fetchAllChatUser.and.returnValue(
      of(emptyPage({ chats: [aChat({ chat_id: 'r1', status: 'resolved' })] })),
    );
    store.setStatus('resolved');
    expect(store.chat('c1')).toBeUndefined();
    expect(store.chats().map((c) => c.chat_id)).toEqual(['r1']);
  });

  it('applies tag and assignment events to held chats', () => {
    gateway.fetchAllChatUser.and.returnValue(of(emptyPage({ chats: [aChat()] })));
    store.load();
    gateway.tagUpdated.next({
      chat_id: 'c1',
      tag: 'refund',
      action: 'applied',
      tags: ['refund'],
      updated_by: 'e2',
      updated_at: '2026-11-25T10:00:00.000Z',
    });
    expect(store.chat('c1')?.tags).toEqual(['refund']);
    gateway.chatReassigned.next({
      chat_id: 'c1',
      customer_number: '+919800000001',
      customer_name: 'Ravi Kumar',
      stakeholder: 'customer',
      executive_id: 'e2',
      executive_name: 'Vikram',
      previous_executive_id: 'e1',
      reason: 'Language',
      assigned_at: '2026-11-25T10:00:00.000Z',
    });
    expect(store.chat('c1')?.assigned_executive_id).toBe('e2');
    expect(store.chats()).toEqual([]);
  });

  it('tells how far back the fetched pages reach, until they reach the end', () => {
    gateway.fetchAllChatUser.and.returnValues(
      of(
        emptyPage({
          chats: [
            aChat({ chat_id: 'a', updated_at: '2026-11-25T10:00:00.000Z' }),
            aChat({ chat_id: 'b', updated_at: '2026-11-25T09:00:00.000Z' }),
          ],
          next_cursor: 'p2',
        }),
      ),
      of(
        emptyPage({
          chats: [aChat({ chat_id: 'c', updated_at: '2026-11-25T08:00:00.000Z' })],
          next_cursor: 'p3',
        }),
      ),
      of(emptyPage({ chats: [], next_cursor: null })),
    );
    expect(store.pagedSince()).toBeNull();
    store.load();
    expect(store.pagedSince()).toBe('2026-11-25T09:00:00.000Z');
    // A short first page, so the list shows soon; longer ones as the executive scrolls.
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].limit).toBe(FIRST_PAGE_SIZE);
    store.loadMore();
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].limit).toBeGreaterThan(
      FIRST_PAGE_SIZE,
    );
    expect(store.pagedSince()).toBe('2026-11-25T08:00:00.000Z');
    store.loadMore();
    expect(store.pagedSince()).toBeNull();
  });

  it('forgets how far the pages reached when the tab or scope changes', () => {
    gateway.fetchAllChatUser.and.returnValues(
      of(emptyPage({ chats: [aChat({ chat_id: 'a' })], next_cursor: 'p2' })),
      new Subject<FetchAllChat>(),
    );
    store.load();
    expect(store.pagedSince()).not.toBeNull();
    store.setStatus('pending');
    expect(store.pagedSince()).toBeNull();
  });

  it('refetches the first page of the active filter on resync and resolves once merged', async () => {
    store.setStatus('pending');
    gateway.fetchAllChatUser.calls.reset();
    gateway.fetchAllChatUser.and.returnValue(
      of(emptyPage({ chats: [aChat({ chat_id: 'p1', status: 'pending' })] })),
    );
    await store.resync();
    expect(gateway.fetchAllChatUser).toHaveBeenCalledTimes(1);
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].status).toBe('pending');
    expect(store.chats().map((c) => c.chat_id)).toEqual(['p1']);
  });

  it('pages with the cursor and stops at the end', () => {
    gateway.fetchAllChatUser.and.returnValues(
      of(emptyPage({ chats: [aChat({ chat_id: 'a' })], next_cursor: 'p2' })),
      of(emptyPage({ chats: [aChat({ chat_id: 'b' })], next_cursor: null })),
    );
    store.load();
    expect(store.hasMore()).toBeTrue();
    store.loadMore();
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].cursor).toBe('p2');
    expect(store.chats().length).toBe(2);
    expect(store.hasMore()).toBeFalse();
    store.loadMore();
    expect(gateway.fetchAllChatUser).toHaveBeenCalledTimes(2);
  });
});

describe('ChatListStore for a supervisor', () => {
  let gateway: FakeChatGateway;
  let store: ChatListStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    const supervisor = signal({
      ...TEST_EXECUTIVE,
      executive_id: 's1',
      role: 'supervisor' as const,
    });
    TestBed.configureTestingModule({
      providers: [provideFakeChatGateway(gateway), provideFakeSession(supervisor)],
    });
    store = TestBed.inject(ChatListStore);
  });

  it("opens on everyone's chats, and keeps My chats once chosen", () => {
    expect(store.scope()).toBe('all');
    store.load();
    expect(
      gateway.fetchAllChatUser.calls.mostRecent().args[0].assigned_executive_id,
    ).toBeUndefined();
    store.setScope('mine');
    expect(store.scope()).toBe('mine');
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].assigned_executive_id).toBe('s1');
  });
});
