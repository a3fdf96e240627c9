import { Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, Validators } from '@angular/forms';

import { FormSubmit, SaveOutcome } from '../../../shared/forms/form-submit';
import { notBlankValidator } from '../../../shared/forms/not-blank-validator';
import { NoteDraftStore } from '../../../core/state/note-draft-store';
import { NotesStore } from '../state/notes-store';

/** Longest internal note accepted, in characters. */
const MAX_NOTE_LENGTH = 2000;
/** Said when Add note is pressed with nothing written. */
const EMPTY_NOTE = 'Write something in the note before adding it.';

/**
 * The internal note being written in one composer's Note mode: a form control (not blank, at
 * most 2,000 characters) kept per chat in the note draft store as it is typed, so switching chats
 * or reloading loses nothing; the problem shown under it; and adding it through the notes store
 * on the forms' save step (`FormSubmit`), once even when an answer is lost and the executive
 * tries again. Provided by the composer.
 */
@Injectable()
export class NoteDraft {
  private readonly notes = inject(NotesStore);
  private readonly drafts = inject(NoteDraftStore);
  private readonly chatId = signal<string | null>(null);
  // Kept across retries of the same text, so a lost answer never saves the note twice.
  private clientNoteId = crypto.randomUUID();

  /** Longest note accepted, in characters. */
  readonly maxLength = MAX_NOTE_LENGTH;
  /** What the note field holds. */
  readonly control = new FormControl('', {
    nonNullable: true,
    validators: [notBlankValidator, Validators.maxLength(MAX_NOTE_LENGTH)],
  });
  /** Adding the note: the field waits while it is added, and keeps its text when it fails. */
  readonly submission = new FormSubmit<string>({ form: this.control });
  /** Whether the note is being added. */
  readonly adding = this.submission.saving;

  /** The note's text as last typed or loaded. */
  private readonly text = signal('');
  /** Whether a note is being written in this chat (shown on the Note toggle while replying). */
  readonly waiting = computed(() => this.text().trim() !== '');

  /** Whether Add note was pressed with nothing written (until the text changes). */
  private readonly blank = signal(false);
  /** The chat whose note was last sent to be added: its failure shows only in that chat. */
  private readonly addedFor = signal<string | null>(null);
  /** Why the note was not added, while it applies. */
  readonly problem = computed(() => {
    if (this.blank()) {
      return EMPTY_NOTE;
    }
    return this.addedFor() === this.chatId() ? this.submission.error() : null;
  });

  constructor() {
    this.control.valueChanges.pipe(takeUntilDestroyed()).subscribe((text) => {
      // The executive changed the text: a new note, with its own id.
      this.clientNoteId = crypto.randomUUID();
      this.clearProblem();
      this.text.set(text);
      const chatId = this.chatId();
      if (chatId !== null) {
        this.drafts.save(chatId, text);
      }
    });
  }

  /** Loads the note being written for `chatId`. */
  load(chatId: string): void {
    this.chatId.set(chatId);
    const text = this.drafts.draftFor(chatId);
    this.control.reset(text, { emitEvent: false });
    this.text.set(text);
    this.clearProblem();
    this.clientNoteId = crypto.randomUUID();
  }

  /** Hides the problem shown (the executive went back to replying). */
  clearProblem(): void {
    this.blank.set(false);
    this.submission.clearError();
  }

  /**
   * Adds the note through the notes store; it is never sent to the customer. Resolves false when
   * it was not added (the problem says why).
   */
  add(): Promise<boolean> {
    const chatId = this.chatId();
    if (chatId === null) {
      return Promise.resolve(false);
    }
    const text = this.control.value.trim();
    const clientNoteId = this.clientNoteId;
    this.blank.set(this.control.hasError('required'));
    this.addedFor.set(chatId);
    return this.submission.submit(
      async (): Promise<SaveOutcome<string>> => {
        const result = await this.notes.add(chatId, text, clientNoteId);
        return result.ok ? { ok: true, value: chatId } : result;
      },
      (added) => {
        this.drafts.clear(added);
        if (added === this.chatId()) {
          this.control.reset('', { emitEvent: false });
          this.clientNoteId = crypto.randomUUID();
        }
      },
    );
  }
}
