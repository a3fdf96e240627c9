import { Injectable, computed, inject, signal } from '@angular/core';

import { NotesStore } from '../state/notes-store';

/** Longest internal note accepted, in characters. */
const MAX_NOTE_LENGTH = 2000;

/**
 * The internal note being written in one composer's Note mode: its text (kept while the
 * executive switches back to Reply), the problem shown under it, and adding it through the notes
 * store, once even when an answer is lost and the executive tries again. Provided by the composer.
 */
@Injectable()
export class NoteDraft {
  private readonly notes = inject(NotesStore);
  private readonly chatId = signal<string | null>(null);
  // Kept across retries of the same text, so a lost answer never saves the note twice.
  private clientNoteId = crypto.randomUUID();

  /** Longest note accepted, in characters. */
  readonly maxLength = MAX_NOTE_LENGTH;
  /** What the note field holds. */
  readonly text = signal('');
  /** Why the note was not added, while it applies. */
  readonly problem = signal<string | null>(null);
  /** Whether the chat's note is being added. */
  readonly adding = computed(() => {
    const chatId = this.chatId();
    return chatId !== null && this.notes.notesOf(chatId).adding;
  });

  /** Starts an empty note for `chatId`. */
  reset(chatId: string): void {
    this.chatId.set(chatId);
    this.text.set('');
    this.problem.set(null);
    this.clientNoteId = crypto.randomUUID();
  }

  /** The executive changed the text: a new note, with its own id. */
  edit(text: string): void {
    this.text.set(text);
    this.problem.set(null);
    this.clientNoteId = crypto.randomUUID();
  }

  /**
   * Adds the note through the notes store; it is never sent to the customer. Returns false when
   * there is nothing to add (the problem says so).
   */
  async add(): Promise<boolean> {
    const chatId = this.chatId();
    const text = this.text().trim();
    if (chatId === null || this.adding()) {
      return true;
    }
    if (text === '') {
      this.problem.set('Write something in the note before adding it.');
      return false;
    }
    this.problem.set(null);
    const result = await this.notes.add(chatId, text, this.clientNoteId);
    if (chatId !== this.chatId()) {
      return true;
    }
    if (result.ok) {
      this.text.set('');
      this.clientNoteId = crypto.randomUUID();
    } else {
      this.problem.set(result.message);
    }
    return true;
  }
}
