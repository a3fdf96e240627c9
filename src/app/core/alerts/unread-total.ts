import { Signal, signal } from '@angular/core';

import { Chats } from '../../../contract';

/** What the tab title needs to know of a chat seen in a live `room_update`. */
export interface UnreadEntry {
  readonly version: number;
  readonly unread: number;
  /** Whether the chat is the executive's and still open. */
  readonly counts: boolean;
}

function countsFor(chat: Chats, me: string): boolean {
  return chat.assigned_executive_id === me && chat.status !== 'resolved';
}

/**
 * Folds a batch of `room_update`s into the entries the title counts from, in place, ignoring
 * updates older than the one held. Keeps only chats that count now (the executive's and still
 * open): a chat that stopped counting is dropped, as the list's own copy of it is as new and does
 * not count either, so the entries stay as few as the executive's open chats. Returns whether any
 * entry changed.
 */
export function foldUnread(
  held: Map<string, UnreadEntry>,
  chats: readonly Chats[],
  me: string,
): boolean {
  let changed = false;
  for (const chat of chats) {
    const previous = held.get(chat.chat_id);
    const counts = countsFor(chat, me);
    if (previous ? chat.version <= previous.version : !counts) {
      continue;
    }
    changed = true;
    if (counts) {
      held.set(chat.chat_id, { version: chat.version, unread: chat.unread_count, counts });
    } else {
      held.delete(chat.chat_id);
    }
  }
  return changed;
}

const NO_ENTRIES: ReadonlyMap<string, UnreadEntry> = new Map();

/**
 * The live side of the title's count for the signed-in executive: the newest `room_update` of each
 * of their open chats. One map changed in place, so a burst costs what its batches hold rather
 * than a copy of every entry per frame; {@link changes} tells readers when to look again.
 */
export class UnreadLedger {
  private entries = new Map<string, UnreadEntry>();
  private owner: string | null = null;
  private readonly changeCount = signal(0);

  /** Moves on whenever an entry changes. */
  readonly changes: Signal<number> = this.changeCount.asReadonly();

  /** Folds a batch of updates in for `me`; another executive starts from none. */
  fold(chats: readonly Chats[], me: string): void {
    if (this.owner !== me) {
      this.owner = me;
      this.entries = new Map();
      this.changeCount.update((count) => count + 1);
    }
    if (foldUnread(this.entries, chats, me)) {
      this.changeCount.update((count) => count + 1);
    }
  }

  /** The entries of `me` (none for anyone else); in a reactive context, tracks {@link changes}. */
  entriesOf(me: string | null): ReadonlyMap<string, UnreadEntry> {
    this.changeCount();
    return me !== null && me === this.owner ? this.entries : NO_ENTRIES;
  }
}

/**
 * Customer messages waiting for the executive's reply across their open chats: the chat list's
 * rows, overridden by any newer live update (which also covers chats outside the list's filter).
 */
export function unreadTotal(
  listed: readonly Chats[],
  live: ReadonlyMap<string, UnreadEntry>,
  me: string | null,
): number {
  if (me === null) {
    return 0;
  }
  const entries = new Map<string, UnreadEntry>();
  for (const chat of listed) {
    entries.set(chat.chat_id, {
      version: chat.version,
      unread: chat.unread_count,
      counts: countsFor(chat, me),
    });
  }
  for (const [chatId, entry] of live) {
    const listedEntry = entries.get(chatId);
    if (!listedEntry || entry.version > listedEntry.version) {
      entries.set(chatId, entry);
    }
  }
  let total = 0;
  for (const entry of entries.values()) {
    if (entry.counts) {
      total += Math.max(0, entry.unread);
    }
  }
  return total;
}
