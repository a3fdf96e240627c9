import { Chats } from '../api/models';

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
 * Folds a `room_update` into the entries the title counts from. Keeps only chats that are, or were,
 * the executive's, and ignores updates older than the one held. Returns `held` when nothing changed.
 */
export function foldUnread(
  held: ReadonlyMap<string, UnreadEntry>,
  chat: Chats,
  me: string,
): ReadonlyMap<string, UnreadEntry> {
  const previous = held.get(chat.chat_id);
  if (previous ? chat.version <= previous.version : !countsFor(chat, me)) {
    return held;
  }
  const next = new Map(held);
  next.set(chat.chat_id, {
    version: chat.version,
    unread: chat.unread_count,
    counts: countsFor(chat, me),
  });
  return next;
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
