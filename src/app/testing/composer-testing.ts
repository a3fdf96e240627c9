import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { WritableSignal, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatButtonToggleHarness } from '@angular/material/button-toggle/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { of } from 'rxjs';

import { Chats, Executive } from '../../contract';
import { PySmartChatApi } from '../core/api/py-smart-chat-api';
import { Clock } from '../core/platform/clock';
import { ConfigStore, DEFAULT_CHAT_CONFIG } from '../core/state/config-store';
import { ConversationStore } from '../core/state/conversation-store';
import { DraftStore } from '../core/state/draft-store';
import { Composer } from '../features/conversation/composer/composer';
import { NoteDraftStore } from '../core/state/note-draft-store';
import { TemplatePicker } from '../features/conversation/templates/template-picker';
import { FakeNotesStore, provideFakeNotesStore } from './fake-notes-store';
import { TEST_EXECUTIVE, provideFakeSession } from './fake-session';
import { keydown } from './key-events';
import { aChat } from './payload-fixtures';

/** The composer specs' now: 25 November 2026, 3 pm local time. */
export const NOW = new Date(2026, 10, 25, 15, 0).getTime();
export const HOUR = 3_600_000;

/** Chat `chatId` whose customer last wrote `ms` ago (never, for null). */
export function chatWrittenAgo(chatId: string, ms: number | null): Chats {
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

/**
 * The composer in a test bed, with the open chat, reply and note drafts, config, clock, AI
 * suggestions, template picker and notes faked. Construct in `beforeEach`; `render` puts it on the page.
 */
export class ComposerPage {
  readonly conversation = new FakeConversation();
  readonly drafts = new MemoryDrafts();
  readonly noteDrafts = new MemoryDrafts();
  readonly config: WritableSignal<typeof DEFAULT_CHAT_CONFIG> = signal({ ...DEFAULT_CHAT_CONFIG });
  readonly getChatGPTResponse = jasmine.createSpy('getChatGPTResponse');
  readonly openPicker = jasmine.createSpy('open').and.returnValue(of(undefined));
  readonly notes = new FakeNotesStore();
  /** Who is signed in: the executive the fixtures' chats are assigned to. */
  readonly me = signal<Executive | null>(TEST_EXECUTIVE);
  fixture!: ComponentFixture<Composer>;
  loader!: HarnessLoader;

  constructor() {
    TestBed.configureTestingModule({
      imports: [Composer],
      providers: [
        { provide: ConversationStore, useValue: this.conversation },
        { provide: DraftStore, useValue: this.drafts },
        { provide: NoteDraftStore, useValue: this.noteDrafts },
        { provide: ConfigStore, useValue: { config: this.config } },
        { provide: Clock, useValue: { now: signal(NOW) } },
        { provide: PySmartChatApi, useValue: { getChatGPTResponse: this.getChatGPTResponse } },
        { provide: TemplatePicker, useValue: { open: this.openPicker } },
        provideFakeNotesStore(this.notes),
        provideFakeSession(this.me),
      ],
    });
  }

  /** Renders the composer for `chatId`; returns its element. */
  async render(chatId = 'c1'): Promise<HTMLElement> {
    // The "Save as quick reply" form is a deferred block.
    await TestBed.compileComponents();
    this.fixture = TestBed.createComponent(Composer);
    this.fixture.componentRef.setInput('chatId', chatId);
    this.loader = TestbedHarnessEnvironment.loader(this.fixture);
    await this.fixture.whenStable();
    return this.fixture.nativeElement as HTMLElement;
  }

  /** Opens another chat in the same composer. */
  async openChat(chatId: string, chat: Chats = chatWrittenAgo(chatId, HOUR)): Promise<void> {
    this.conversation.chatId.set(chatId);
    this.conversation.chat.set(chat);
    this.fixture.componentRef.setInput('chatId', chatId);
    await this.fixture.whenStable();
  }

  /** The text box shown (reply or note), if any. */
  textarea(): HTMLTextAreaElement | null {
    return (this.fixture.nativeElement as HTMLElement).querySelector('textarea');
  }

  async type(text: string): Promise<void> {
    await (await this.loader.getHarness(MatInputHarness)).setValue(text);
    await this.fixture.whenStable();
  }

  async click(text: string | RegExp): Promise<void> {
    await (await this.loader.getHarness(MatButtonHarness.with({ text }))).click();
    await this.fixture.whenStable();
  }

  /** Switches between Reply and Note with the toggle. */
  async choose(mode: 'Reply' | 'Note'): Promise<void> {
    // The Note toggle may add that a note is being written.
    const text = mode === 'Note' ? /\bNote\b/ : /^Reply$/;
    await (await this.loader.getHarness(MatButtonToggleHarness.with({ text }))).check();
    await this.fixture.whenStable();
  }

  async pressCtrlEnter(): Promise<KeyboardEvent> {
    const event = keydown('Enter', { ctrlKey: true });
    this.textarea()!.dispatchEvent(event);
    await this.fixture.whenStable();
    return event;
  }
}
