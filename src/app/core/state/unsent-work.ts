import { Injectable, Injector, effect, inject, untracked } from '@angular/core';

import { Session } from '../auth/session';
import { SignedInTabs, executiveDataKey } from '../auth/signed-out-data';
import { NAME_MAX_CHARS, clipText } from '../../shared/text/clip-text';
import { contactName } from '../../shared/text/contact-name';
import { ChatListStore } from './chat-list-store';
import { ConversationStore } from './conversation-store';
import { DraftFlush } from './draft-flush';
import { DraftStore } from './draft-store';
import { NoteDraftStore } from './note-draft-store';
import { OUTBOX_STORAGE, OutboxStore } from './outbox-store';
import {
  NOTHING_UNSENT,
  UnsentSummary,
  hasUnsent,
  summarizeUnsent,
  unsentChatLine,
} from './unsent-summary';

/** What was kept when a session ended, told to the same executive at their next sign-in. */
export interface KeptNote {
  /** Epoch milliseconds. */
  readonly keptAt: number;
  /** One line per chat ("1 draft in Ravi Kumar's chat"). */
  readonly lines: readonly string[];
}

/** Reads a stored {@link KeptNote}; null for anything else. */
export function readKeptNote(raw: string | null): KeptNote | null {
  try {
    const value: unknown = raw ? JSON.parse(raw) : null;
    if (typeof value !== 'object' || value === null) {
      return null;
    }
    const { keptAt, lines } = value as Record<string, unknown>;
    if (
      typeof keptAt !== 'number' ||
      !Array.isArray(lines) ||
      !lines.every((line) => typeof line === 'string')
    ) {
      return null;
    }
    return { keptAt, lines: lines as string[] };
  } catch {
    return null;
  }
}

/**
 * The signed-in executive's unsent work (reply drafts, notes being written and outbox entries) when their session ends:
 * what sign-out asks about, keeping it for their next sign-in (the outbox held for Retry, never
 * sent unseen; a note of what was kept), and the same keeping, without asking, when the session
 * expires. Everything stays under the executive's own storage keys, which no other executive's
 * console reads.
 */
@Injectable({ providedIn: 'root' })
export class UnsentWork {
  private readonly session = inject(Session);
  private readonly drafts = inject(DraftStore);
  private readonly notes = inject(NoteDraftStore);
  private readonly outbox = inject(OutboxStore);
  private readonly draftFlush = inject(DraftFlush);
  private readonly tabs = inject(SignedInTabs);
  private readonly injector = inject(Injector);
  // Beside the outbox and the drafts it tells about.
  private readonly storage = inject(OUTBOX_STORAGE);
  private following = false;
  private lastSeen: { executiveId: string; summary: UnsentSummary } | null = null;

  /** What the signed-in executive has not sent, with what was typed a moment ago. */
  summary(): UnsentSummary {
    if (!this.session.executive()) {
      return NOTHING_UNSENT;
    }
    this.draftFlush.flush();
    const conversation = this.injector.get(ConversationStore);
    const list = this.injector.get(ChatListStore);
    return summarizeUnsent(
      this.drafts.chatsWithDrafts(),
      this.outbox.entries().map((entry) => entry.chatId),
      (chatId) => {
        const open = conversation.chat();
        const chat = open?.chat_id === chatId ? open : list.chat(chatId);
        return chat
          ? clipText(contactName(chat.customer_name, chat.customer_number), NAME_MAX_CHARS)
          : null;
      },
      this.notes.chatsWithDrafts(),
    );
  }

  /**
   * Keeps `summary` for the next sign-in of `executiveId`: their queued replies wait for Retry and
   * a note says what was kept. Their drafts stay where they are, under their own key.
   */
  keep(executiveId: string, summary: UnsentSummary): void {
    if (!hasUnsent(summary)) {
      return;
    }
    this.outbox.holdFor(executiveId);
    const note: KeptNote = { keptAt: Date.now(), lines: summary.chats.map(unsentChatLine) };
    try {
      this.storage?.setItem(executiveDataKey('kept', executiveId), JSON.stringify(note));
    } catch {
      // Storage refused: the drafts and outbox are not stored either, so there is nothing to tell.
    }
  }

  /** The note of what was kept for `executiveId` at their last sign-out or expiry, once. */
  takeKeptNote(executiveId: string): KeptNote | null {
    const key = executiveDataKey('kept', executiveId);
    try {
      const note = readKeptNote(this.storage?.getItem(key) ?? null);
      this.storage?.removeItem(key);
      return note;
    } catch {
      return null;
    }
  }

  /**
   * From now on, a session that expires (a 401, the token running out, the gateway refusing it)
   * keeps the executive's unsent work as "Keep for next sign-in" does, unless another tab of
   * theirs is still signed in and carries on with it. Safe to call more than once.
   */
  keepOnExpiry(): void {
    if (this.following) {
      return;
    }
    this.following = true;
    // Taken while the session is still there; the stores forget it once it ends.
    this.session.beforeEnd(() => {
      const executiveId = this.session.executive()?.executive_id;
      this.lastSeen = executiveId ? { executiveId, summary: this.summary() } : null;
    });
    effect(
      () => {
        const signedIn = this.session.executive() !== null;
        const expired = this.session.expiredNotice();
        untracked(() => {
          const seen = this.lastSeen;
          if (signedIn) {
            return;
          }
          this.lastSeen = null;
          if (expired && seen) {
            void this.tabs.othersOpen(seen.executiveId).then((others) => {
              if (!others) {
                this.keep(seen.executiveId, seen.summary);
              }
            });
          }
        });
      },
      { injector: this.injector },
    );
  }
}
