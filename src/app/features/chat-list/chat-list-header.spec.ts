import {
  ChangeDetectionStrategy,
  Component,
  WritableSignal,
  signal,
  viewChild,
} from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatTabNavBarHarness } from '@angular/material/tabs/testing';
import { MatTabsModule } from '@angular/material/tabs';

import { ChatStatus } from '../../../contract';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { ListFocus } from '../../core/state/list-focus';
import { ChatListHeader } from './chat-list-header';
import { ListFocusRoute } from './list-focus';

@Component({
  imports: [ChatListHeader, MatTabsModule],
  template: `
    <app-chat-list-header [tabPanel]="panel" [showSearchError]="showSearchError()" />
    <mat-tab-nav-panel #panel />
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class Host {
  readonly showSearchError = signal(true);
  readonly header = viewChild.required(ChatListHeader);
}

describe('ChatListHeader', () => {
  let fixture: ComponentFixture<Host>;
  let loader: HarnessLoader;
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
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  it('shows the counts on the status tabs and switches tab', async () => {
    const links = await (await loader.getHarness(MatTabNavBarHarness)).getLinks();
    const labels = await Promise.all(links.map((l) => l.getLabel()));
    expect(labels.map((l) => l.replace(/\s+/g, ' '))).toEqual([
      'Active 3',
      'Pending 1',
      'Resolved 20',
    ]);
    await links[2].click();
    expect(store.setStatus).toHaveBeenCalledWith('resolved');
  });

  it("counts and picks the search's matches on the tabs while there is an answer", async () => {
    search.answered.set(true);
    search.status.set('resolved');
    search.counts.set({ active: 2, pending: 0, resolved: 5 });
    search.total.set(7);
    await fixture.whenStable();
    const links = await (await loader.getHarness(MatTabNavBarHarness)).getLinks();
    const labels = await Promise.all(links.map((l) => l.getLabel()));
    expect(labels.map((l) => l.replace(/\s+/g, ' '))).toEqual([
      'Active 2',
      'Pending 0',
      'Resolved 5',
    ]);
    expect(await links[2].isActive()).toBeTrue();
    expect(el.querySelector('[data-testid="search-summary"]')?.textContent).toContain(
      '7 chats found in all chats, every status',
    );
    await links[0].click();
    expect(search.setStatus).toHaveBeenCalledWith('active');
    expect(store.setStatus).not.toHaveBeenCalled();
  });

  it('switches between my chats and all', async () => {
    const mine = await loader.getHarness(MatButtonToggleHarness.with({ text: 'My chats' }));
    expect(await mine.isChecked()).toBeTrue();
    await (await loader.getHarness(MatButtonToggleHarness.with({ text: 'All' }))).check();
    expect(store.setScope).toHaveBeenCalledWith('all');
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
    const input = await loader.getHarness(MatInputHarness);
    await input.setValue('Ravi');
    expect(search.search).toHaveBeenCalledWith('Ravi');
    expect(el.querySelector('button[aria-label="Clear search"]')).not.toBeNull();
    const field = el.querySelector('input') as HTMLInputElement;
    field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(search.search).toHaveBeenCalledWith('');
  });

  it('shows that a search is on its way', async () => {
    search.searching.set(true);
    await fixture.whenStable();
    expect(el.querySelector('mat-progress-spinner')).not.toBeNull();
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
