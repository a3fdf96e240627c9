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
import { TextFieldModule } from '@angular/cdk/text-field';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggle, MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTooltipModule } from '@angular/material/tooltip';
import { Subscription } from 'rxjs';

import { isApiError } from '../../../core/api/api-error';
import { Session } from '../../../core/auth/session';
import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { Clock } from '../../../core/platform/clock';
import { ConsoleLayout } from '../../../core/layout/console-layout';
import { ConfigStore } from '../../../core/state/config-store';
import { ChatFactsStore } from '../../../core/state/chat-facts-store';
import { ConversationStore } from '../../../core/state/conversation-store';
import { DraftStore } from '../../../core/state/draft-store';
import { ReplySuggestions } from '../state/reply-suggestions';
import { NotesStore } from '../state/notes-store';
import { ReplyInsertStore, appendSentence } from '../../../core/state/reply-insert-store';
import { whatsappWindow } from '../state/whatsapp-window';
import {
  DraftEdit,
  QuickReplyTrigger,
  firstPlaceholder,
} from '../quick-replies/quick-reply-trigger';
import { SaveQuickReply } from '../quick-replies/save-quick-reply';
import { TemplatePicker } from '../templates/template-picker';
import { REPLY_WINDOW_WARNING_MS, replyWindowLabel } from './reply-window';

