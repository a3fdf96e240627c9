import { ChangeDetectionStrategy, Component } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatMenuHarness } from '@angular/material/menu/testing';
import { MatTabNavBarHarness } from '@angular/material/tabs/testing';
import { Router, provideRouter } from '@angular/router';
import { Subject, of, throwError } from 'rxjs';

import { MemoryStorage } from '../../core/api/api-testing';
import { Chats, FetchAllChat } from '../../../contract';
import { ShortcutRegistry } from '../../core/keyboard/shortcut-registry';
import { GatewayError } from '../../core/realtime/gateway-error';
import { ChatListStore } from '../../core/state/chat-list-store';
import { READ_MARKS_STORAGE } from './state/chat-read-store';
import {
  FakeChatGateway,
  emptyPage,
  provideFakeChatGateway,
} from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { aChat } from '../../testing/payload-fixtures';
import { ChatList } from './chat-list';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

function at(minute: number): string {
  return `2026-11-25T10:${String(minute).padStart(2, '0')}:00.000Z`;
}

/** A chat whose activity is `minute` past ten; higher minutes sort first. */
function chatAt(id: string, minute: number, overrides: Partial<Chats> = {}): Chats {
  return aChat({
    chat_id: id,
    customer_name: `Customer ${id}`,
    updated_at: at(minute),
    ...overrides,
  });
}

