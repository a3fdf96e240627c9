import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { of } from 'rxjs';

import { Chats } from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { ChatFactsStore } from '../../../core/state/chat-facts-store';
import { Clock } from '../../../core/platform/clock';
import { ConfigStore, DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { ConversationStore } from '../../../core/state/conversation-store';
import { DraftStore } from '../../../core/state/draft-store';
import { PREFERENCE_STORAGE } from '../../../core/platform/preference-storage';
import { ReplyInsertStore } from '../../../core/state/reply-insert-store';
import { FakeNotesStore } from '../../../testing/fake-notes-store';
import { provideFakeSession } from '../../../testing/fake-session';
import { aChat } from '../../../testing/payload-fixtures';
import { Composer } from '../composer/composer';
import { NotesStore } from '../state/notes-store';
import { TemplatePicker } from '../templates/template-picker';
import { QUICK_REPLIES_FETCH } from './quick-replies-store';
import { QuickReplyMenu } from './quick-reply-menu';
import { pressKey } from '../../../testing/key-events';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const TEAM = {
  replies: [
    {
      id: 'where-is-my-cab',
      title: 'Where is my cab?',
      body: 'Hi {customer_name}, your driver {driver_name} is on the way in {cab_number}.',
    },
    {
      id: 'booking',
      title: 'Is my booking confirmed?',
      body: 'Booking {booking_id} is confirmed.',
    },
    { id: 'refund', title: 'When do I get my refund?', body: 'Refunds take 5-7 working days.' },
  ],
};

class MemoryDrafts {
  readonly drafts = new Map<string, string>();
  draftFor(chatId: string): string {
    return this.drafts.get(chatId) ?? '';
  }
  save(chatId: string, text: string): void {
    this.drafts.set(chatId, text);
  }
  clear(chatId: string): void {
    this.drafts.delete(chatId);
  }
}

/** Waits for something the lazily loaded list does. */
async function until<T>(read: () => T | null | undefined): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const value = read();
    if (value) {
      return value;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('Timed out waiting');
}

describe('Composer quick replies', () => {
  let fixture: ComponentFixture<Composer>;
  let loader: HarnessLoader;
  let send: jasmine.Spy;
  let openPicker: jasmine.Spy;
  let chat: ReturnType<typeof signal<Chats | null>>;

  beforeEach(async () => {
    send = jasmine.createSpy('send');
    openPicker = jasmine.createSpy('open').and.returnValue(of(undefined));
    chat = signal<Chats | null>(
      aChat({
        chat_id: 'c1',
        customer_name: 'Ravi Kumar',
        last_customer_message_at: new Date(NOW - 3_600_000).toISOString(),
      }),
    );
    TestBed.configureTestingModule({
      imports: [Composer],
      providers: [
        provideFakeSession(),
        {
          provide: ConversationStore,
          useValue: { chatId: signal('c1'), chat, send, notifyTyping: () => undefined },
        },
        { provide: DraftStore, useClass: MemoryDrafts },
        { provide: ConfigStore, useValue: { config: signal({ ...DEFAULT_CHAT_CONFIG }) } },
        { provide: Clock, useValue: { now: signal(NOW) } },
        { provide: PySmartChatApi, useValue: {} },
        { provide: TemplatePicker, useValue: { open: openPicker } },
        { provide: PREFERENCE_STORAGE, useValue: null },
        { provide: NotesStore, useClass: FakeNotesStore },
        {
          provide: QUICK_REPLIES_FETCH,
          useValue: () => Promise.resolve(new Response(JSON.stringify(TEAM))),
        },
      ],
    });
    TestBed.inject(ChatFactsStore).publish('c1', {
      driver_name: 'Salim Das',
      cab_number: 'KA01AB1234',
    });
    await TestBed.compileComponents();
    fixture = TestBed.createComponent(Composer);
    fixture.componentRef.setInput('chatId', 'c1');
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  function textarea(): HTMLTextAreaElement {
    return (fixture.nativeElement as HTMLElement).querySelector('textarea')!;
  }

  function list(): HTMLElement | null {
    return document.querySelector<HTMLElement>('[role=listbox][aria-label="Quick replies"]');
  }

  function options(): HTMLElement[] {
    return [...(list()?.querySelectorAll<HTMLElement>('[role=option]') ?? [])];
  }

  async function type(text: string): Promise<void> {
    await (await loader.getHarness(MatInputHarness)).setValue(text);
    await fixture.whenStable();
  }

  async function press(key: string, init: KeyboardEventInit = {}): Promise<KeyboardEvent> {
    const event = pressKey(textarea(), key, init);
    await fixture.whenStable();
    return event;
  }

  it('opens on / at the start, filters as the executive types, and points the box at the highlighted reply', async () => {
    await type('/');
    await until(() => options().length === 3);
    expect(textarea().getAttribute('aria-controls')).toBe(list()!.id);
    expect(options()[0].getAttribute('aria-selected')).toBe('true');
    expect(textarea().getAttribute('aria-activedescendant')).toBe(options()[0].id);
    // Each reply is previewed filled in with this chat's facts.
    expect(options()[0].textContent).toContain('Hi Ravi Kumar, your driver Salim Das');

    await type('/refund');
    await until(() => options().length === 1);
    expect(options()[0].textContent).toContain('When do I get my refund?');
  });

  it('moves with the arrows, inserts with Enter and selects the first gap left', async () => {
    await type('Thanks. /');
    await until(() => options().length === 3);
    const down = await press('ArrowDown');
    expect(down.defaultPrevented).toBeTrue();
    expect(options()[1].getAttribute('aria-selected')).toBe('true');
    expect(textarea().getAttribute('aria-activedescendant')).toBe(options()[1].id);
    await press('ArrowUp');
    await press('ArrowUp');
    expect(options()[2].getAttribute('aria-selected')).toBe('true');
    await press('ArrowDown');
    await press('ArrowDown');

    const enter = await press('Enter');
    expect(enter.defaultPrevented).toBeTrue();
    await fixture.whenStable();
    expect(textarea().value).toBe('Thanks. Booking {booking_id} is confirmed.');
    expect(list()).toBeNull();
    const gap = textarea().value.indexOf('{booking_id}');
    expect([textarea().selectionStart, textarea().selectionEnd]).toEqual([gap, gap + 12]);
  });

  it('fills the reply from the facts the panel loaded', async () => {
    await type('/cab');
    await until(() => options().length === 1);
    await press('Enter');
    expect(textarea().value).toBe(
      'Hi Ravi Kumar, your driver Salim Das is on the way in KA01AB1234.',
    );
  });

  it('closes with Esc, keeping what was typed, and does not open for a / inside a word', async () => {
    await type('/ref');
    await until(() => options().length === 1);
    const escape = await press('Escape');
    expect(escape.defaultPrevented).toBeTrue();
    expect(list()).toBeNull();
    expect(textarea().value).toBe('/ref');
    // Typing on after Esc is text, not a search.
    textarea().value = '/refu';
    textarea().dispatchEvent(new Event('input'));
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list()).toBeNull();

    await type('and/or');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(list()).toBeNull();
    expect(textarea().getAttribute('aria-controls')).toBeNull();
  });

  it('refuses to send while a {variable} is left, and selects it', async () => {
    await type('Your booking {booking_id} is confirmed.');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Send/ }))).click();
    await fixture.whenStable();
    expect(send).not.toHaveBeenCalled();
    const alert = (fixture.nativeElement as HTMLElement).querySelector('[role=alert]');
    expect(alert?.textContent).toContain('Fill {booking_id} before sending.');
    expect([textarea().selectionStart, textarea().selectionEnd]).toEqual([13, 25]);

    await type('Your booking OW1234567 is confirmed.');
    await (await loader.getHarness(MatButtonHarness.with({ text: /Send/ }))).click();
    expect(send).toHaveBeenCalledWith({ text: 'Your booking OW1234567 is confirmed.' });
  });

  it('takes a sentence inserted from the customer panel at the end of the draft', async () => {
    await type('Hi Ravi,');
    TestBed.inject(ReplyInsertStore).insert('Your driver is Salim Das, in cab KA01AB1234.');
    await fixture.whenStable();
    expect(textarea().value).toBe('Hi Ravi, Your driver is Salim Das, in cab KA01AB1234.');
  });

  it('says only templates can be sent outside the 24-hour window, and offers them', async () => {
    const menu = TestBed.createComponent(QuickReplyMenu);
    menu.componentRef.setInput('listId', 'qr');
    menu.componentRef.setInput('windowOpen', false);
    const templates = jasmine.createSpy('templates');
    menu.componentInstance.templates.subscribe(templates);
    await menu.whenStable();
    const element = menu.nativeElement as HTMLElement;
    expect(element.querySelector('[role=status]')?.textContent).toContain(
      'only templates can be sent',
    );
    expect(element.querySelector('[role=listbox]')).toBeNull();
    expect(
      menu.componentInstance.handleKey(new KeyboardEvent('keydown', { key: 'Enter' })),
    ).toBeFalse();
    element.querySelector<HTMLButtonElement>('button.templates')!.click();
    expect(templates).toHaveBeenCalled();
  });

  it('runs the templates picker for the palette once the window has closed', async () => {
    chat.set({
      ...chat()!,
      last_customer_message_at: new Date(NOW - 25 * 3_600_000).toISOString(),
    });
    await fixture.whenStable();
    expect(TestBed.inject(ShortcutRegistry).run('quickReplies.open')).toBeTrue();
    expect(openPicker).toHaveBeenCalled();
  });
});
