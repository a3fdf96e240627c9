import { WritableSignal, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { ChatListStore } from './chat-list-store';
import { ChatSearchStore } from './chat-search-store';
import { ConversationStore } from './conversation-store';
import { LIVE_NOTICE_MS, ResyncStore, STALE_AFTER_MS, resyncMode } from './resync-store';

describe('ResyncStore', () => {
  let gateway: FakeChatGateway;
  let store: ResyncStore;
  let chatList: jasmine.SpyObj<Pick<ChatListStore, 'resync' | 'error'>>;
  let listError: WritableSignal<string | null>;
  let conversation: jasmine.SpyObj<Pick<ConversationStore, 'resync'>>;
  let finishList: () => void;
  let search: jasmine.SpyObj<Pick<ChatSearchStore, 'resync'>>;

  beforeEach(() => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-25T10:00:00Z'));
    gateway = new FakeChatGateway();
    listError = signal<string | null>(null);
    chatList = jasmine.createSpyObj('ChatListStore', ['resync'], { error: listError });
    chatList.resync.and.callFake(() => new Promise<void>((resolve) => (finishList = resolve)));
    search = jasmine.createSpyObj('ChatSearchStore', ['resync']);
    conversation = jasmine.createSpyObj('ConversationStore', ['resync']);
    conversation.resync.and.resolveTo();
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(),
        { provide: ChatListStore, useValue: chatList },
        { provide: ConversationStore, useValue: conversation },
        { provide: ChatSearchStore, useValue: search },
      ],
    });
    store = TestBed.inject(ResyncStore);
    gateway.state.next('connected');
  });

  afterEach(() => jasmine.clock().uninstall());

  async function reconnectAfter(ms: number): Promise<void> {
    gateway.state.next('reconnecting');
    jasmine.clock().tick(ms);
    gateway.state.next('connected');
    gateway.reconnectedSubject.next();
    await Promise.resolve();
  }

  it('fetches only the gap after a short drop, then says it is live', async () => {
    await reconnectAfter(5000);
    expect(conversation.resync).toHaveBeenCalledWith('gap');
    expect(chatList.resync).toHaveBeenCalledTimes(1);
    expect(search.resync).toHaveBeenCalledTimes(1);
    expect(store.phase()).toBe('catching-up');
    finishList();
    await new Promise<void>((resolve) => queueMicrotask(resolve));
    await Promise.resolve();
    expect(store.phase()).toBe('live');
    jasmine.clock().tick(LIVE_NOTICE_MS);
    expect(store.phase()).toBe('idle');
  });

  it('warns that data may be stale after a long time offline and reloads everything', async () => {
    gateway.state.next('reconnecting');
    jasmine.clock().tick(STALE_AFTER_MS - 1);
    expect(store.stale()).toBeFalse();
    jasmine.clock().tick(1);
    expect(store.stale()).toBeTrue();
    gateway.state.next('connected');
    gateway.reconnectedSubject.next();
    expect(store.stale()).toBeFalse();
    expect(store.phase()).toBe('refreshing');
    expect(conversation.resync).toHaveBeenCalledWith('full');
  });

  it('picks the resync from the time offline', () => {
    expect(resyncMode(STALE_AFTER_MS - 1)).toBe('gap');
    expect(resyncMode(STALE_AFTER_MS)).toBe('full');
  });

  it('loads the list again once connected when its first page failed on the way in', () => {
    gateway.state.next('connecting');
    listError.set('You are not connected to the chat server.');
    gateway.state.next('connected');
    expect(chatList.resync).toHaveBeenCalledTimes(1);
  });
});
