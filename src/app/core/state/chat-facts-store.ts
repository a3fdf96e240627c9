import { Injectable, computed, inject, signal } from '@angular/core';

import { ConversationStore } from './conversation-store';

/** The facts a reply may quote, by the variable name a quick reply writes them as. */
export const FACT_NAMES = [
  'customer_name',
  'booking_id',
  'booking_status',
  'pickup_time',
  'pickup_address',
  'drop_address',
  'fare',
  'driver_name',
  'driver_phone',
  'cab_number',
  'cab_model',
  'dues',
  'payment_link',
] as const;

/** One fact a reply may quote, e.g. `driver_name`. */
export type FactName = (typeof FACT_NAMES)[number];

/** What is known about a chat right now: only the facts that have a value. */
export type ChatFacts = Readonly<Partial<Record<FactName, string>>>;

/** Whether `name` is a fact the console can fill. */
export function isFactName(name: string): name is FactName {
  return (FACT_NAMES as readonly string[]).includes(name);
}

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
