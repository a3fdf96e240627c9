import { TestBed } from '@angular/core/testing';
import { Subject, of } from 'rxjs';

import { FetchAllChat } from '../../../contract';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatListPage, at, chatAt } from '../../testing/chat-list-testing';
import { emptyPage } from '../../testing/fake-chat-gateway';
import { pressKey } from '../../testing/key-events';

/** The live order holds still while the executive points at, scrolls or moves through it. */
describe('ChatList order', () => {
  let page: ChatListPage;

  beforeEach(() => {
    page = new ChatListPage();
  });

  it('holds the order while the pointer is over the list and offers "N new"', async () => {
    await page.render([chatAt('a', 2), chatAt('b', 1)]);
    page.body().dispatchEvent(new PointerEvent('pointerenter'));
    await page.roomUpdate(chatAt('fresh', 9, { version: 1 }));
    await page.roomUpdate(chatAt('b', 8, { version: 2, customer_name: 'Renamed b' }));
    expect(page.shownIds()).toEqual(['a', 'b']);
    expect(page.option('b').textContent).toContain('Renamed b');
    expect(page.pill()?.textContent).toContain('1 new');

    page.pill()?.click();
    await page.settle();
    expect(page.shownIds()).toEqual(['fresh', 'b', 'a']);
    expect(page.pill()).toBeNull();
  });

  it('applies the new order at once when the pointer leaves at the top', async () => {
    await page.render([chatAt('a', 2), chatAt('b', 1)]);
    page.body().dispatchEvent(new PointerEvent('pointerenter'));
    await page.roomUpdate(chatAt('b', 8, { version: 2 }));
    expect(page.shownIds()).toEqual(['a', 'b']);
    expect(page.pill()?.textContent).toContain('List updated');
    page.body().dispatchEvent(new PointerEvent('pointerleave'));
    await page.settle();
    expect(page.shownIds()).toEqual(['b', 'a']);
    expect(page.pill()).toBeNull();
  });

  it('updates the list at once when nobody is pointing at it', async () => {
    await page.render([chatAt('a', 2)]);
    await page.roomUpdate(chatAt('fresh', 9));
    expect(page.shownIds()).toEqual(['fresh', 'a']);
    expect(page.pill()).toBeNull();
  });

  it('keeps a resolved chat in place, showing its new state, until the order is applied', async () => {
    await page.render([chatAt('a', 2, { sla_due_at: at(30) }), chatAt('b', 1)]);
    page.body().dispatchEvent(new PointerEvent('pointerenter'));
    await page.roomUpdate(chatAt('a', 3, { version: 2, status: 'resolved', sla_due_at: at(30) }));
    expect(page.shownIds()).toEqual(['a', 'b']);
    expect(page.option('a').querySelector('.sla')).toBeNull();
    page.body().dispatchEvent(new PointerEvent('pointerleave'));
    await page.settle();
    expect(page.shownIds()).toEqual(['b']);
  });

  it('holds the order while scrolled away from the top, never inserting above', async () => {
    const chats = Array.from({ length: 40 }, (_, i) => chatAt(`c${i}`, 59 - i));
    await page.render(chats);
    const viewport = page.host.querySelector('cdk-virtual-scroll-viewport') as HTMLElement;
    viewport.scrollTop = 1200;
    viewport.dispatchEvent(new Event('scroll'));
    await page.settle();
    const before = page.shownIds();
    expect(before[0]).not.toBe('c0');
    await page.roomUpdate(chatAt('fresh', 59, { updated_at: '2026-11-25T11:00:00.000Z' }));
    expect(page.shownIds()).toEqual(before);
    expect(page.pill()?.textContent).toContain('1 new');
    page.pill()?.click();
    await page.settle();
    expect(viewport.scrollTop).toBe(0);
    expect(page.shownIds()[0]).toBe('fresh');
  });

  it('asks for the next page when the rows near the end', async () => {
    page.gateway.fetchAllChatUser.and.returnValues(
      of(emptyPage({ chats: [chatAt('a', 2)], next_cursor: 'p2' })),
      of(emptyPage({ chats: [chatAt('b', 1)], next_cursor: null })),
    );
    await page.create();
    expect(page.gateway.fetchAllChatUser.calls.mostRecent().args[0].cursor).toBe('p2');
    await page.settle();
    expect(page.shownIds()).toEqual(['a', 'b']);
  });

  it('leaves chats kept from My chats out of All until their page arrives', async () => {
    await page.render([chatAt('mine-old', 1)]);
    const nextPage = new Subject<FetchAllChat>();
    page.gateway.fetchAllChatUser.and.returnValues(
      of(emptyPage({ chats: [chatAt('a1', 30), chatAt('a2', 20)], next_cursor: 'p2' })),
      nextPage,
    );
    TestBed.inject(ChatListStore).setScope('all');
    await page.settle();
    expect(page.shownIds()).toEqual(['a1', 'a2']);
    nextPage.next(emptyPage({ chats: [chatAt('a3', 10), chatAt('mine-old', 1)] }));
    await page.settle();
    expect(page.shownIds()).toEqual(['a1', 'a2', 'a3', 'mine-old']);
  });

  it('holds the order while the executive moves through it with the keyboard', async () => {
    await page.render([chatAt('a', 3), chatAt('b', 2)]);
    const listbox = page.listbox();
    listbox.focus();
    pressKey(listbox, 'ArrowDown');
    await page.roomUpdate(chatAt('fresh', 9));
    expect(page.shownIds()).toEqual(['a', 'b']);
    expect(page.pill()?.textContent).toContain('1 new');
    listbox.blur();
    await page.settle();
    expect(page.shownIds()).toEqual(['fresh', 'a', 'b']);
  });
});
