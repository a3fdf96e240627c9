import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { Subject, of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { testLoginResponse } from '../../../core/api/api-testing';
import { Session } from '../../../core/auth/session';
import { ChatGptResponse, Chats } from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { Clock } from '../../../core/platform/clock';
import { ConfigStore, DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { ConversationStore } from '../../../core/state/conversation-store';
import { DraftStore } from '../../../core/state/draft-store';
import { FakeNotesStore, provideFakeNotesStore } from '../../../testing/fake-notes-store';
import { aChat } from '../../../testing/payload-fixtures';
import { PickedTemplate, TemplatePicker } from '../templates/template-picker';
import { Composer } from './composer';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();
const HOUR = 3_600_000;

function chatWrittenAgo(chatId: string, ms: number | null): Chats {
  return aChat({
    chat_id: chatId,
    customer_name: chatId === 'c1' ? 'Ravi Kumar' : 'Meena Rao',
    last_customer_message_at: ms === null ? null : new Date(NOW - ms).toISOString(),
  });
}

class FakeConversation {
  readonly chatId = signal<string | null>('c1');
  readonly chat = signal<Chats | null>(chatWrittenAgo('c1', HOUR));
  readonly send = jasmine.createSpy('send');
  readonly notifyTyping = jasmine.createSpy('notifyTyping');
}

class MemoryDrafts {
  readonly drafts = new Map<string, string>();
  draftFor(chatId: string): string {
    return this.drafts.get(chatId) ?? '';
  }
  save(chatId: string, text: string): void {
    if (text.trim() === '') {
      this.drafts.delete(chatId);
    } else {
      this.drafts.set(chatId, text);
    }
  }
  clear(chatId: string): void {
    this.drafts.delete(chatId);
  }
}

describe('Composer', () => {
  let fixture: ComponentFixture<Composer>;
  let loader: HarnessLoader;
  let conversation: FakeConversation;
  let drafts: MemoryDrafts;
  let config: ReturnType<typeof signal<typeof DEFAULT_CHAT_CONFIG>>;
  let getChatGPTResponse: jasmine.Spy;
  let openPicker: jasmine.Spy;
  let notes: FakeNotesStore;

  beforeEach(() => {
    conversation = new FakeConversation();
    drafts = new MemoryDrafts();
    config = signal({ ...DEFAULT_CHAT_CONFIG });
    getChatGPTResponse = jasmine.createSpy('getChatGPTResponse');
    openPicker = jasmine.createSpy('open').and.returnValue(of(undefined));
    notes = new FakeNotesStore();
    TestBed.configureTestingModule({
      imports: [Composer],
      providers: [
        { provide: ConversationStore, useValue: conversation },
        { provide: DraftStore, useValue: drafts },
        { provide: ConfigStore, useValue: { config } },
        { provide: Clock, useValue: { now: signal(NOW) } },
        { provide: PySmartChatApi, useValue: { getChatGPTResponse } },
        { provide: TemplatePicker, useValue: { open: openPicker } },
        provideFakeNotesStore(notes),
      ],
    });
  });

  async function render(chatId = 'c1'): Promise<HTMLElement> {
    // The "Save as quick reply" form is a deferred block.
    await TestBed.compileComponents();
    fixture = TestBed.createComponent(Composer);
    fixture.componentRef.setInput('chatId', chatId);
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  async function openChat(chatId: string, chat: Chats = chatWrittenAgo(chatId, HOUR)) {
    conversation.chatId.set(chatId);
    conversation.chat.set(chat);
    fixture.componentRef.setInput('chatId', chatId);
    await fixture.whenStable();
  }

  function textarea(): HTMLTextAreaElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector('textarea');
  }

  async function type(text: string): Promise<void> {
    await (await loader.getHarness(MatInputHarness)).setValue(text);
    await fixture.whenStable();
  }

  async function click(text: string | RegExp): Promise<void> {
    await (await loader.getHarness(MatButtonHarness.with({ text }))).click();
    await fixture.whenStable();
  }

  async function pressCtrlEnter(): Promise<KeyboardEvent> {
    const event = new KeyboardEvent('keydown', {
      key: 'Enter',
      ctrlKey: true,
      bubbles: true,
      cancelable: true,
    });
    textarea()!.dispatchEvent(event);
    await fixture.whenStable();
    return event;
  }

  describe('drafts', () => {
    it("restores each chat's own draft and never shows it in another chat", async () => {
      drafts.save('c1', 'Draft for Ravi');
      await render('c1');
      expect(textarea()!.value).toBe('Draft for Ravi');

      await type('Your driver is 5 minutes away');
      await openChat('c2');

      expect(textarea()!.value).toBe('');
      expect(drafts.draftFor('c1')).toBe('Your driver is 5 minutes away');
      expect(drafts.draftFor('c2')).toBe('');

      await type('Refund is on its way');
      await openChat('c1');

      expect(textarea()!.value).toBe('Your driver is 5 minutes away');
      expect(drafts.draftFor('c2')).toBe('Refund is on its way');
    });

    it('keeps what was typed when the composer goes away before the save delay', async () => {
      await render('c1');
      await type('Half a reply');
      fixture.destroy();
      expect(drafts.draftFor('c1')).toBe('Half a reply');
    });

    it('saves what was typed a moment ago before a session that ends (a 401) is cleared', async () => {
      // The real store, which files drafts under the signed-in executive.
      TestBed.overrideProvider(DraftStore, { useFactory: () => new DraftStore() });
      const session = TestBed.inject(Session);
      const login = testLoginResponse();
      const key = `ccc.drafts.${login.executive.executive_id}`;
      localStorage.removeItem(key);
      session.signIn(login);
      await render('c1');
      await type('Your refund of Rs 240 is');
      expect(localStorage.getItem(key)).toBeNull();

      session.expire();

      try {
        expect(localStorage.getItem(key)).toContain('Your refund of Rs 240 is');
        session.signIn(login);
        expect(TestBed.inject(DraftStore).draftFor('c1')).toBe('Your refund of Rs 240 is');
      } finally {
        localStorage.removeItem(key);
        session.clear();
      }
    });

    it('tells the other side the executive is typing', async () => {
      await render();
      await type('Hi');
      expect(conversation.notifyTyping).toHaveBeenCalled();
    });
  });

  describe('sending', () => {
    it('sends with Ctrl+Enter and clears the draft', async () => {
      await render();
      await type('  On my way \n see you soon  ');

      const event = await pressCtrlEnter();

      expect(event.defaultPrevented).toBeTrue();
      expect(conversation.send).toHaveBeenCalledOnceWith({ text: 'On my way \n see you soon' });
      expect(textarea()!.value).toBe('');
      fixture.destroy();
      expect(drafts.draftFor('c1')).toBe('');
    });

    it('sends with Cmd+Enter and with the Send button', async () => {
      await render();
      await type('First');
      textarea()!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Enter', metaKey: true, cancelable: true }),
      );
      await fixture.whenStable();
      await type('Second');
      await click(/Send$/);
      expect(conversation.send.calls.allArgs()).toEqual([
        [{ text: 'First' }],
        [{ text: 'Second' }],
      ]);
    });

    it('leaves Enter alone for a new line', async () => {
      await render();
      await type('Line one');
      const event = new KeyboardEvent('keydown', { key: 'Enter', cancelable: true });
      textarea()!.dispatchEvent(event);
      expect(event.defaultPrevented).toBeFalse();
      expect(conversation.send).not.toHaveBeenCalled();
    });

    it('says so instead of sending an empty message', async () => {
      const el = await render();
      await type('   ');
      await click(/Send$/);
      expect(conversation.send).not.toHaveBeenCalled();
      expect(el.querySelector('.problem')?.textContent).toContain('Type a message before sending.');
    });

    it('counts characters near the limit and refuses a message over it', async () => {
      config.set({ ...DEFAULT_CHAT_CONFIG, max_message_length: 20 });
      const el = await render();
      await type('Short');
      expect(el.querySelector('.counter')).toBeNull();

      await type('This reply is far too long');

      expect(el.querySelector('.counter')?.textContent).toContain('26 / 20');
      expect(el.querySelector('.problem')?.textContent).toContain('6 characters over the limit');
      await pressCtrlEnter();
      expect(conversation.send).not.toHaveBeenCalled();
    });
  });

  describe('Reply or Note', () => {
    async function choose(mode: 'Reply' | 'Note'): Promise<void> {
      const text = mode === 'Note' ? /Note$/ : /^Reply$/;
      await (await loader.getHarness(MatButtonToggleHarness.with({ text }))).check();
      await fixture.whenStable();
    }

    it('adds a note through the notes store, never sending it to the customer', async () => {
      const el = await render();
      await choose('Note');
      expect(el.classList).toContain('note-mode');
      expect(el.textContent).toContain('Write an internal note');
      await type('Driver reached; customer not at the gate.');
      await click(/Add note/);

      expect(notes.add).toHaveBeenCalledWith(
        'c1',
        'Driver reached; customer not at the gate.',
        jasmine.any(String),
      );
      expect(conversation.send).not.toHaveBeenCalled();
      expect(textarea()!.value).toBe('');
    });

    it('adds the note with Ctrl+Enter and keeps the reply draft apart', async () => {
      drafts.save('c1', 'Your cab is on the way.');
      await render();
      await choose('Note');
      expect(textarea()!.value).toBe('');
      await type('Promised a call back at 6.');
      const event = await pressCtrlEnter();
      expect(event.defaultPrevented).toBeTrue();
      expect(notes.add).toHaveBeenCalledTimes(1);
      expect(conversation.send).not.toHaveBeenCalled();

      await choose('Reply');
      expect(textarea()!.value).toBe('Your cab is on the way.');
    });

    it('says what is missing instead of adding an empty note', async () => {
      const el = await render();
      await choose('Note');
      await click(/Add note/);
      expect(notes.add).not.toHaveBeenCalled();
      expect(el.textContent).toContain('Write something in the note before adding it.');
    });

    it('can write a note after the reply window closed', async () => {
      conversation.chat.set(chatWrittenAgo('c1', 25 * HOUR));
      await render();
      expect(textarea()).toBeNull();
      await choose('Note');
      expect(textarea()).not.toBeNull();
    });

    it('opens Note with the note shortcut, and Escape goes back to Reply', async () => {
      const el = await render();
      expect(TestBed.inject(ShortcutRegistry).run('note.add')).toBeTrue();
      await fixture.whenStable();
      expect(el.classList).toContain('note-mode');
      expect(document.activeElement).toBe(textarea());
      textarea()!.dispatchEvent(
        new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }),
      );
      await fixture.whenStable();
      expect(el.classList).not.toContain('note-mode');
      expect(
        await (
          await loader.getHarness(MatButtonToggleHarness.with({ text: /^Reply$/ }))
        ).isChecked(),
      ).toBeTrue();
    });

    it('goes back to Reply when another chat opens', async () => {
      const el = await render();
      await choose('Note');
      await openChat('c2');
      expect(el.classList).not.toContain('note-mode');
    });
  });

  describe('WhatsApp reply window', () => {
    it('counts down the time left to reply', async () => {
      conversation.chat.set(chatWrittenAgo('c1', 20 * HOUR + 48 * 60_000));
      const el = await render();
      expect(el.querySelector('.window')?.textContent).toContain('Reply window closes in 3h 12m');
    });

    it('turns into template-only mode once the window closed', async () => {
      conversation.chat.set(chatWrittenAgo('c1', 25 * HOUR));
      drafts.save('c1', 'An old draft');
      const el = await render();

      expect(textarea()).toBeNull();
      expect(el.textContent).toContain(
        'The 24-hour window closed. Send a template to restart the conversation.',
      );
      expect(drafts.draftFor('c1')).toBe('An old draft');
    });

    it('sends the template picked for the chat', async () => {
      const chat = chatWrittenAgo('c1', 25 * HOUR);
      conversation.chat.set(chat);
      const picked: PickedTemplate = {
        text: 'Hello Ravi, we are here to help.',
        templateId: 't1',
        templateName: 'reopen_conversation',
        templateParams: { name: 'Ravi' },
      };
      openPicker.and.returnValue(of(picked));
      await render();

      await click(/Templates$/);

      expect(openPicker).toHaveBeenCalledOnceWith(chat);
      expect(conversation.send).toHaveBeenCalledOnceWith(picked);
    });

    it('follows the configured window length', async () => {
      config.set({ ...DEFAULT_CHAT_CONFIG, whatsapp_window_hours: 48 });
      conversation.chat.set(chatWrittenAgo('c1', 25 * HOUR));
      await render();
      expect(textarea()).not.toBeNull();
    });
  });

  describe('AI suggestion', () => {
    function suggestion(text: string): ChatGptResponse {
      return { chat_id: 'c1', suggestion: text, generated_at: new Date(NOW).toISOString() };
    }

    it('fills an empty draft for editing, focused, and never sends it', async () => {
      const response = new Subject<ChatGptResponse>();
      getChatGPTResponse.and.returnValue(response);
      const el = await render();

      await click(/Suggest a reply/);
      expect(getChatGPTResponse).toHaveBeenCalledOnceWith({ chat_id: 'c1' });
      expect(el.textContent).toContain('Getting a suggestion…');

      response.next(suggestion('Your refund was issued today.'));
      response.complete();
      await fixture.whenStable();

      expect(textarea()!.value).toBe('Your refund was issued today.');
      expect(document.activeElement).toBe(textarea());
      expect(conversation.send).not.toHaveBeenCalled();
    });

    it('asks before replacing a draft the executive wrote', async () => {
      getChatGPTResponse.and.returnValue(of(suggestion('Suggested text')));
      await render();
      await type('My own words');

      await click(/Suggest a reply/);
      expect(textarea()!.value).toBe('My own words');

      await click('Replace draft');
      expect(textarea()!.value).toBe('Suggested text');
      expect(conversation.send).not.toHaveBeenCalled();
    });

    it('can add the suggestion below the draft instead', async () => {
      getChatGPTResponse.and.returnValue(of(suggestion('Suggested text')));
      await render();
      await type('My own words');
      await click(/Suggest a reply/);

      await click('Add below');

      expect(textarea()!.value).toBe('My own words\n\nSuggested text');
    });

    it('frames a suggestion as an AI draft, with Regenerate and Undo back to what was typed', async () => {
      getChatGPTResponse.and.returnValues(
        of(suggestion('Suggested text')),
        of(suggestion('Another suggestion')),
      );
      const el = await render();
      await type('My own words');
      await click(/Suggest a reply/);
      await click('Add below');
      expect(el.textContent).toContain('AI draft — check before sending');

      await click('Regenerate');
      expect(textarea()!.value).toBe('My own words\n\nAnother suggestion');
      expect(el.textContent).toContain('AI draft — check before sending');

      await click('Undo');
      expect(textarea()!.value).toBe('My own words');
      expect(el.textContent).not.toContain('AI draft');
      expect(conversation.send).not.toHaveBeenCalled();
    });

    it('never greets a stand-in contact name', async () => {
      getChatGPTResponse.and.returnValue(of(suggestion('Hi WhatsApp, thanks for writing in.')));
      await render();
      await click(/Suggest a reply/);
      expect(textarea()!.value).toBe('Hello, thanks for writing in.');
    });

    it('says when no suggestion could be had', async () => {
      getChatGPTResponse.and.returnValue(
        throwError(
          () =>
            new ApiError({
              status: 503,
              code: 'unavailable',
              backend: 'pySmartChat',
              message: 'Suggestions are unavailable right now. Write your reply yourself.',
            }),
        ),
      );
      const el = await render();
      await click(/Suggest a reply/);
      expect(el.querySelector('.problem')?.textContent).toContain('Suggestions are unavailable');
      expect(textarea()!.value).toBe('');
    });

    it('drops a suggestion that arrives after switching to another chat', async () => {
      const response = new Subject<ChatGptResponse>();
      getChatGPTResponse.and.returnValue(response);
      await render('c1');
      await click(/Suggest a reply/);
      await openChat('c2');

      response.next(suggestion('For Ravi only'));
      await fixture.whenStable();

      expect(textarea()!.value).toBe('');
      expect(drafts.draftFor('c2')).toBe('');
    });
  });

  describe('keyboard shortcuts', () => {
    it('focuses the reply box with composer.focus', async () => {
      await render();
      const registry = TestBed.inject(ShortcutRegistry);
      expect(registry.run('composer.focus')).toBeTrue();
      expect(document.activeElement).toBe(textarea());
    });

    it('sends the reply with composer.send from outside the reply box', async () => {
      await render();
      await type('Sent by shortcut');
      const registry = TestBed.inject(ShortcutRegistry);
      const event = new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, cancelable: true });
      document.body.dispatchEvent(event);

      expect(registry.handleKeydown(event)).toBeTrue();
      expect(conversation.send).toHaveBeenCalledOnceWith({ text: 'Sent by shortcut' });
    });

    it('leaves Ctrl+Enter in another field to that field', async () => {
      await render();
      await type('Not for the note');
      const note = document.createElement('textarea');
      document.body.appendChild(note);
      const event = new KeyboardEvent('keydown', {
        key: 'Enter',
        ctrlKey: true,
        bubbles: true,
        cancelable: true,
      });
      note.dispatchEvent(event);

      expect(TestBed.inject(ShortcutRegistry).handleKeydown(event)).toBeFalse();
      expect(conversation.send).not.toHaveBeenCalled();
      note.remove();
    });

    it('does nothing by shortcut in template-only mode, and unregisters when gone', async () => {
      conversation.chat.set(chatWrittenAgo('c1', 25 * HOUR));
      await render();
      const registry = TestBed.inject(ShortcutRegistry);
      expect(registry.run('composer.focus')).toBeFalse();
      expect(registry.run('composer.send')).toBeFalse();

      fixture.destroy();

      expect(registry.isActive('composer.send')).toBeFalse();
      expect(registry.isActive('composer.focus')).toBeFalse();
    });
  });
});
