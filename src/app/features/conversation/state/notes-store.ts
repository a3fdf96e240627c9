import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { firstValueFrom } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { InternalNote } from '../../../../contract';
import { ChatGateway } from '../../../core/realtime/chat-gateway';
import { GatewayError } from '../../../core/realtime/gateway-error';

/** The internal notes of one chat. */
export interface ChatNotes {
  /** Notes oldest first, newest last, each once. */
  readonly notes: readonly InternalNote[];
  /** Whether the notes are being fetched. */
  readonly loading: boolean;
  /** Whether a fetch has succeeded at least once. */
  readonly loaded: boolean;
  /** Why the last fetch failed, for the executive. */
  readonly error: string | null;
  /** Whether a note is being saved. */
  readonly adding: boolean;
  /** Why the last note could not be saved. */
  readonly addError: string | null;
}

/** The outcome of {@link NotesStore.add}. */
export type AddNoteResult = { ok: true; note: InternalNote } | { ok: false; message: string };

const NO_NOTES: ChatNotes = {
  notes: [],
  loading: false,
  loaded: false,
  error: null,
  adding: false,
  addError: null,
};

/**
 * Folds notes into a chat's list: one entry per `note_id` (a later copy replaces an earlier one),
 * oldest first, newest last. Returns `held` itself when nothing changes.
 */
export function mergeNotes(
  held: readonly InternalNote[],
  incoming: readonly InternalNote[],
): readonly InternalNote[] {
  if (incoming.length === 0) {
    return held;
  }
  const byId = new Map(held.map((note) => [note.note_id, note]));
  let changed = false;
  for (const note of incoming) {
    const existing = byId.get(note.note_id);
    if (!existing || existing.content !== note.content || existing.created_at !== note.created_at) {
      byId.set(note.note_id, note);
      changed = true;
    }
  }
  if (!changed) {
    return held;
  }
  return [...byId.values()].sort(
    (a, b) =>
      Date.parse(a.created_at) - Date.parse(b.created_at) || a.note_id.localeCompare(b.note_id),
  );
}

function explain(error: unknown, fallback: string): string {
  return error instanceof ApiError || error instanceof GatewayError ? error.message : fallback;
}

/**
 * Internal notes per chat: fetched through `fetchNotes`, kept live by `note_added`, written through
 * `add_note`. Notes are for the team only; nothing here ever reaches the customer.
 */
@Injectable({ providedIn: 'root' })
export class NotesStore {
  private readonly api = inject(PySmartChatApi);
  private readonly gateway = inject(ChatGateway);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<Readonly<Record<string, ChatNotes>>>({});

  constructor() {
    this.gateway
      .onNoteAdded()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((note) => this.receive([note]));
    this.gateway.reconnected.pipe(takeUntilDestroyed(this.destroyRef)).subscribe(() => {
      for (const chatId of Object.keys(this.state())) {
        this.load(chatId, true);
      }
    });
  }

  /** The notes held for a chat; reactive when read in a template or `computed`. */
  notesOf(chatId: string): ChatNotes {
    return this.state()[chatId] ?? NO_NOTES;
  }

  /**
   * Fetches a chat's notes unless they are held or on their way, merging them with any that
   * arrived live meanwhile; from then on the chat's notes follow `note_added`. `force` fetches
   * again (after a reconnect, or the executive's "Try again").
   */
  load(chatId: string, force = false): void {
    const held = this.notesOf(chatId);
    if (held.loading || (held.loaded && !force)) {
      return;
    }
    this.patch(chatId, (n) => ({ ...n, loading: true, error: null }));
    this.api
      .fetchNotes(chatId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (response) =>
          this.patch(chatId, (n) => ({
            ...n,
            notes: mergeNotes(
              n.notes,
              response.notes.filter((note) => note.chat_id === chatId),
            ),
            loading: false,
            loaded: true,
          })),
        error: (error: unknown) =>
          this.patch(chatId, (n) => ({
            ...n,
            loading: false,
            error: explain(
              error,
              'The notes could not be loaded. Check your connection, then try again.',
            ),
          })),
      });
  }

  /**
   * Saves an internal note (`add_note`). Pass the same `clientNoteId` to retry a note whose
   * answer was lost: the server then returns the note it already stored instead of a second one.
   */
  async add(chatId: string, content: string, clientNoteId: string): Promise<AddNoteResult> {
    const text = content.trim();
    if (text === '') {
      return { ok: false, message: 'Write something in the note before saving it.' };
    }
    this.patch(chatId, (n) => ({ ...n, adding: true, addError: null }));
    try {
      const note = await firstValueFrom(
        this.gateway.addNote({ chat_id: chatId, content: text, client_note_id: clientNoteId }),
      );
      this.patch(chatId, (n) => ({ ...n, notes: mergeNotes(n.notes, [note]), adding: false }));
      return { ok: true, note };
    } catch (error: unknown) {
      const message = explain(
        error,
        'The note was not saved. Check your connection, then try again.',
      );
      this.patch(chatId, (n) => ({ ...n, adding: false, addError: message }));
      return { ok: false, message };
    }
  }

  private receive(notes: readonly InternalNote[]): void {
    this.state.update((s) => {
      let next = s;
      for (const note of notes) {
        const held = next[note.chat_id];
        // Chats never opened are fetched whole when they are, so a stray note is not kept.
        if (!held) {
          continue;
        }
        const merged = mergeNotes(held.notes, [note]);
        if (merged !== held.notes) {
          next = { ...next, [note.chat_id]: { ...held, notes: merged } };
        }
      }
      return next;
    });
  }

  private patch(chatId: string, change: (notes: ChatNotes) => ChatNotes): void {
    this.state.update((s) => ({ ...s, [chatId]: change(s[chatId] ?? NO_NOTES) }));
  }
}
