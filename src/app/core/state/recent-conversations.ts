import type { Chats, Message } from '../../../contract';
import { type ConversationMessage, mergeMessages } from './message-merge';

/** A conversation kept after it was left, to paint at once when it is opened again. */
export interface RecentConversation {
  chat: Chats | null;
  messages: readonly ConversationMessage[];
  hasMore: boolean;
}

interface Kept extends RecentConversation {
  keptAt: number;
}

/**
 * The last few conversations an executive left, newest page only, for a few minutes: switching
 * back paints from memory and then reconciles with the server's newest page. Live messages of a
 * kept chat join it; everything is dropped when another executive signs in on the tab.
 */
export class RecentConversations {
  private readonly kept = new Map<string, Kept>();
  private owner: string | null = null;

  constructor(
    private readonly limit = 5,
    private readonly maxAgeMs = 5 * 60_000,
    private readonly pageSize = 50,
  ) {}

  /** Keeps `conversation` of `chatId` (its newest page) for `owner`. */
  keep(owner: string | null, chatId: string, conversation: RecentConversation, now: number): void {
    this.claim(owner);
    const trimmed = conversation.messages.length > this.pageSize;
    this.kept.delete(chatId);
    this.kept.set(chatId, {
      chat: conversation.chat,
      messages: trimmed ? conversation.messages.slice(-this.pageSize) : conversation.messages,
      hasMore: conversation.hasMore || trimmed,
      keptAt: now,
    });
    for (const oldest of this.kept.keys()) {
      if (this.kept.size <= this.limit) {
        break;
      }
      this.kept.delete(oldest);
    }
  }

  /** Takes the kept conversation of `chatId` out, when `owner` kept it recently enough. */
  take(owner: string | null, chatId: string, now: number): RecentConversation | null {
    this.claim(owner);
    const kept = this.kept.get(chatId);
    this.kept.delete(chatId);
    if (!kept || now - kept.keptAt > this.maxAgeMs) {
      return null;
    }
    return { chat: kept.chat, messages: kept.messages, hasMore: kept.hasMore };
  }

  /** Adds live messages to the kept conversations they belong to. */
  add(messages: readonly Message[]): void {
    if (this.kept.size === 0) {
      return;
    }
    for (const [chatId, kept] of this.kept) {
      const theirs = messages.filter((message) => message.chat_id === chatId);
      if (theirs.length > 0) {
        kept.messages = mergeMessages(kept.messages, theirs);
      }
    }
  }

  /** Forgets every kept conversation (a full resync, another executive). */
  clear(): void {
    this.kept.clear();
  }

  private claim(owner: string | null): void {
    if (owner !== this.owner) {
      this.kept.clear();
      this.owner = owner;
    }
  }
}
