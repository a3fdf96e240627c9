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
 * Folds a batch of `room_update`s into the entries the title counts from, ignoring updates older
 * than the one held. Keeps only chats that count now (the executive's and still open): a chat that
 * stopped counting is dropped, as the list's own copy of it is as new and does not count either,
 * so the entries stay as few as the executive's open chats. Returns `held` when nothing changed.
 */
export function foldUnread(
  held: ReadonlyMap<string, UnreadEntry>,
  chats: readonly Chats[],
  me: string,
): ReadonlyMap<string, UnreadEntry> {
  let next: Map<string, UnreadEntry> | null = null;
  for (const chat of chats) {
    const previous = (next ?? held).get(chat.chat_id);
    const counts = countsFor(chat, me);
    if (previous ? chat.version <= previous.version : !counts) {
      continue;
    }
    next ??= new Map(held);
    if (counts) {
      next.set(chat.chat_id, { version: chat.version, unread: chat.unread_count, counts });
    } else {
      next.delete(chat.chat_id);
    }
  }
  return next ?? held;
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
