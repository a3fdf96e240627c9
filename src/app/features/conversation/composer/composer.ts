import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { ReactiveFormsModule } from '@angular/forms';
import { TextFieldModule } from '@angular/cdk/text-field';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTooltipModule } from '@angular/material/tooltip';

import { Session } from '../../../core/auth/session';
import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { Clock } from '../../../core/platform/clock';
import { ConsoleLayout } from '../../../core/layout/console-layout';
import { ConfigStore } from '../../../core/state/config-store';
import { ChatFactsStore } from '../../../core/state/chat-facts-store';
import { ConversationStore } from '../../../core/state/conversation-store';
import { ReplyInsertStore, appendSentence } from '../../../core/state/reply-insert-store';
import { NAME_MAX_CHARS, clipText } from '../../../shared/text/clip-text';
import { ownershipOf } from '../state/chat-ownership';
import { whatsappWindow } from '../state/whatsapp-window';
import {
  DraftEdit,
  QuickReplyTrigger,
  firstPlaceholder,
} from '../quick-replies/quick-reply-trigger';
import { SaveQuickReply } from '../quick-replies/save-quick-reply';
import { TemplatePicker } from '../templates/template-picker';
import { AiDraft } from './ai-draft';
import { NoteDraft } from './note-draft';
import { ReplyDraft } from './reply-draft';
import { REPLY_WINDOW_WARNING_MS, replyWindowLabel } from './reply-window';
import { contactName } from '../../../shared/text/contact-name';

/** The character counter appears from this share of the limit. */
const COUNTER_FROM = 0.9;
/** Where a key press is typing into some other field, not a command for the composer. */
const OTHER_FIELD = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

/** What the composer writes: a reply to the customer, or an internal note for the team. */
export type ComposerMode = 'reply' | 'note';

/**
 * Where the executive writes: a reply (a draft kept per chat, Ctrl/Cmd+Enter or Send to send, the
 * WhatsApp reply window with template-only mode once it closes, and an AI suggestion that is only
 * ever put into the text for the executive to review) or, switched to Note, an internal note for
 * the team that goes through the notes store and never to the customer.
 */
