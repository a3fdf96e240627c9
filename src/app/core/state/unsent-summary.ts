/** One chat's unsent work, as sign-out lists it. */
export interface UnsentChat {
  readonly chatId: string;
  /** The customer's name, or null when the console does not hold the chat. */
  readonly name: string | null;
  /** Replies in the outbox: queued, or failed and waiting for Retry. */
  readonly replies: number;
  /** Reply drafts typed and not sent (0 or 1). */
  readonly drafts: number;
  /** Internal notes being written and not added (0 or 1). */
  readonly notes: number;
}

/** Everything the signed-in executive has not sent yet, per chat and in all. */
export interface UnsentSummary {
  readonly replies: number;
  readonly drafts: number;
  readonly notes: number;
  /** Chats with unsent work, in the order their work was started. */
  readonly chats: readonly UnsentChat[];
}

/** Nothing unsent. */
export const NOTHING_UNSENT: UnsentSummary = { replies: 0, drafts: 0, notes: 0, chats: [] };

/**
 * Counts unsent work per chat: one draft per chat id in `draftChatIds`, one reply per outbox entry
 * in `outboxChatIds`, one note per chat id in `noteChatIds`; `nameOf` names each chat's customer.
 */
export function summarizeUnsent(
  draftChatIds: readonly string[],
  outboxChatIds: readonly string[],
  nameOf: (chatId: string) => string | null,
  noteChatIds: readonly string[] = [],
): UnsentSummary {
  const chats = new Map<string, { replies: number; drafts: number; notes: number }>();
  const entry = (chatId: string) => {
    let found = chats.get(chatId);
    if (!found) {
      found = { replies: 0, drafts: 0, notes: 0 };
      chats.set(chatId, found);
    }
    return found;
  };
  outboxChatIds.forEach((chatId) => entry(chatId).replies++);
  draftChatIds.forEach((chatId) => (entry(chatId).drafts = 1));
  noteChatIds.forEach((chatId) => (entry(chatId).notes = 1));
  const list = [...chats].map(([chatId, counts]) => ({
    chatId,
    name: nameOf(chatId)?.trim() || null,
    ...counts,
  }));
  return {
    replies: outboxChatIds.length,
    drafts: list.reduce((sum, chat) => sum + chat.drafts, 0),
    notes: list.reduce((sum, chat) => sum + chat.notes, 0),
    chats: list,
  };
}

/** Whether there is anything unsent. */
export function hasUnsent(summary: UnsentSummary): boolean {
  return summary.replies + summary.drafts + summary.notes > 0;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "2 unsent replies, 1 draft, 1 unsaved note" (only the kinds there are). */
export function unsentCounts(counts: { replies: number; drafts: number; notes?: number }): string {
  const notes = counts.notes ?? 0;
  return [
    counts.replies > 0 ? plural(counts.replies, 'unsent reply', 'unsent replies') : '',
    counts.drafts > 0 ? plural(counts.drafts, 'draft', 'drafts') : '',
    notes > 0 ? plural(notes, 'unsaved note', 'unsaved notes') : '',
  ]
    .filter((part) => part !== '')
    .join(', ');
}

/** "2 unsent replies, 1 draft in Ravi Kumar's chat". */
export function unsentChatLine(chat: UnsentChat): string {
  const where = chat.name ? `${chat.name}'s chat` : 'a chat not in your list';
  return `${unsentCounts(chat)} in ${where}`;
}
