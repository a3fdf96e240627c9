import { Injectable, computed, inject, signal } from '@angular/core';
import { Session } from '../auth/session';
import { ExecutiveDataKind, executiveDataKey } from '../auth/signed-out-data';

/** Drafts older than this are dropped when loaded, so storage does not grow for ever. */
const DRAFT_MAX_AGE_MS = 7 * 24 * 3_600_000;

interface StoredDraft {
  text: string;
  savedAt: number;
}

/**
 * Unsent replies per chat, per executive, kept in `localStorage` so switching chats or reloading
 * loses nothing. A draft belongs to exactly one chat id and is never shown in another.
 */
@Injectable({ providedIn: 'root' })
export class DraftStore {
  private readonly session = inject(Session);
  private readonly drafts = signal<Readonly<Record<string, StoredDraft>>>({});
  private loadedFor: string | null = null;
  /** Which of the executive's data the drafts are in storage. */
  protected readonly kind: ExecutiveDataKind = 'drafts';

  private readonly storageKey = computed(() => {
    const id = this.session.executive()?.executive_id;
    return id ? executiveDataKey(this.kind, id) : null;
  });

  /** The draft of a chat, or an empty string. */
  draftFor(chatId: string): string {
    this.ensureLoaded();
    return this.drafts()[chatId]?.text ?? '';
  }

  /** The chats with a draft, oldest draft first. */
  chatsWithDrafts(): string[] {
    this.ensureLoaded();
    return Object.entries(this.drafts())
      .sort(([, a], [, b]) => a.savedAt - b.savedAt)
      .map(([chatId]) => chatId);
  }

  /** Saves (or, when blank, removes) the draft of a chat. */
  save(chatId: string, text: string): void {
    this.ensureLoaded();
    this.drafts.update((all) => {
      const next = { ...all };
      if (text.trim() === '') {
        delete next[chatId];
      } else {
        next[chatId] = { text, savedAt: Date.now() };
      }
      return next;
    });
    this.persist();
  }

  /** Removes the draft of a chat once its message is on its way. */
  clear(chatId: string): void {
    this.save(chatId, '');
  }

  private ensureLoaded(): void {
    const key = this.storageKey();
    // Each sign-in reads storage afresh: drafts discarded at sign-out must not return from memory.
    const loaded = `${key}:${this.session.token()}`;
    if (loaded === this.loadedFor) {
      return;
    }
    this.loadedFor = loaded;
    this.drafts.set(key ? readDrafts(localStorage.getItem(key), Date.now()) : {});
  }

  private persist(): void {
    const key = this.storageKey();
    if (!key) {
      return;
    }
    try {
      localStorage.setItem(key, JSON.stringify(this.drafts()));
    } catch {
      // Storage full or disabled: the draft still lives in memory for this tab.
    }
  }
}

/** Parses stored drafts, dropping malformed and expired entries. */
export function readDrafts(raw: string | null, now: number): Record<string, StoredDraft> {
  if (!raw) {
    return {};
  }
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return {};
    }
    const drafts: Record<string, StoredDraft> = {};
    for (const [chatId, entry] of Object.entries(value as Record<string, unknown>)) {
      const e = entry as Partial<StoredDraft> | null;
      if (
        e &&
        typeof e.text === 'string' &&
        typeof e.savedAt === 'number' &&
        now - e.savedAt < DRAFT_MAX_AGE_MS
      ) {
        drafts[chatId] = { text: e.text, savedAt: e.savedAt };
      }
    }
    return drafts;
  } catch {
    return {};
  }
}