@Component({
  selector: 'app-composer',
  imports: [
    TextFieldModule,
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatTooltipModule,
    QuickReplyTrigger,
    ReactiveFormsModule,
    SaveQuickReply,
  ],
  // The reply, its AI suggestion and the note are each this composer's own.
  providers: [ReplyDraft, AiDraft, NoteDraft],
  templateUrl: './composer.html',
  styleUrl: './composer.scss',
  host: { '(window:pagehide)': 'flushDraft()', '[class.note-mode]': "mode() === 'note'" },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Composer {
  private readonly conversation = inject(ConversationStore);
  private readonly configStore = inject(ConfigStore);
  private readonly clock = inject(Clock);
  private readonly templates = inject(TemplatePicker);
  private readonly shortcuts = inject(ShortcutRegistry);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly layout = inject(ConsoleLayout);
  private readonly chatFacts = inject(ChatFactsStore);
  private readonly inserts = inject(ReplyInsertStore);
  private readonly session = inject(Session);
  private readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('textarea');
  private readonly noteArea = viewChild<ElementRef<HTMLTextAreaElement>>('noteArea');
  private readonly replyToggle = viewChild<MatButtonToggle>('replyToggle');
  private readonly quickReplies = viewChild(QuickReplyTrigger);
  private stopInserts: (() => void) | null = null;

  /** The reply being written, kept per chat. */
  protected readonly draft = inject(ReplyDraft);
  /** The AI-suggested reply. */
  protected readonly ai = inject(AiDraft);
  /** The internal note being written. */
  protected readonly note = inject(NoteDraft);

  /** The chat this composer writes to; its draft is loaded and saved under this id only. */
  readonly chatId = input.required<string>();

  /** Whether the executive writes a reply or an internal note. */
  readonly mode = signal<ComposerMode>('reply');

  /** Lines the empty text box shows: one in a short window, where the messages need the room. */
  protected readonly minRows = computed(() => (this.layout.shortWindow() ? 1 : 2));

  private readonly chat = computed(() =>
    this.conversation.chatId() === this.chatId() ? this.conversation.chat() : null,
  );
  protected readonly maxLength = computed(() => this.configStore.config().max_message_length);
  protected readonly length = computed(() => this.draft.text().length);
  protected readonly showCounter = computed(
    () => this.length() >= Math.floor(this.maxLength() * COUNTER_FROM),
  );
  protected readonly overBy = computed(() => Math.max(0, this.length() - this.maxLength()));
  private readonly window = computed(() => {
    const chat = this.chat();
    return chat
      ? whatsappWindow(
          chat.last_customer_message_at,
          this.clock.now(),
          this.configStore.config().whatsapp_window_hours,
        )
      : null;
  });
  /** Whether free text may be sent; unknown (chat still loading) counts as open. */
  protected readonly windowOpen = computed(() => this.window()?.open ?? true);
  protected readonly countdown = computed(() => {
    const window = this.window();
    return window?.open ? replyWindowLabel(window.remainingMs) : null;
  });
  protected readonly windowEnding = computed(
    () => (this.window()?.remainingMs ?? Infinity) < REPLY_WINDOW_WARNING_MS,
  );
  protected readonly closedNotice = computed(() =>
    this.window()?.closesAt === null
      ? 'The customer has not written yet. Send a template to start the conversation.'
      : 'The 24-hour window closed. Send a template to restart the conversation.',
  );
  /** What quick replies are filled with: the chat's name, and what the side panel has loaded. */
  protected readonly facts = computed(() => ({
    customer_name: this.chat()?.customer_name,
    ...this.chatFacts.facts(),
  }));
  protected readonly recipient = computed(() => {
    const chat = this.chat();
    return chat ? contactName(chat.customer_name, chat.customer_number) : 'the customer';
  });
  /**
   * A colleague's chat, as the stack's policy treats a reply there (docs/api.md, "Roles and
   * ownership"): a supervisor's goes out under their own name; an executive takes the chat over
   * first. Null on the executive's own chat and on one nobody has.
   */
  protected readonly colleague = computed(() => {
    const chat = this.chat();
    const ownership = chat ? ownershipOf(chat, this.session.executive()) : null;
    if (ownership?.kind !== 'colleague') {
      return null;
    }
    const name = clipText(ownership.name, NAME_MAX_CHARS);
    return {
      mayReply: ownership.mayReply,
      line: ownership.mayReply
        ? `${name}'s chat: your reply goes out under your name`
        : `${name}'s chat: take it over to send your reply`,
      refusal: `Not sent: this is ${name}'s chat. Take it over above to send your reply; it stays here.`,
    };
  });
  /** The colleague's-chat line under the box; it gives way while a problem there says the same. */
  protected readonly ownerLine = computed(() =>
    this.draft.problem() ? null : (this.colleague()?.line ?? null),
  );
  protected readonly sendKeys = /Mac|iPhone|iPad/.test(globalThis.navigator?.userAgent ?? '')
    ? '⌘ Enter'
    : 'Ctrl+Enter';

  constructor() {
    effect(() => {
      const chatId = this.chatId();
      untracked(() => this.switchTo(chatId));
    });
    const unregister = [
      this.shortcuts.register('composer.focus', () => this.focusFromShortcut()),
      this.shortcuts.register('composer.send', (event) => this.sendFromShortcut(event)),
      this.shortcuts.register('note.add', () => {
        this.writeNote();
        return true;
      }),
      this.shortcuts.register('quickReplies.open', () => this.openQuickReplies()),
      this.shortcuts.register('templates.open', () => this.openTemplates()),
    ];
    this.draft.attach(this.textarea);
    this.destroyRef.onDestroy(() => {
      unregister.forEach((remove) => remove());
      this.stopInserts?.();
    });
  }

  /** Puts the cursor in the reply box (at the end of the draft). */
  focus(): void {
    this.draft.focus();
  }

  /** Switches between writing a reply and writing an internal note. */
  setMode(mode: ComposerMode): void {
    this.mode.set(mode);
    this.note.clearProblem();
  }

  /** Switches to Note with the cursor in the note field. */
  writeNote(): void {
    this.setMode('note');
    afterNextRender(() => this.noteArea()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Saves the internal note through the notes store; it is never sent to the customer. */
  async addNote(): Promise<void> {
    await this.note.add();
    // The field waited, disabled, while the note was added: the cursor goes back to it.
    afterNextRender(() => this.noteArea()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Sends the draft, or says why it cannot be sent. */
  send(): void {
    if (this.draft.chatId === null) {
      return;
    }
    const problem = this.draft.problem;
    if (!this.windowOpen()) {
      problem.set('The reply window is closed. Send a template instead.');
      return;
    }
    const text = this.draft.text().trim();
    if (text === '') {
      problem.set('Type a message before sending.');
      this.focus();
      return;
    }
    if (this.overBy() > 0) {
      problem.set('This message is too long. Shorten it, then send.');
      this.focus();
      return;
    }
    const hole = firstPlaceholder(this.draft.text());
    if (hole) {
      // A reply with "{booking_id}" in it would reach the customer as it is.
      problem.set(`Fill {${hole.name}} before sending.`);
      this.draft.select(hole.start, hole.end);
      return;
    }
    const colleague = this.colleague();
    if (colleague && !colleague.mayReply) {
      // The stack would refuse it: the reply stays in the box, and Take over is offered above.
      problem.set(colleague.refusal);
      return;
    }
    this.conversation.send({ text });
    this.draft.sent();
    this.ai.sent();
    this.focus();
  }

  /** Writes a draft still waiting for its save delay. */
  flushDraft(): void {
    this.draft.flush();
  }

  protected onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.draft.write(value);
    this.draft.problem.set(null);
    if (value.trim() !== '') {
      this.conversation.notifyTyping();
    }
  }

  protected onNoteKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.addNote();
    } else if (event.key === 'Escape') {
      // Back to replying, with the focus out of the text so single-key shortcuts work again.
      event.preventDefault();
      this.setMode('reply');
      afterNextRender(() => this.replyToggle()?.focus(), { injector: this.injector });
    }
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      this.send();
    }
  }

  /** Puts the picked quick reply (or a panel fact) in the box, selecting what is left to fill. */
  protected applyEdit(edit: DraftEdit): void {
    this.draft.write(edit.text);
    this.draft.problem.set(null);
    this.draft.select(edit.selectionStart, edit.selectionEnd);
  }

  protected openTemplates(): boolean {
    const chat = this.chat();
    if (!chat) {
      return false;
    }
    this.templates
      .open(chat)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((picked) => {
        if (picked && this.conversation.chatId() === chat.chat_id) {
          this.conversation.send(picked);
        }
      });
    return true;
  }

  private openQuickReplies(): boolean {
    const list = this.quickReplies();
    if (!this.windowOpen() || !list) {
      // Outside the WhatsApp window only templates can be sent.
      return this.openTemplates();
    }
    list.open();
    return true;
  }

  private insertSentence(sentence: string): void {
    const text = appendSentence(this.draft.text(), sentence);
    this.applyEdit({ text, selectionStart: text.length, selectionEnd: text.length });
  }

  private focusFromShortcut(): boolean {
    if (this.mode() === 'note') {
      this.setMode('reply');
      this.draft.focusAfterRender();
      return true;
    }
    if (!this.textarea()) {
      return false;
    }
    this.focus();
    return true;
  }

  private sendFromShortcut(event: KeyboardEvent): boolean {
    const target = event.target;
    const elsewhere =
      target instanceof Element &&
      target.closest(OTHER_FIELD) !== null &&
      !this.host.nativeElement.contains(target);
    // Ctrl+Enter in a note or search field belongs to that field, never to the customer reply.
    if (elsewhere || !this.windowOpen() || this.mode() !== 'reply') {
      return false;
    }
    this.send();
    return true;
  }

  private switchTo(chatId: string): void {
    this.ai.reset();
    this.draft.load(chatId);
    this.mode.set('reply');
    this.note.load(chatId);
    this.quickReplies()?.close();
    this.stopInserts?.();
    this.stopInserts = this.inserts.register(chatId, (sentence) => this.insertSentence(sentence));
  }
}
