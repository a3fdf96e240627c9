import { Injectable, computed, inject, signal } from '@angular/core';

import type { ChatFacts } from './chat-facts';
import { ConversationStore } from './conversation-store';

export type { ChatFacts } from './chat-facts';

interface PublishedFacts {
  readonly chatId: string;
  readonly facts: ChatFacts;
}

/**
 * The facts the customer panel has loaded for the open chat (booking, driver, cab, dues), for the
 * composer to fill quick replies with. The panel is the only writer; nothing here fetches, so a
 * fact the panel has not loaded is simply missing.
 */
@Injectable({ providedIn: 'root' })
export class ChatFactsStore {
  private readonly conversation = inject(ConversationStore);
  private readonly published = signal<PublishedFacts | null>(null);

  /** The facts of the open chat; empty while the panel has loaded none. */
  readonly facts = computed<ChatFacts>(() => {
    const published = this.published();
    return published && published.chatId === this.conversation.chatId() ? published.facts : {};
  });

  /** Replaces the facts known for `chatId`. */
  publish(chatId: string, facts: ChatFacts): void {
    this.published.set({ chatId, facts });
  }

  /** Forgets the facts of `chatId` (the panel left the screen). */
  clear(chatId: string): void {
    if (this.published()?.chatId === chatId) {
      this.published.set(null);
    }
  }
}
