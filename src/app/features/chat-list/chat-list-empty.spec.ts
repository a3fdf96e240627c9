import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ChatStatus } from '../../../contract';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { ChatListEmpty, ChatListEmptyKind, EmptyListFacts, emptyKindOf } from './chat-list-empty';

describe('emptyKindOf', () => {
  const none: EmptyListFacts = {
    searching: false,
    searchInFlight: false,
    searchFailed: false,
    loading: false,
    failed: false,
  };

  it('tells a search in flight, a failed search and no match apart', () => {
    expect(emptyKindOf({ ...none, searching: true, searchInFlight: true })).toBe('searching');
    expect(emptyKindOf({ ...none, searching: true, searchFailed: true })).toBe('search-error');
    expect(emptyKindOf({ ...none, searching: true })).toBe('no-match');
  });

  it('shows loading, then an error or an empty tab', () => {
    expect(emptyKindOf({ ...none, loading: true })).toBe('loading');
    expect(emptyKindOf({ ...none, failed: true })).toBe('error');
    expect(emptyKindOf(none)).toBe('empty');
  });

  it('lets a search outrank the tab it was typed over', () => {
    expect(emptyKindOf({ ...none, searching: true, loading: true, failed: true })).toBe('no-match');
  });
});

describe('ChatListEmpty', () => {
  let fixture: ComponentFixture<ChatListEmpty>;
  const search = {
    query: signal(''),
    error: signal<string | null>(null),
    retry: jasmine.createSpy('retry'),
    total: signal(0),
    status: signal<ChatStatus>('active'),
    counts: signal({ active: 0, pending: 0, resolved: 0 }),
  };
  const store = {
    status: signal<ChatStatus>('active'),
    scope: signal<'mine' | 'all'>('mine'),
    error: signal<string | null>(null),
    setScope: jasmine.createSpy('setScope'),
    load: jasmine.createSpy('load'),
  };

  function render(kind: ChatListEmptyKind): HTMLElement {
    TestBed.configureTestingModule({
      providers: [
        { provide: ChatListStore, useValue: store },
        { provide: ChatSearchStore, useValue: search },
      ],
    });
    fixture = TestBed.createComponent(ChatListEmpty);
    fixture.componentRef.setInput('kind', kind);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  function button(el: HTMLElement, text: string): HTMLButtonElement {
    return [...el.querySelectorAll('button')].find((b) => b.textContent?.includes(text))!;
  }

  beforeEach(() => {
    search.query.set('');
    search.total.set(0);
    store.scope.set('mine');
    store.status.set('active');
    store.setScope.calls.reset();
    store.load.calls.reset();
    search.retry.calls.reset();
  });

  it('points to All when my tab is empty', () => {
    store.status.set('pending');
    const el = render('empty');
    expect(el.textContent).toContain('No chats here');
    expect(el.textContent).toContain('You have no pending chats. Switch to All');
    button(el, 'Show all chats').click();
    expect(store.setScope).toHaveBeenCalledWith('all');
  });

  it('explains an empty tab in the All scope without pointing anywhere', () => {
    store.scope.set('all');
    store.status.set('resolved');
    const el = render('empty');
    expect(el.textContent).toContain('Chats show up here once they are resolved.');
    expect(button(el, 'Show all chats')).toBeUndefined();
  });

  it('quotes the search that found nothing, and offers to clear it', () => {
    search.query.set('  OW999 ');
    const el = render('no-match');
    expect(el.textContent).toContain('No chats match “OW999”');
    let cleared = false;
    fixture.componentInstance.clearSearch.subscribe(() => (cleared = true));
    button(el, 'Clear search').click();
    expect(cleared).toBeTrue();
  });

  it('points to the statuses that have matches when the one shown has none', () => {
    search.query.set('Ravi');
    search.total.set(5);
    search.counts.set({ active: 0, pending: 0, resolved: 5 });
    const el = render('no-match');
    expect(el.textContent).toContain('No active chats match “Ravi”');
    expect(el.textContent).toContain('Found 5 resolved: pick a tab above to see them.');
  });

  it('retries a failed load and a failed search', () => {
    store.error.set('You are offline.');
    const failed = render('error');
    expect(failed.textContent).toContain('You are offline.');
    button(failed, 'Retry').click();
    expect(store.load).toHaveBeenCalled();

    TestBed.resetTestingModule();
    search.error.set('The search timed out.');
    const searchFailed = render('search-error');
    expect(searchFailed.textContent).toContain('The search timed out.');
    button(searchFailed, 'Try again').click();
    expect(search.retry).toHaveBeenCalled();
  });

  it('shows a labelled skeleton while loading', () => {
    const el = render('loading');
    expect(el.querySelector('[role="status"]')?.getAttribute('aria-label')).toBe('Loading chats');
  });
});
