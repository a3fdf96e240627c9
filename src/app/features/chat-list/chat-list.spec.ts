import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import { GatewayError } from '../../core/realtime/gateway-error';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { headerQuery } from '../../testing/chat-list-header-testing';
import { ChatListPage, chatAt } from '../../testing/chat-list-testing';
import { emptyPage } from '../../testing/fake-chat-gateway';
import { aChat } from '../../testing/payload-fixtures';

describe('ChatList', () => {
  let page: ChatListPage;

  beforeEach(() => {
    page = new ChatListPage();
  });

  it('loads my active chats on first render, newest first', async () => {
    await page.render([chatAt('old', 1), chatAt('new', 5)]);
    expect(page.gateway.fetchAllChatUser).toHaveBeenCalledWith(
      jasmine.objectContaining({ assigned_executive_id: 'e1', status: 'active' }),
    );
    expect(page.shownIds()).toEqual(['new', 'old']);
    expect(page.option('new').textContent).toContain('Customer new');
  });

  it('says when it is not live and pauses the SLA countdowns until the console reconnects', async () => {
    const waiting = aChat({
      chat_id: 'w',
      customer_name: 'Waiting customer',
      needs_reply: true,
      sla_due_at: new Date(Date.now() + 4 * 60_000).toISOString(),
    });
    await page.render([waiting]);
    page.gateway.state.next('connected');
    await page.settle();
    expect(page.host.querySelector('.not-live')).toBeNull();

    page.gateway.state.next('reconnecting');
    await page.settle();

    expect(page.host.querySelector('.not-live')?.textContent).toContain('Not live since');
    expect(page.option('w').querySelector('app-chat-row')?.classList).toContain('stale');
    expect(page.option('w').textContent).toContain('paused while not live');
    page.gateway.state.next('connected');
    await page.settle();
    expect(page.host.querySelector('.not-live')).toBeNull();
    expect(page.option('w').querySelector('app-chat-row')?.classList).not.toContain('stale');
  });

  it('shows the status tabs with their counts and switches tab', async () => {
    await page.render([chatAt('a', 1)], { active: 1, pending: 4, resolved: 12 });
    expect(headerQuery.tabLabels(page.host)).toEqual(['Active 1', 'Pending 4', 'Resolved 12']);
    const links = headerQuery.tabs(page.host);
    const panel = page.host.querySelector('[role="tabpanel"]');
    expect(links[0].getAttribute('aria-selected')).toBe('true');
    expect(panel?.getAttribute('aria-labelledby')).toBe(links[0].id);
    links[1].click();
    await page.settle();
    expect(page.gateway.fetchAllChatUser.calls.mostRecent().args[0].status).toBe('pending');
    expect(links[1].getAttribute('aria-selected')).toBe('true');
    expect(panel?.getAttribute('aria-labelledby')).toBe(links[1].id);
    expect(links[1].getAttribute('aria-controls')).toBe(panel?.id ?? 'none');
  });

  it("switches to everyone's chats with the All toggle", async () => {
    await page.render([chatAt('a', 1)]);
    headerQuery.scope(page.host, 'All').click();
    await page.settle();
    expect(
      page.gateway.fetchAllChatUser.calls.mostRecent().args[0].assigned_executive_id,
    ).toBeUndefined();
    expect(TestBed.inject(ChatListStore).scope()).toBe('all');
  });

  it('passes what the executive types to the search store, and clears it', async () => {
    await page.render([chatAt('a', 1)]);
    const store = TestBed.inject(ChatSearchStore);
    spyOn(store, 'search').and.callThrough();
    headerQuery.typeSearch(page.host, 'OW1234');
    await page.settle();
    expect(store.search).toHaveBeenCalledWith('OW1234');
    (page.host.querySelector('button[aria-label="Clear search"]') as HTMLButtonElement).click();
    expect(store.search).toHaveBeenCalledWith('');
  });

  it('says when nothing matches the search', async () => {
    await page.render([chatAt('a', 1)]);
    page.gateway.searchChat.and.returnValue(of(emptyPage({ chats: [] })));
    headerQuery.typeSearch(page.host, 'zzz');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await page.settle();
    expect(page.host.textContent).toContain('No chats match “zzz”');
  });

  it('shows a search error with a way to try again', async () => {
    await page.render([chatAt('a', 1)]);
    page.gateway.searchChat.and.returnValue(
      throwError(() => new GatewayError('timeout', 'The search timed out.', 'search_chat')),
    );
    headerQuery.typeSearch(page.host, 'zzz');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await page.settle();
    expect(page.host.querySelector('[role="alert"]')?.textContent).toContain(
      'The search timed out.',
    );
    page.gateway.searchChat.and.returnValue(of(emptyPage({ chats: [chatAt('hit', 2)] })));
    (page.host.querySelector('.inline-error button') as HTMLButtonElement).click();
    await page.settle();
    expect(page.shownIds()).toEqual(['hit']);
  });

  it('shows a skeleton while the first page loads', async () => {
    page.gateway.fetchAllChatUser.and.returnValue(new Subject());
    await page.create('');
    expect(page.host.querySelector('[role="status"][aria-label="Loading chats"]')).not.toBeNull();
    expect(page.host.querySelectorAll('.skeleton-row').length).toBeGreaterThan(0);
  });

  it('says there are no chats, pointing to All in my scope', async () => {
    await page.render([]);
    expect(page.host.textContent).toContain('No chats here');
    expect(page.host.textContent).toContain('Switch to All to see everyone’s chats.');
    const showAll = page.button('Show all chats');
    showAll?.click();
    expect(TestBed.inject(ChatListStore).scope()).toBe('all');
  });

  it('shows why the list could not load, and retries', async () => {
    page.gateway.fetchAllChatUser.and.returnValue(
      throwError(() => new GatewayError('offline', 'You are offline.', 'fetch_all_chats')),
    );
    await page.create('');
    expect(page.host.textContent).toContain('Chats could not be loaded');
    expect(page.host.textContent).toContain('You are offline.');
    page.gateway.fetchAllChatUser.and.returnValue(of(emptyPage({ chats: [chatAt('a', 1)] })));
    const retry = page.button('Retry');
    retry?.click();
    await page.settle();
    expect(page.shownIds()).toEqual(['a']);
  });
});