/** Pause after the last keystroke before the draft is written to storage. */
const DRAFT_SAVE_DELAY_MS = 400;
/** The character counter appears from this share of the limit. */
const COUNTER_FROM = 0.9;
/** Longest internal note accepted, in characters. */
const MAX_NOTE_LENGTH = 2000;
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
    SaveQuickReply,
  ],
  templateUrl: './composer.html',
  styleUrl: './composer.scss',
  host: { '(window:pagehide)': 'flushDraft()', '[class.note-mode]': "mode() === 'note'" },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Composer {
  private readonly conversation = inject(ConversationStore);
  private readonly drafts = inject(DraftStore);
  private readonly configStore = inject(ConfigStore);
  private readonly clock = inject(Clock);
  private readonly suggestions = inject(ReplySuggestions);
  private readonly templates = inject(TemplatePicker);
  private readonly shortcuts = inject(ShortcutRegistry);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly injector = inject(Injector);
  private readonly destroyRef = inject(DestroyRef);
  private readonly notes = inject(NotesStore);
  private readonly layout = inject(ConsoleLayout);
  private readonly textarea = viewChild<ElementRef<HTMLTextAreaElement>>('textarea');
  private readonly noteArea = viewChild<ElementRef<HTMLTextAreaElement>>('noteArea');
  private readonly replyToggle = viewChild<MatButtonToggle>('replyToggle');
  private readonly quickReplies = viewChild(QuickReplyTrigger);
  private readonly chatFacts = inject(ChatFactsStore);
  private readonly inserts = inject(ReplyInsertStore);
  private stopInserts: (() => void) | null = null;

  /** The chat this composer writes to; its draft is loaded and saved under this id only. */
  readonly chatId = input.required<string>();

  // The chat whose draft `text` holds. Saves go to this id, never to whatever is open meanwhile.
  private draftChatId: string | null = null;
  private pendingSave: { chatId: string; text: string } | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private suggestionRequest: Subscription | null = null;

  /** Whether the executive writes a reply or an internal note. */
  readonly mode = signal<ComposerMode>('reply');
  protected readonly noteText = signal('');
  protected readonly noteProblem = signal<string | null>(null);
  protected readonly maxNoteLength = MAX_NOTE_LENGTH;
  // Kept across retries of the same text, so a lost answer never saves the note twice.
  private clientNoteId = crypto.randomUUID();
  protected readonly addingNote = computed(() => this.notes.notesOf(this.chatId()).adding);

  /** Lines the empty text box shows: one in a short window, where the messages need the room. */
  protected readonly minRows = computed(() => (this.layout.shortWindow() ? 1 : 2));

  protected readonly text = signal('');
  protected readonly problem = signal<string | null>(null);
  protected readonly suggesting = signal(false);
  protected readonly suggestion = signal<string | null>(null);
  /**
   * The AI draft in the box, framed as such until sent: what the executive had typed before it
   * (Undo puts that back) and how it was placed (Regenerate places the next one the same way).
   */
  protected readonly aiDraft = signal<{ before: string; mode: 'replace' | 'append' } | null>(null);

  private readonly chat = computed(() =>
    this.conversation.chatId() === this.chatId() ? this.conversation.chat() : null,
  );
  protected readonly maxLength = computed(() => this.configStore.config().max_message_length);
  protected readonly length = computed(() => this.text().length);
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
  protected readonly recipient = computed(() => this.chat()?.customer_name || 'the customer');
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
    // A session that ends mid-sentence (a 401, an expiry) must not drop what was just typed.
    unregister.push(inject(Session).beforeEnd(() => this.flushDraft()));
    this.destroyRef.onDestroy(() => {
      unregister.forEach((remove) => remove());
      this.stopInserts?.();
      this.flushDraft();
      this.suggestionRequest?.unsubscribe();
    });
  }

  /** Puts the cursor in the reply box (at the end of the draft). */
  focus(): void {
    const element = this.textarea()?.nativeElement;
    if (element) {
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    }
  }

  /** Switches between writing a reply and writing an internal note. */
  setMode(mode: ComposerMode): void {
    this.mode.set(mode);
    this.noteProblem.set(null);
  }

  /** Switches to Note with the cursor in the note field. */
  writeNote(): void {
    this.setMode('note');
    afterNextRender(() => this.noteArea()?.nativeElement.focus(), { injector: this.injector });
  }

  /** Saves the internal note through the notes store; it is never sent to the customer. */
  async addNote(): Promise<void> {
    const chatId = this.chatId();
    const text = this.noteText().trim();
    if (this.addingNote()) {
      return;
    }
    if (text === '') {
      this.noteProblem.set('Write something in the note before adding it.');
      this.noteArea()?.nativeElement.focus();
      return;
    }
    this.noteProblem.set(null);
    const result = await this.notes.add(chatId, text, this.clientNoteId);
    if (chatId !== this.chatId()) {
      return;
    }
    if (result.ok) {
      this.noteText.set('');
      this.clientNoteId = crypto.randomUUID();
    } else {
      this.noteProblem.set(result.message);
    }
  }

  /** Sends the draft, or says why it cannot be sent. */
  send(): void {
    const chatId = this.draftChatId;
    if (chatId === null) {
      return;
    }
    if (!this.windowOpen()) {
      this.problem.set('The reply window is closed. Send a template instead.');
      return;
    }
    const text = this.text().trim();
    if (text === '') {
      this.problem.set('Type a message before sending.');
      this.focus();
      return;
    }
    if (this.overBy() > 0) {
      this.problem.set('This message is too long. Shorten it, then send.');
      this.focus();
      return;
    }
    const hole = firstPlaceholder(this.text());
    if (hole) {
      // A reply with "{booking_id}" in it would reach the customer as it is.
      this.problem.set(`Fill {${hole.name}} before sending.`);
      this.select(hole.start, hole.end);
      return;
    }
    this.conversation.send({ text });
    this.cancelSave();
    this.drafts.clear(chatId);
    this.text.set('');
    this.problem.set(null);
    this.suggestion.set(null);
    this.aiDraft.set(null);
    this.focus();
  }

  /** Writes a draft still waiting for its save delay. */
  flushDraft(): void {
    if (this.saveTimer !== null) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (this.pendingSave) {
      this.drafts.save(this.pendingSave.chatId, this.pendingSave.text);
      this.pendingSave = null;
    }
  }

  protected onInput(event: Event): void {
    const value = (event.target as HTMLTextAreaElement).value;
    this.text.set(value);
    this.problem.set(null);
    this.scheduleSave();
    if (value.trim() !== '') {
      this.conversation.notifyTyping();
    }
  }

  protected onNoteInput(event: Event): void {
    this.noteText.set((event.target as HTMLTextAreaElement).value);
    this.noteProblem.set(null);
    this.clientNoteId = crypto.randomUUID();
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
    this.text.set(edit.text);
    this.problem.set(null);
    this.scheduleSave();
    this.select(edit.selectionStart, edit.selectionEnd);
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
    const text = appendSentence(this.text(), sentence);
    this.applyEdit({ text, selectionStart: text.length, selectionEnd: text.length });
  }

  private select(start: number, end: number): void {
    afterNextRender(
      () => {
        const element = this.textarea()?.nativeElement;
        if (element) {
          element.focus();
          element.setSelectionRange(start, end);
        }
      },
      { injector: this.injector },
    );
  }

  protected suggest(): void {
    const chatId = this.draftChatId;
    if (chatId === null || this.suggesting()) {
      return;
    }
    this.suggesting.set(true);
    this.problem.set(null);
    this.suggestionRequest = this.suggestions
      .suggest(chatId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (suggestion) => {
          this.suggesting.set(false);
          if (chatId !== this.draftChatId) {
            return;
          }
          const regenerating = this.aiDraft();
          if (suggestion === '') {
            this.problem.set('No suggestion this time. Write your reply, or try again.');
          } else if (regenerating) {
            this.text.set(regenerating.before);
            this.useSuggestion(suggestion, regenerating.mode);
          } else if (this.text().trim() === '') {
            this.useSuggestion(suggestion, 'replace');
          } else {
            // Never overwrite what the executive wrote without asking.
            this.suggestion.set(suggestion);
          }
        },
        error: (error: unknown) => {
          this.suggesting.set(false);
          this.problem.set(
            isApiError(error) ? error.message : "Couldn't get a suggestion. Try again.",
          );
        },
      });
  }

  protected useSuggestion(suggestion: string, mode: 'replace' | 'append'): void {
    const before = this.text();
    this.aiDraft.set({ before, mode });
    const current = before.trimEnd();
    this.text.set(mode === 'append' && current !== '' ? `${current}\n\n${suggestion}` : suggestion);
    this.suggestion.set(null);
    this.scheduleSave();
    afterNextRender(() => this.focus(), { injector: this.injector });
  }

  /** Asks for another suggestion in place of the AI draft in the box. */
  protected regenerate(): void {
    this.suggest();
  }

  /** Takes the AI draft out, putting back what the executive had typed. */
  protected undoSuggestion(): void {
    const draft = this.aiDraft();
    if (!draft) {
      return;
    }
    this.suggestionRequest?.unsubscribe();
    this.suggesting.set(false);
    this.aiDraft.set(null);
    this.text.set(draft.before);
    this.scheduleSave();
    this.focus();
  }

  protected discardSuggestion(): void {
    this.suggestion.set(null);
    this.focus();
  }

  private focusFromShortcut(): boolean {
    if (this.mode() === 'note') {
      this.setMode('reply');
      afterNextRender(() => this.focus(), { injector: this.injector });
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
    this.flushDraft();
    this.suggestionRequest?.unsubscribe();
    this.suggesting.set(false);
    this.suggestion.set(null);
    this.aiDraft.set(null);
    this.problem.set(null);
    this.draftChatId = chatId;
    this.text.set(this.drafts.draftFor(chatId));
    this.mode.set('reply');
    this.noteText.set('');
    this.noteProblem.set(null);
    this.clientNoteId = crypto.randomUUID();
    this.quickReplies()?.close();
    this.stopInserts?.();
    this.stopInserts = this.inserts.register(chatId, (sentence) => this.insertSentence(sentence));
  }

  private scheduleSave(): void {
    if (this.draftChatId === null) {
      return;
    }
    this.pendingSave = { chatId: this.draftChatId, text: this.text() };
    if (this.saveTimer !== null) {
      clearTimeout(this.saveTimer);
    }
    this.saveTimer = setTimeout(() => {
      this.saveTimer = null;
      this.flushDraft();
    }, DRAFT_SAVE_DELAY_MS);
  }

  private cancelSave(): void {
    if (this.saveTimer !== null) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    this.pendingSave = null;
  }
}
