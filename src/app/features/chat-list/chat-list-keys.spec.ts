import { TestBed } from '@angular/core/testing';

import { ShortcutRegistry } from '../../core/keyboard/shortcut-registry';
import { ChatListPage, at, chatAt } from '../../testing/chat-list-testing';
import { pressKey } from '../../testing/key-events';
import {
  clickMenuItem,
  menuClosed,
  openLazyMenu,
  openMenuItems,
} from '../../testing/lazy-menu-testing';

/** Opening chats with the pointer, the keys and the shortcuts; the row actions menu. */
describe('ChatList keys and pointer', () => {
  let page: ChatListPage;

  beforeEach(() => {
    page = new ChatListPage();
  });

  it('opens a chat when its row is clicked and marks it as the open one', async () => {
    await page.render([chatAt('a', 2), chatAt('b', 1)]);
    page
      .option('b')
      .querySelector('app-chat-row')
      ?.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await page.settle();
    expect(page.router.url).toBe('/chats/b');
    expect(page.option('b').getAttribute('aria-current')).toBe('page');
    expect(page.option('b').getAttribute('aria-selected')).toBe('true');
    expect(page.option('a').getAttribute('aria-current')).toBeNull();
  });

  it('moves through the rows with the arrow keys and opens one with Enter', async () => {
    await page.render([chatAt('a', 3), chatAt('b', 2), chatAt('c', 1)]);
    const listbox = page.listbox();
    pressKey(listbox, 'ArrowDown');
    pressKey(listbox, 'ArrowDown');
    await page.settle();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(page.option('c').id);
    expect(page.option('c').classList).toContain('active');
    expect(pressKey(listbox, 'ArrowDown').defaultPrevented).toBeTrue();
    await page.settle();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(page.option('c').id);
    pressKey(listbox, 'ArrowUp');
    pressKey(listbox, 'Enter');
    await page.settle();
    expect(page.router.url).toBe('/chats/b');
  });

  it('jumps with Home, End and the page keys, and leaves modified keys alone', async () => {
    const chats = Array.from({ length: 30 }, (_, i) => chatAt(`c${i}`, 59 - i));
    await page.render(chats);
    const listbox = page.listbox();
    const perPage = Math.floor(listbox.clientHeight / 76);
    expect(perPage).toBeGreaterThan(1);
    pressKey(listbox, 'PageDown');
    await page.settle();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(page.option(`c${perPage}`).id);
    pressKey(listbox, 'End');
    await page.settle();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(page.option('c29').id);
    expect(listbox.scrollTop).toBeGreaterThan(0);
    pressKey(listbox, 'PageUp');
    await page.settle();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(page.option(`c${29 - perPage}`).id);
    pressKey(listbox, 'Home');
    await page.settle();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(page.option('c0').id);
    expect(listbox.scrollTop).toBe(0);
    expect(pressKey(listbox, 'ArrowDown', { altKey: true }).defaultPrevented).toBeFalse();
    expect(pressKey(listbox, 'Enter', { ctrlKey: true }).defaultPrevented).toBeFalse();
    await page.settle();
    expect(listbox.getAttribute('aria-activedescendant')).toBe(page.option('c0').id);
    expect(page.router.url).toBe('/');
  });

  it('opens the next and previous chat and focuses search through the shortcuts', async () => {
    await page.render([chatAt('a', 3), chatAt('b', 2)]);
    const shortcuts = TestBed.inject(ShortcutRegistry);
    expect(shortcuts.run('chat.next')).toBeTrue();
    await page.settle();
    expect(page.router.url).toBe('/chats/a');
    shortcuts.run('chat.next');
    await page.settle();
    expect(page.router.url).toBe('/chats/b');
    shortcuts.run('chat.previous');
    await page.settle();
    expect(page.router.url).toBe('/chats/a');
    shortcuts.run('search.focus');
    expect(document.activeElement).toBe(page.host.querySelector('input'));
  });

  it('marks a chat unread and done from its actions menu', async () => {
    await page.render([
      chatAt('a', 2, {
        needs_reply: true,
        unread_count: 1,
        last_customer_message_at: at(2),
      }),
    ]);
    await page.router.navigateByUrl('/chats/a');
    await page.settle();
    expect(page.option('a').querySelector('app-chat-row')?.classList).not.toContain('unread');
    expect(page.option('a').querySelector('.reply-flag')).not.toBeNull();

    const rowActions = () => page.host.querySelector<HTMLElement>('.row-actions')!;
    await openLazyMenu(page.fixture, rowActions());
    expect(rowActions().getAttribute('aria-expanded')).toBe('true');
    clickMenuItem(/Mark as unread/);
    await menuClosed(page.fixture);
    await page.settle();
    expect(page.option('a').querySelector('app-chat-row')?.classList).toContain('unread');
    expect(rowActions().getAttribute('aria-expanded')).toBe('false');

    await openLazyMenu(page.fixture, rowActions());
    clickMenuItem(/Mark as done/);
    await menuClosed(page.fixture);
    await page.settle();
    expect(page.option('a').querySelector('.reply-flag')).toBeNull();
    expect(page.option('a').querySelector('app-chat-row')?.classList).not.toContain('unread');
  });

  it('opens the row actions on right click', async () => {
    await page.render([chatAt('a', 2)]);
    page.option('a').dispatchEvent(
      new MouseEvent('contextmenu', {
        bubbles: true,
        cancelable: true,
        clientX: 40,
        clientY: 40,
      }),
    );
    await page.settle();
    for (let i = 0; i < 100 && openMenuItems().length === 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    const items = openMenuItems();
    expect(items.map((item) => item.textContent?.trim())).toEqual([
      jasmine.stringContaining('Mark as unread'),
      jasmine.stringContaining('Mark as done'),
    ]);
  });
});
