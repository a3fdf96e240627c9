import { Injectable, inject } from '@angular/core';

import { ConversationStore } from './conversation-store';
import { DraftStore } from './draft-store';

/** Puts text into the reply being written; returns nothing, the composer takes it from there. */
export type ReplyInsertHandler = (text: string) => void;

interface Writer {
  readonly chatId: string;
  readonly handler: ReplyInsertHandler;
}

/** `text` added to the end of `draft`, as the next sentence of the same paragraph. */
export function appendSentence(draft: string, text: string): string {
  const head = draft.trimEnd();
  const tail = text.trim();
  if (tail === '') {
    return draft;
  }
  return head === '' ? tail : `${head} ${tail}`;
}

/**
 * Adds sentences to the open chat's reply from elsewhere on the page (the customer panel's
 * "Insert into reply" buttons). The composer registers itself for the chat it shows; when none is
 * on screen the sentence goes to the chat's stored draft, so it is there when the composer opens.
 */
@Injectable({ providedIn: 'root' })
export class ReplyInsertStore {
  private readonly conversation = inject(ConversationStore);
  private readonly drafts = inject(DraftStore);
  private writers: readonly Writer[] = [];

  /**
   * Registers the composer of `chatId` as the one that takes inserted text; returns the function
   * that removes it.
   */
  register(chatId: string, handler: ReplyInsertHandler): () => void {
    const writer: Writer = { chatId, handler };
    this.writers = [...this.writers, writer];
    return () => (this.writers = this.writers.filter((w) => w !== writer));
  }

  /**
   * Puts a reply that did not go out back into the reply of `chatId` (after what is there), in
   * its box when it is on screen, else in its stored draft.
   */
  restore(chatId: string, text: string): void {
    const writer = [...this.writers].reverse().find((w) => w.chatId === chatId);
    if (writer) {
      writer.handler(text);
    } else {
      this.drafts.save(chatId, appendSentence(this.drafts.draftFor(chatId), text));
    }
  }

  /** Appends `text` to the reply of the open chat; returns whether a chat was open. */
  insert(text: string): boolean {
    const chatId = this.conversation.chatId();
    if (!chatId) {
      return false;
    }
    this.restore(chatId, text);
    return true;
  }
}
