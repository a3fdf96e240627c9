import {
  DestroyRef,
  ElementRef,
  Injectable,
  Injector,
  Signal,
  afterNextRender,
  inject,
  signal,
} from '@angular/core';

import { Session } from '../../../core/auth/session';
import { DraftFlush } from '../../../core/state/draft-flush';
import { DraftStore } from '../../../core/state/draft-store';

/** Pause after the last keystroke before the draft is written to storage. */
const DRAFT_SAVE_DELAY_MS = 400;

/**
 * The reply being written in one composer: its text, kept per chat in the draft store a moment
 * after the last keystroke (and at once when the chat changes, the page goes, the composer goes or
 * the session ends), the problem shown under it, and the cursor in its box. Provided by the
 * composer.
 */
@Injectable()
export class ReplyDraft {
  private readonly drafts = inject(DraftStore);
  private readonly injector = inject(Injector);
  private box: Signal<ElementRef<HTMLTextAreaElement> | undefined> = signal(undefined);

  // The chat whose draft `text` holds. Saves go to this id, never to whatever is open meanwhile.
  private draftChatId: string | null = null;
  private pendingSave: { chatId: string; text: string } | null = null;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;

  /** What the reply box holds. */
  readonly text = signal('');
  /** Why the reply could not be sent or suggested, while it applies. */
  readonly problem = signal<string | null>(null);

  constructor() {
    // A session that ends mid-sentence (a 401, an expiry) must not drop what was just typed.
    const stopBeforeEnd = inject(Session).beforeEnd(() => this.flush());
    // Resolving and signing out ask about unsent replies: they see what was typed a moment ago.
    const stopFlush = inject(DraftFlush).register(() => this.flush());
    inject(DestroyRef).onDestroy(() => {
      stopBeforeEnd();
      stopFlush();
      this.flush();
    });
  }

  /** The chat whose draft this is; null before the first chat. */
  get chatId(): string | null {
    return this.draftChatId;
  }

  /** The text box the draft is written in, for focus and selection. */
  attach(box: Signal<ElementRef<HTMLTextAreaElement> | undefined>): void {
    this.box = box;
  }

  /** Saves the current chat's draft and loads `chatId`'s. */
  load(chatId: string): void {
    this.flush();
    this.problem.set(null);
    this.draftChatId = chatId;
    this.text.set(this.drafts.draftFor(chatId));
  }

  /** Puts `text` in the box and saves it after the save delay. */
  write(text: string): void {
    this.text.set(text);
    this.scheduleSave();
  }

  /** The draft went out: it is cleared here and in storage. */
  sent(): void {
    this.cancelSave();
    if (this.draftChatId !== null) {
      this.drafts.clear(this.draftChatId);
    }
    this.text.set('');
    this.problem.set(null);
  }

  /** Writes a draft still waiting for its save delay. */
  flush(): void {
    if (this.saveTimer !== null) {
      clearTimeout(this.saveTimer);
      this.saveTimer = null;
    }
    if (this.pendingSave) {
      this.drafts.save(this.pendingSave.chatId, this.pendingSave.text);
      this.pendingSave = null;
    }
  }

  /** Puts the cursor in the reply box (at the end of the draft). */
  focus(): void {
    const element = this.box()?.nativeElement;
    if (element) {
      element.focus();
      element.setSelectionRange(element.value.length, element.value.length);
    }
  }

  /** Focuses the box once it has rendered (after a change that redraws it). */
  focusAfterRender(): void {
    afterNextRender(() => this.focus(), { injector: this.injector });
  }

  /** Selects `start`..`end` of the box once it has rendered the current text. */
  select(start: number, end: number): void {
    afterNextRender(
      () => {
        const element = this.box()?.nativeElement;
        if (element) {
          element.focus();
          element.setSelectionRange(start, end);
        }
      },
      { injector: this.injector },
    );
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
      this.flush();
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
