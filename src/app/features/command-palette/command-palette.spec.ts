import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatDialogRef } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { of } from 'rxjs';

import { Chats } from '../../../contract';
import { Session } from '../../core/auth/session';
import { ShortcutRegistry } from '../../core/keyboard/shortcut-registry';
import { ThemeStore } from '../../core/layout/theme-store';
import { ChatGateway } from '../../core/realtime/chat-gateway';
import { ConversationStore } from '../../core/state/conversation-store';
import { PresenceStore } from '../../core/state/presence-store';
import { aChat } from '../../testing/payload-fixtures';
import { CommandPalette } from './command-palette';
import { PALETTE_SEARCH_DELAY_MS } from './state/palette-search';
import { pressKey } from '../../testing/key-events';

describe('CommandPalette', () => {
  let fixture: ComponentFixture<CommandPalette>;
  let searchChat: jasmine.Spy;
  let navigate: jasmine.Spy;
  let close: jasmine.Spy;
  let isSupervisor: ReturnType<typeof signal<boolean>>;
  let openChat: ReturnType<typeof signal<Chats | null>>;
  let setStatus: jasmine.Spy;
  let setTheme: jasmine.Spy;
  let registry: ShortcutRegistry;
  const geeta = aChat({ chat_id: 'chat_9', customer_name: 'Geeta Kapoor' });

  async function render(): Promise<HTMLElement> {
    fixture = TestBed.createComponent(CommandPalette);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  beforeEach(() => {
    searchChat = jasmine
      .createSpy('searchChat')
      .and.returnValue(
        of({ request_id: 'r', chats: [geeta], total: 1, counts: {}, next_cursor: null }),
      );
    navigate = jasmine.createSpy('navigate').and.resolveTo(true);
    close = jasmine.createSpy('close');
    isSupervisor = signal(false);
    openChat = signal<Chats | null>(geeta);
    setStatus = jasmine.createSpy('setStatus');
    setTheme = jasmine.createSpy('set');
    TestBed.configureTestingModule({
      imports: [CommandPalette],
      providers: [
        { provide: ChatGateway, useValue: { searchChat } },
        { provide: Router, useValue: { navigate, navigateByUrl: navigate } },
        { provide: MatDialogRef, useValue: { close, afterClosed: () => of(undefined) } },
        { provide: ConversationStore, useValue: { chat: openChat } },
        { provide: Session, useValue: { isSupervisor } },
        { provide: PresenceStore, useValue: { isOnline: signal(true), setStatus } },
        { provide: ThemeStore, useValue: { preference: signal('light'), set: setTheme } },
      ],
    });
    registry = TestBed.inject(ShortcutRegistry);
  });

  afterEach(() => fixture?.destroy());

  function box(): HTMLInputElement {
    return (fixture.nativeElement as HTMLElement).querySelector('input[role=combobox]')!;
  }

  function options(): HTMLElement[] {
    return [
      ...(fixture.nativeElement as HTMLElement).querySelectorAll<HTMLElement>('[role=option]'),
    ];
  }

  function selected(): HTMLElement | undefined {
    return options().find((option) => option.getAttribute('aria-selected') === 'true');
  }

  async function type(text: string): Promise<void> {
    box().value = text;
    box().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function press(key: string): Promise<void> {
    pressKey(box(), key);
    await fixture.whenStable();
  }

  async function debounce(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, PALETTE_SEARCH_DELAY_MS + 50));
    await fixture.whenStable();
  }

  it('finds chats by name, number or booking id through the gateway, once typing pauses', async () => {
    await render();
    await type('OW');
    await type('OW872');
    await type('OW8721244');
    expect(searchChat).not.toHaveBeenCalled();
    await debounce();
    expect(searchChat).toHaveBeenCalledOnceWith({ query: 'OW8721244', limit: 8 });
    expect(selected()?.textContent).toContain('Geeta Kapoor');
    expect(box().getAttribute('aria-activedescendant')).toBe(selected()!.id);
  });

  it('opens the chat found with Enter', async () => {
    await render();
    await type('Geeta');
    await debounce();
    await press('Enter');
    expect(close).toHaveBeenCalled();
    expect(navigate).toHaveBeenCalledWith(['/chats', 'chat_9']);
  });

  it("runs an action on the open chat through its shortcut's handler", async () => {
    const resolve = jasmine.createSpy('resolve');
    const pending = jasmine.createSpy('pending');
    registry.register('chat.resolve', resolve);
    registry.register('chat.pending', pending);
    await render();
    await type('pending');
    expect(options().map((option) => option.textContent?.trim())).toEqual([
      jasmine.stringContaining('Mark the chat pending'),
    ]);
    await press('Enter');
    expect(close).toHaveBeenCalled();
    expect(pending).toHaveBeenCalled();
    expect(resolve).not.toHaveBeenCalled();
  });

  it('lists each command with its own keys, and only commands that work here', async () => {
    registry.register('chat.resolve', () => true);
    registry.register('quickReplies.open', () => true);
    await render();
    const labels = options().map((option) => option.textContent?.replace(/\s+/g, ' ').trim());
    expect(labels).toContain(jasmine.stringMatching(/Resolve the chat\s*E$/));
    expect(labels).toContain(
      jasmine.stringMatching(/Insert a quick reply\s*Type \/ in the reply box$/),
    );
    expect(labels).toContain(jasmine.stringMatching(/Show keyboard shortcuts\s*\?$/));
    // No handler for notes on this page: not offered.
    expect(labels.some((label) => label?.includes('internal note'))).toBeFalse();

    openChat.set(null);
    await fixture.whenStable();
    expect(options().some((option) => option.textContent?.includes('Resolve'))).toBeFalse();
  });

  it('moves with the arrows and goes anywhere: presence, dark mode, dashboard', async () => {
    await render();
    await type('dark');
    await press('Enter');
    expect(setTheme).toHaveBeenCalledWith('dark');

    await type('offline');
    await press('Enter');
    expect(setStatus).toHaveBeenCalledWith('offline');

    isSupervisor.set(true);
    await type('');
    const first = selected();
    await press('ArrowDown');
    expect(selected()).not.toBe(first);
    await type('dashboard');
    await press('Enter');
    expect(navigate).toHaveBeenCalledWith('/dashboard');
  });
});
