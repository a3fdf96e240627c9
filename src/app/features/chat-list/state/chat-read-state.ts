import { Chats, Iso8601 } from '../../../../contract';

/** What this executive did with a chat, kept in the browser so it survives a reload. */
export interface ChatReadMark {
  /** When the executive last had the chat open. */
  openedAt: Iso8601 | null;
  /** When the executive marked the chat done (needs no reply) without replying. */
  doneAt: Iso8601 | null;
  /** Whether the executive marked the chat unread again. */
  markedUnread: boolean;
}

export type ChatReadMarks = Readonly<Record<string, ChatReadMark>>;

const EMPTY: ChatReadMark = { openedAt: null, doneAt: null, markedUnread: false };

/** The mark for a chat, or an empty one. */
export function markOf(marks: ChatReadMarks, chatId: string): ChatReadMark {
  return marks[chatId] ?? EMPTY;
}

/**
 * Whether the chat still needs a reply: the server says the customer's last word is unanswered,
 * and the executive has not marked it done since that message.
 */
export function needsReply(chat: Chats, mark: ChatReadMark): boolean {
  if (!chat.needs_reply) {
    return false;
  }
  return !(
    mark.doneAt &&
    chat.last_customer_message_at &&
    mark.doneAt >= chat.last_customer_message_at
  );
}

/** Whether the chat has activity the executive has not opened, or was marked unread. */
export function isUnread(chat: Chats, mark: ChatReadMark): boolean {
  if (mark.markedUnread) {
    return true;
  }
  if (chat.unread_count === 0 || !chat.last_customer_message_at) {
    return false;
  }
  return !mark.openedAt || mark.openedAt < chat.last_customer_message_at;
}

/** Parses stored marks, dropping anything malformed rather than failing. */
export function parseReadMarks(raw: string | null): ChatReadMarks {
  if (!raw) {
    return {};
  }
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return {};
    }
    const marks: Record<string, ChatReadMark> = {};
    for (const [chatId, entry] of Object.entries(value as Record<string, unknown>)) {
      if (typeof entry !== 'object' || entry === null) {
        continue;
      }
      const e = entry as Record<string, unknown>;
      marks[chatId] = {
        openedAt: typeof e['openedAt'] === 'string' ? e['openedAt'] : null,
        doneAt: typeof e['doneAt'] === 'string' ? e['doneAt'] : null,
        markedUnread: e['markedUnread'] === true,
      };
    }
    return marks;
  } catch {
    return {};
  }
}
