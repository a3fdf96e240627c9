import { signal } from '@angular/core';

import { InternalNote } from '../../contract';
import { AddNoteResult, ChatNotes, NotesStore } from '../features/conversation/state/notes-store';

/** A `NotesStore` for specs: notes the spec sets per chat, and `add` as a spy that saves them. */
export class FakeNotesStore {
  private readonly held = signal<Readonly<Record<string, readonly InternalNote[]>>>({});
  private readonly adding = signal(false);

  readonly load = jasmine.createSpy('load');
  readonly add = jasmine
    .createSpy('add')
    .and.callFake(async (chatId: string, content: string): Promise<AddNoteResult> => {
      const note: InternalNote = {
        note_id: `n${Date.now()}`,
        chat_id: chatId,
        content: content.trim(),
        author_id: 'e1',
        author_name: 'Asha Verma',
        created_at: new Date().toISOString(),
      };
      this.set(chatId, [...(this.held()[chatId] ?? []), note]);
      return { ok: true, note };
    });

  /** Sets the notes of a chat. */
  set(chatId: string, notes: readonly InternalNote[]): void {
    this.held.update((held) => ({ ...held, [chatId]: notes }));
  }

  notesOf(chatId: string): ChatNotes {
    return {
      notes: this.held()[chatId] ?? [],
      loading: false,
      loaded: true,
      error: null,
      adding: this.adding(),
      addError: null,
    };
  }
}

/** Provides a {@link FakeNotesStore} as the `NotesStore`. */
export function provideFakeNotesStore(store: FakeNotesStore) {
  return { provide: NotesStore, useValue: store };
}