describe('ChatList', () => {
  let gateway: FakeChatGateway;
  let fixture: ComponentFixture<ChatList>;
  let loader: HarnessLoader;
  let router: Router;
  let host: HTMLElement;

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextFrame();
    await fixture.whenStable();
  }

  async function render(
    chats: Chats[],
    counts = { active: chats.length, pending: 0, resolved: 0 },
  ) {
    gateway.fetchAllChatUser.and.returnValue(of(emptyPage({ chats, counts })));
    fixture = TestBed.createComponent(ChatList);
    host = fixture.nativeElement as HTMLElement;
    host.style.height = '600px';
    loader = TestbedHarnessEnvironment.loader(fixture);
    await settle();
  }

  function shownIds(): string[] {
    return [...host.querySelectorAll('[role="option"]')].map(
      (option) => option.getAttribute('data-chat-id') ?? '',
    );
  }

  function option(id: string): HTMLElement {
    return host.querySelector(`[data-chat-id="${id}"]`) as HTMLElement;
  }

  function body(): HTMLElement {
    return host.querySelector('.body') as HTMLElement;
  }

  function pill(): HTMLButtonElement | null {
    return host.querySelector('.pill');
  }

  async function roomUpdate(chat: Chats): Promise<void> {
    gateway.roomUpdate.next(chat);
    await settle();
  }

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(),
        provideRouter([
          {
            path: 'chats',
            children: [
              { path: '', component: Blank },
              { path: ':chatId', component: Blank },
            ],
          },
        ]),
        { provide: READ_MARKS_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    router = TestBed.inject(Router);
  });

  it('loads my active chats on first render, newest first', async () => {
    await render([chatAt('old', 1), chatAt('new', 5)]);
    expect(gateway.fetchAllChatUser).toHaveBeenCalledWith(
      jasmine.objectContaining({ assigned_executive_id: 'e1', status: 'active' }),
    );
    expect(shownIds()).toEqual(['new', 'old']);
    expect(option('new').textContent).toContain('Customer new');
  });

  it('says when it is not live and pauses the SLA countdowns until the console reconnects', async () => {
    const waiting = aChat({
      chat_id: 'w',
      customer_name: 'Waiting customer',
      needs_reply: true,
      sla_due_at: new Date(Date.now() + 4 * 60_000).toISOString(),
    });
    await render([waiting]);
    gateway.state.next('connected');
    await settle();
    expect(host.querySelector('.not-live')).toBeNull();

    gateway.state.next('reconnecting');
    await settle();

    expect(host.querySelector('.not-live')?.textContent).toContain('Not live since');
    expect(option('w').querySelector('app-chat-row')?.classList).toContain('stale');
    expect(option('w').textContent).toContain('paused while not live');
    gateway.state.next('connected');
    await settle();
    expect(host.querySelector('.not-live')).toBeNull();
    expect(option('w').querySelector('app-chat-row')?.classList).not.toContain('stale');
  });

  it('shows the status tabs with their counts and switches tab', async () => {
    await render([chatAt('a', 1)], { active: 1, pending: 4, resolved: 12 });
    const nav = await loader.getHarness(MatTabNavBarHarness);
    const links = await nav.getLinks();
    const labels = await Promise.all(links.map((link) => link.getLabel()));
    expect(labels.map((l) => l.replace(/\s+/g, ' '))).toEqual([
      'Active 1',
      'Pending 4',
      'Resolved 12',
    ]);
    expect(await links[0].isActive()).toBeTrue();
    await links[1].click();
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].status).toBe('pending');
    expect(await links[1].isActive()).toBeTrue();
  });

  it("switches to everyone's chats with the All toggle", async () => {
    await render([chatAt('a', 1)]);
    const all = await loader.getHarness(MatButtonToggleHarness.with({ text: 'All' }));
    await all.check();
    expect(
      gateway.fetchAllChatUser.calls.mostRecent().args[0].assigned_executive_id,
    ).toBeUndefined();
    expect(TestBed.inject(ChatListStore).scope()).toBe('all');
  });

  it('passes what the executive types to the store search, and clears it', async () => {
    await render([chatAt('a', 1)]);
    const store = TestBed.inject(ChatListStore);
    spyOn(store, 'search').and.callThrough();
    const input = await loader.getHarness(MatInputHarness);
    await input.setValue('OW1234');
    expect(store.search).toHaveBeenCalledWith('OW1234');
    (host.querySelector('button[aria-label="Clear search"]') as HTMLButtonElement).click();
    expect(store.search).toHaveBeenCalledWith('');
  });

  it('says when nothing matches the search', async () => {
    await render([chatAt('a', 1)]);
    gateway.searchChat.and.returnValue(of(emptyPage({ chats: [] })));
    const input = await loader.getHarness(MatInputHarness);
    await input.setValue('zzz');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    expect(host.textContent).toContain('No chats match “zzz”');
  });

  it('shows a search error with a way to try again', async () => {
    await render([chatAt('a', 1)]);
    gateway.searchChat.and.returnValue(
      throwError(() => new GatewayError('timeout', 'The search timed out.', 'search_chat')),
    );
    const input = await loader.getHarness(MatInputHarness);
    await input.setValue('zzz');
    await new Promise((resolve) => setTimeout(resolve, 350));
    await settle();
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('The search timed out.');
    gateway.searchChat.and.returnValue(of(emptyPage({ chats: [chatAt('hit', 2)] })));
    (host.querySelector('.inline-error button') as HTMLButtonElement).click();
    await settle();
    expect(shownIds()).toEqual(['hit']);
  });

  it('holds the order while the pointer is over the list and offers "N new"', async () => {
    await render([chatAt('a', 2), chatAt('b', 1)]);
    body().dispatchEvent(new PointerEvent('pointerenter'));
    await roomUpdate(chatAt('fresh', 9, { version: 1 }));
    await roomUpdate(chatAt('b', 8, { version: 2, customer_name: 'Renamed b' }));
    expect(shownIds()).toEqual(['a', 'b']);
    expect(option('b').textContent).toContain('Renamed b');
    expect(pill()?.textContent).toContain('1 new');

    pill()?.click();
    await settle();
    expect(shownIds()).toEqual(['fresh', 'b', 'a']);
    expect(pill()).toBeNull();
  });

  it('applies the new order at once when the pointer leaves at the top', async () => {
    await render([chatAt('a', 2), chatAt('b', 1)]);
    body().dispatchEvent(new PointerEvent('pointerenter'));
    await roomUpdate(chatAt('b', 8, { version: 2 }));
    expect(shownIds()).toEqual(['a', 'b']);
    expect(pill()?.textContent).toContain('List updated');
    body().dispatchEvent(new PointerEvent('pointerleave'));
    await settle();
    expect(shownIds()).toEqual(['b', 'a']);
    expect(pill()).toBeNull();
  });

  it('updates the list at once when nobody is pointing at it', async () => {
    await render([chatAt('a', 2)]);
    await roomUpdate(chatAt('fresh', 9));
    expect(shownIds()).toEqual(['fresh', 'a']);
    expect(pill()).toBeNull();
  });

  it('keeps a resolved chat in place, showing its new state, until the order is applied', async () => {
    await render([chatAt('a', 2, { sla_due_at: at(30) }), chatAt('b', 1)]);
    body().dispatchEvent(new PointerEvent('pointerenter'));
    await roomUpdate(chatAt('a', 3, { version: 2, status: 'resolved', sla_due_at: at(30) }));
    expect(shownIds()).toEqual(['a', 'b']);
    expect(option('a').querySelector('.sla')).toBeNull();
    body().dispatchEvent(new PointerEvent('pointerleave'));
    await settle();
    expect(shownIds()).toEqual(['b']);
  });

  it('holds the order while scrolled away from the top, never inserting above', async () => {
    const chats = Array.from({ length: 40 }, (_, i) => chatAt(`c${i}`, 59 - i));
    await render(chats);
    const viewport = host.querySelector('cdk-virtual-scroll-viewport') as HTMLElement;
    viewport.scrollTop = 1200;
    viewport.dispatchEvent(new Event('scroll'));
    await settle();
    const before = shownIds();
    expect(before[0]).not.toBe('c0');
    await roomUpdate(chatAt('fresh', 59, { updated_at: '2026-11-25T11:00:00.000Z' }));
    expect(shownIds()).toEqual(before);
    expect(pill()?.textContent).toContain('1 new');
    pill()?.click();
    await settle();
    expect(viewport.scrollTop).toBe(0);
    expect(shownIds()[0]).toBe('fresh');
  });

  it('asks for the next page when the rows near the end', async () => {
    gateway.fetchAllChatUser.and.returnValues(
      of(emptyPage({ chats: [chatAt('a', 2)], next_cursor: 'p2' })),
      of(emptyPage({ chats: [chatAt('b', 1)], next_cursor: null })),
    );
    fixture = TestBed.createComponent(ChatList);
    host = fixture.nativeElement as HTMLElement;
    host.style.height = '600px';
    await settle();
    expect(gateway.fetchAllChatUser.calls.mostRecent().args[0].cursor).toBe('p2');
    await settle();
    expect(shownIds()).toEqual(['a', 'b']);
  });

  it('leaves chats kept from My chats out of All until their page arrives', async () => {
    await render([chatAt('mine-old', 1)]);
    const nextPage = new Subject<FetchAllChat>();
    gateway.fetchAllChatUser.and.returnValues(
      of(emptyPage({ chats: [chatAt('a1', 30), chatAt('a2', 20)], next_cursor: 'p2' })),
      nextPage,
    );
    TestBed.inject(ChatListStore).setScope('all');
    await settle();
    expect(shownIds()).toEqual(['a1', 'a2']);
    nextPage.next(emptyPage({ chats: [chatAt('a3', 10), chatAt('mine-old', 1)] }));
    await settle();
    expect(shownIds()).toEqual(['a1', 'a2', 'a3', 'mine-old']);
  });

  it('shows a skeleton while the first page loads', async () => {
    gateway.fetchAllChatUser.and.returnValue(new Subject());
    fixture = TestBed.createComponent(ChatList);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    expect(host.querySelector('[role="status"][aria-label="Loading chats"]')).not.toBeNull();
    expect(host.querySelectorAll('.skeleton-row').length).toBeGreaterThan(0);
  });

  it('opens a chat when its row is clicked and marks it as the open one', async () => {
    await render([chatAt('a', 2), chatAt('b', 1)]);
    option('b')
      .querySelector('app-chat-row')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await settle();
    expect(router.url).toBe('/chats/b');
    expect(option('b').getAttribute('aria-current')).toBe('page');
    expect(option('b').getAttribute('aria-selected')).toBe('true');
    expect(option('a').getAttribute('aria-current')).toBeNull();
  });

  it('moves through the rows with the arrow keys and opens one with Enter', async () => {
    await render([chatAt('a', 3), chatAt('b', 2), chatAt('c', 1)]);
    const listbox = host.querySelector('[role="listbox"]') as HTMLElement;
    const press = (key: string) =>
      listbox.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    press('ArrowDown');
    press('ArrowDown');
    await settle();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(option('c').id);
    press('ArrowUp');
    press('Enter');
    await settle();
    expect(router.url).toBe('/chats/b');
  });

  it('holds the order while the executive moves through it with the keyboard', async () => {
    await render([chatAt('a', 3), chatAt('b', 2)]);
    const listbox = host.querySelector('[role="listbox"]') as HTMLElement;
    listbox.focus();
    listbox.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    await roomUpdate(chatAt('fresh', 9));
    expect(shownIds()).toEqual(['a', 'b']);
    expect(pill()?.textContent).toContain('1 new');
    listbox.blur();
    await settle();
    expect(shownIds()).toEqual(['fresh', 'a', 'b']);
  });

  it('opens the next and previous chat and focuses search through the shortcuts', async () => {
    await render([chatAt('a', 3), chatAt('b', 2)]);
    const shortcuts = TestBed.inject(ShortcutRegistry);
    expect(shortcuts.run('chat.next')).toBeTrue();
    await settle();
    expect(router.url).toBe('/chats/a');
    shortcuts.run('chat.next');
    await settle();
    expect(router.url).toBe('/chats/b');
    shortcuts.run('chat.previous');
    await settle();
    expect(router.url).toBe('/chats/a');
    shortcuts.run('search.focus');
    expect(document.activeElement).toBe(host.querySelector('input'));
  });

  it('marks a chat unread and done from its actions menu', async () => {
    await render([
      chatAt('a', 2, {
        needs_reply: true,
        unread_count: 1,
        last_customer_message_at: at(2),
      }),
    ]);
    await router.navigateByUrl('/chats/a');
    await settle();
    expect(option('a').querySelector('app-chat-row')?.classList).not.toContain('unread');
    expect(option('a').querySelector('.reply-flag')).not.toBeNull();

    let menu = await loader.getHarness(MatMenuHarness.with({ selector: '.row-actions' }));
    await menu.clickItem({ text: /Mark as unread/ });
    await settle();
    expect(option('a').querySelector('app-chat-row')?.classList).toContain('unread');

    menu = await loader.getHarness(MatMenuHarness.with({ selector: '.row-actions' }));
    await menu.clickItem({ text: /Mark as done/ });
    await settle();
    expect(option('a').querySelector('.reply-flag')).toBeNull();
    expect(option('a').querySelector('app-chat-row')?.classList).not.toContain('unread');
  });

  it('opens the row actions on right click', async () => {
    await render([chatAt('a', 2)]);
    option('a').dispatchEvent(
      new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 40, clientY: 40 }),
    );
    await settle();
    const items = document.querySelectorAll('.mat-mdc-menu-panel [mat-menu-item]');
    expect([...items].map((item) => item.textContent?.trim())).toEqual([
      jasmine.stringContaining('Mark as unread'),
      jasmine.stringContaining('Mark as done'),
    ]);
  });

  it('says there are no chats, pointing to All in my scope', async () => {
    await render([]);
    expect(host.textContent).toContain('No chats here');
    expect(host.textContent).toContain('Switch to All to see everyone’s chats.');
    const showAll = [...host.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Show all chats'),
    );
    showAll?.click();
    expect(TestBed.inject(ChatListStore).scope()).toBe('all');
  });

  it('shows why the list could not load, and retries', async () => {
    gateway.fetchAllChatUser.and.returnValue(
      throwError(() => new GatewayError('offline', 'You are offline.', 'fetch_all_chats')),
    );
    fixture = TestBed.createComponent(ChatList);
    host = fixture.nativeElement as HTMLElement;
    await settle();
    expect(host.textContent).toContain('Chats could not be loaded');
    expect(host.textContent).toContain('You are offline.');
    gateway.fetchAllChatUser.and.returnValue(of(emptyPage({ chats: [chatAt('a', 1)] })));
    const retry = [...host.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('Retry'),
    );
    retry?.click();
    await settle();
    expect(shownIds()).toEqual(['a']);
  });
});
