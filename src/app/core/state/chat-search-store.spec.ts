import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import {
  FakeChatGateway,
  emptyPage,
  provideFakeChatGateway,
} from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { aChat } from '../../testing/payload-fixtures';
import { GatewayError } from '../realtime/gateway-error';
import { ChatListStore } from './chat-list-store';
import { ChatSearchStore, SEARCH_DEBOUNCE_MS } from './chat-search-store';
import { nextFrame } from '../../testing/next-frame';

describe('ChatSearchStore', () => {
  let gateway: FakeChatGateway;
  let list: ChatListStore;
  let store: ChatSearchStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [provideFakeChatGateway(gateway), provideFakeSession()],
    });
    list = TestBed.inject(ChatListStore);
    store = TestBed.inject(ChatSearchStore);
  });

  const ids = () => store.results()?.map((c) => c.chat_id);

  describe('with a mocked clock', () => {
    beforeEach(() => {
      jasmine.clock().install();
      // The debounce reads the time, so the mocked clock must move the date too.
      jasmine.clock().mockDate(new Date('2026-11-25T10:00:00Z'));
    });
    afterEach(() => jasmine.clock().uninstall());

    it('searches after a pause, only the last text typed, and ends with an empty query', () => {
      gateway.searchChat.and.returnValue(of(emptyPage({ chats: [aChat({ chat_id: 'hit' })] })));
      store.search('OW12');
      store.search('OW1234');
      expect(store.query()).toBe('OW1234');
      expect(store.results()).toBeNull();
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS - 1);
      expect(gateway.searchChat).not.toHaveBeenCalled();
      jasmine.clock().tick(1);
      expect(gateway.searchChat).toHaveBeenCalledOnceWith(
        jasmine.objectContaining({ query: 'OW1234' }),
      );
      expect(ids()).toEqual(['hit']);
      expect(store.chat('hit')?.chat_id).toBe('hit');
      store.search('');
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
      expect(store.results()).toBeNull();
      expect(store.chat('hit')).toBeUndefined();
    });

    it('retries a failed search at once, with the same query', () => {
      gateway.searchChat.and.returnValue(
        throwError(
          () => new GatewayError('timeout', 'The search timed out. Try again.', 'search_chat'),
        ),
      );
      store.search('OW1234');
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
      expect(store.error()).toBe('The search timed out. Try again.');
      expect(store.searching()).toBeFalse();
      gateway.searchChat.and.returnValue(of(emptyPage({ chats: [aChat({ chat_id: 'hit' })] })));
      store.retry();
      expect(gateway.searchChat).toHaveBeenCalledTimes(2);
      expect(gateway.searchChat.calls.mostRecent().args[0].query).toBe('OW1234');
      expect(store.error()).toBeNull();
      expect(ids()).toEqual(['hit']);
    });

    it("searches every status and everyone's chats, whatever the list shows", () => {
      list.setScope('mine');
      gateway.searchChat.and.returnValue(
        of(
          emptyPage({
            chats: [
              aChat({ chat_id: 'mine-active', updated_at: '2026-11-25T09:00:00.000Z' }),
              aChat({ chat_id: 'resolved', status: 'resolved' }),
              aChat({
                chat_id: 'theirs-active',
                assigned_executive_id: 'e2',
                updated_at: '2026-11-25T09:30:00.000Z',
              }),
            ],
            total: 9,
            counts: { active: 2, pending: 0, resolved: 7 },
          }),
        ),
      );
      store.search('Ravi');
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
      expect(gateway.searchChat.calls.mostRecent().args[0].assigned_executive_id).toBeUndefined();
      expect(store.counts()).toEqual({ active: 2, pending: 0, resolved: 7 });
      expect(store.total()).toBe(9);
      expect(store.status()).toBe('active');
      expect(ids()).toEqual(['theirs-active', 'mine-active']);
      store.setStatus('resolved');
      expect(ids()).toEqual(['resolved']);
      list.setScope('all');
      expect(gateway.searchChat).toHaveBeenCalledTimes(1);
    });

    it('opens on the first status with matches when the tab shown has none', () => {
      gateway.searchChat.and.returnValue(
        of(
          emptyPage({
            chats: [aChat({ chat_id: 'old', status: 'resolved' })],
            counts: { active: 0, pending: 0, resolved: 1 },
          }),
        ),
      );
      store.search('OW1234');
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
      expect(list.status()).toBe('active');
      expect(store.status()).toBe('resolved');
      expect(ids()).toEqual(['old']);
    });

    it('keeps the status picked when the same search runs again, not for a new one', () => {
      gateway.searchChat.and.returnValue(
        of(
          emptyPage({
            chats: [aChat({ chat_id: 'a' }), aChat({ chat_id: 'p', status: 'pending' })],
            counts: { active: 1, pending: 1, resolved: 0 },
          }),
        ),
      );
      store.search('Ravi');
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
      store.setStatus('pending');
      store.resync();
      expect(store.status()).toBe('pending');
      store.search('Ravi K');
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
      expect(store.status()).toBe('active');
    });

    it('counts the chats it got when the answer counts fewer', () => {
      gateway.searchChat.and.returnValue(
        of(
          emptyPage({
            chats: [aChat({ chat_id: 'a' }), aChat({ chat_id: 'r', status: 'resolved' })],
            counts: { active: 0, pending: 0, resolved: 0 },
          }),
        ),
      );
      store.search('Ravi');
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
      expect(store.counts()).toEqual({ active: 1, pending: 0, resolved: 1 });
    });

    it('searches again on resync, only when there is a search', () => {
      store.resync();
      store.retry();
      expect(gateway.searchChat).not.toHaveBeenCalled();
      store.search('Ravi');
      jasmine.clock().tick(SEARCH_DEBOUNCE_MS);
      store.resync();
      expect(gateway.searchChat).toHaveBeenCalledTimes(2);
    });
  });

  it('keeps the results current with live updates, ignoring stale ones', async () => {
    gateway.searchChat.and.returnValue(
      of(
        emptyPage({
          chats: [aChat({ chat_id: 'c1', version: 3 })],
          counts: { active: 1, pending: 0, resolved: 0 },
        }),
      ),
    );
    store.search('Ravi');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 20));
    gateway.roomUpdate.next(aChat({ chat_id: 'c1', version: 2, customer_name: 'Old' }));
    gateway.roomUpdate.next(aChat({ chat_id: 'c1', version: 4, customer_name: 'Ravi K' }));
    await nextFrame();
    expect(store.results()?.[0].customer_name).toBe('Ravi K');
    gateway.roomUpdate.next(aChat({ chat_id: 'c1', version: 5, status: 'resolved' }));
    await nextFrame();
    expect(store.counts()).toEqual({ active: 0, pending: 0, resolved: 1 });
    store.setStatus('resolved');
    gateway.tagUpdated.next({
      chat_id: 'c1',
      tag: 'refund',
      action: 'applied',
      tags: ['refund'],
      updated_by: 'e1',
      updated_at: '2026-11-25T10:00:00.000Z',
    });
    expect(store.results()?.[0].tags).toEqual(['refund']);
  });
});
