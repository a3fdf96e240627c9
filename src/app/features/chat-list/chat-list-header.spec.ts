import {
  ChangeDetectionStrategy,
  Component,
  WritableSignal,
  signal,
  viewChild,
} from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ChatStatus } from '../../../contract';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { ListFocus } from '../../core/state/list-focus';
import { ChatListHeader } from './chat-list-header';
import { ListFocusRoute } from './list-focus';
import { headerQuery as q } from '../../testing/chat-list-header-testing';

@Component({
  imports: [ChatListHeader],
  template: `
    <app-chat-list-header panelId="list-panel" [showSearchError]="showSearchError()" />
    <div id="list-panel" role="tabpanel"></div>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly showSearchError = signal(true);
  readonly header = viewChild.required(ChatListHeader);
}

describe('ChatListHeader', () => {
  let fixture: ComponentFixture<Host>;
  let el: HTMLElement;
  let store: {
    scope: WritableSignal<'mine' | 'all'>;
    status: WritableSignal<ChatStatus>;
    counts: WritableSignal<Record<ChatStatus, number>>;
    setScope: jasmine.Spy;
    setStatus: jasmine.Spy;
    focus: WritableSignal<ListFocus | null>;
  };
  let focusRoute: { show: jasmine.Spy };
  let search: {
    query: WritableSignal<string>;
    searching: WritableSignal<boolean>;
    error: WritableSignal<string | null>;
    answered: WritableSignal<boolean>;
    status: WritableSignal<ChatStatus>;
    counts: WritableSignal<Record<ChatStatus, number>>;
    total: WritableSignal<number>;
    search: jasmine.Spy;
    retry: jasmine.Spy;
    setStatus: jasmine.Spy;
  };

  beforeEach(async () => {
    store = {
      scope: signal<'mine' | 'all'>('mine'),
      status: signal<ChatStatus>('active'),
      counts: signal({ active: 3, pending: 1, resolved: 20 }),
      setScope: jasmine.createSpy('setScope'),
      setStatus: jasmine.createSpy('setStatus'),
      focus: signal<ListFocus | null>(null),
    };
    focusRoute = { show: jasmine.createSpy('show') };
    search = {
      query: signal(''),
      searching: signal(false),
      error: signal<string | null>(null),
      answered: signal(false),
      status: signal<ChatStatus>('active'),
      counts: signal({ active: 0, pending: 0, resolved: 0 }),
      total: signal(0),
      setStatus: jasmine.createSpy('setStatus'),
      search: jasmine.createSpy('search').and.callFake((q: string) => search.query.set(q)),
      retry: jasmine.createSpy('retry'),
    };
    TestBed.configureTestingModule({
      providers: [
        { provide: ChatListStore, useValue: store },
        { provide: ChatSearchStore, useValue: search },
        { provide: ListFocusRoute, useValue: focusRoute },
      ],
    });
    fixture = TestBed.createComponent(Host);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  it('shows the counts on the status tabs and switches tab', () => {
    expect(q.tabLabels(el)).toEqual(['Active 3', 'Pending 1', 'Resolved 20']);
    const tabs = q.tabs(el);
    expect(tabs.map((tab) => tab.getAttribute('aria-selected'))).toEqual([
      'true',
      'false',
      'false',
    ]);
    expect(tabs.every((tab) => tab.getAttribute('aria-controls') === 'list-panel')).toBeTrue();
    tabs[2].click();
    expect(store.setStatus).toHaveBeenCalledWith('resolved');
  });

  it('moves along the status tabs with the arrow keys, Home and End; Enter picks one', () => {
    const tabs = q.tabs(el);
    expect(tabs.map((tab) => tab.tabIndex)).toEqual([0, -1, -1]);
    const press = (key: string) =>
      (document.activeElement as HTMLElement).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }),
      );
    tabs[0].focus();
    press('ArrowRight');
    expect(document.activeElement).toBe(tabs[1]);
    press('End');
    expect(document.activeElement).toBe(tabs[2]);
    press('ArrowRight');
    expect(document.activeElement).toBe(tabs[0]);
    press('ArrowLeft');
    expect(document.activeElement).toBe(tabs[2]);
    press('Home');
    expect(document.activeElement).toBe(tabs[0]);
    // Moving only moves the focus; the tab changes when the executive picks it.
    expect(store.setStatus).not.toHaveBeenCalled();
  });

  it("counts and picks the search's matches on the tabs while there is an answer", async () => {
    search.answered.set(true);
    search.status.set('resolved');
    search.counts.set({ active: 2, pending: 0, resolved: 5 });
    search.total.set(7);
    await fixture.whenStable();
    expect(q.tabLabels(el)).toEqual(['Active 2', 'Pending 0', 'Resolved 5']);
    const links = q.tabs(el);
    expect(links[2].getAttribute('aria-selected')).toBe('true');
    expect(links[2].getAttribute('aria-label')).toBe('Resolved: 5 matches');
    expect(el.querySelector('[data-testid="search-summary"]')?.textContent).toContain(
      '7 chats found in all chats, every status',
    );
    links[0].click();
    expect(search.setStatus).toHaveBeenCalledWith('active');
    expect(store.setStatus).not.toHaveBeenCalled();
  });

  it('switches between my chats and all, by click or with the arrow keys', async () => {
    const mine = q.scope(el, 'My chats');
    expect(mine.getAttribute('aria-checked')).toBe('true');
    expect(q.scope(el, 'All').getAttribute('aria-checked')).toBe('false');
    q.scope(el, 'All').click();
    expect(store.setScope).toHaveBeenCalledWith('all');

    store.setScope.calls.reset();
    store.scope.set('all');
    await fixture.whenStable();
    expect(q.scope(el, 'All').tabIndex).toBe(0);
    q.scope(el, 'All').focus();
    q.scope(el, 'All').dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowLeft', bubbles: true, cancelable: true }),
    );
    expect(document.activeElement).toBe(q.scope(el, 'My chats'));
    expect(store.setScope).toHaveBeenCalledWith('mine');
  });

  it('offers the Unassigned chip in everyone’s chats, pressed while the list is focused on it', async () => {
    const chip = () => el.querySelector<HTMLButtonElement>('button.chip');
    expect(chip()).toBeNull();
    store.scope.set('all');
    await fixture.whenStable();
    expect(chip()?.textContent).toContain('Unassigned');
    expect(chip()?.getAttribute('aria-pressed')).toBe('false');
    chip()!.click();
    expect(focusRoute.show).toHaveBeenCalledWith({ kind: 'unassigned' });

    store.focus.set({ kind: 'unassigned' });
    await fixture.whenStable();
    expect(chip()?.getAttribute('aria-pressed')).toBe('true');
    chip()!.click();
    expect(focusRoute.show).toHaveBeenCalledWith(null);
  });

  it('searches as the executive types and clears with Escape', async () => {
    q.typeSearch(el, 'Ravi');
    await fixture.whenStable();
    expect(search.search).toHaveBeenCalledWith('Ravi');
    expect(el.querySelector('button[aria-label="Clear search"]')).not.toBeNull();
    const field = el.querySelector('input') as HTMLInputElement;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(search.search).toHaveBeenCalledWith('');
  });

  it('names the search field, and says what it searches while it has the focus', async () => {
    const input = q.search(el);
    expect(input.labels?.[0]?.textContent?.trim()).toBe('Search chats');
    expect(input.placeholder).toBe('Search chats');
    input.focus();
    input.dispatchEvent(new FocusEvent('focus'));
    await fixture.whenStable();
    expect(input.placeholder).toBe('Name, number, message or booking id');
  });

  it('shows that a search is on its way', async () => {
    search.searching.set(true);
    await fixture.whenStable();
    expect(el.querySelector('app-busy-spinner')).not.toBeNull();
    expect(el.querySelector('#chat-search-status')?.textContent).toContain('Searching');
  });

  it('reports a failed search with a retry, unless the list body reports it', async () => {
    search.error.set('The search timed out.');
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')?.textContent).toContain('The search timed out.');
    (el.querySelector('[role="alert"] button') as HTMLButtonElement).click();
    expect(search.retry).toHaveBeenCalled();
    fixture.componentInstance.showSearchError.set(false);
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')).toBeNull();
  });

  it('focuses the search field on request', () => {
    fixture.componentInstance.header().focusSearch();
    expect(document.activeElement).toBe(el.querySelector('input'));
  });
});
