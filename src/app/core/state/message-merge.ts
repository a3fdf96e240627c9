import { Message } from '../../../contract';

/** Delivery state as the console shows it: the server's, or a local one before the ack. */
export type LocalDelivery = 'pending' | 'failed';

/** A message in the conversation pane: a server message, or an optimistic one awaiting its ack. */
export interface ConversationMessage extends Message {
  /** Set while the message exists only in this console. */
  local: LocalDelivery | null;
  /** Why a send failed, in words for the executive. */
  local_error: string | null;
}

/** Wraps a server message for the pane. */
export function fromServer(message: Message): ConversationMessage {
  return { ...message, local: null, local_error: null };
}

function orderKey(message: ConversationMessage): number {
  // Optimistic messages have no server seq yet and belong after everything the server confirmed.
  return message.local === null ? message.seq : Number.MAX_SAFE_INTEGER;
}

/**
 * Merges incoming server messages into a conversation: dedupe by `message_id`, an acknowledged
 * message replaces its optimistic twin (same `client_message_id`), ordered by server `seq`.
 * Returns the same array when nothing changed.
 */
export function mergeMessages(
  held: readonly ConversationMessage[],
  incoming: readonly Message[],
): readonly ConversationMessage[] {
  if (incoming.length === 0) {
    return held;
  }
  const byId = new Map<string, ConversationMessage>();
  const byClientId = new Map<string, string>();
  for (const message of held) {
    byId.set(message.message_id, message);
    if (message.client_message_id) {
      byClientId.set(message.client_message_id, message.message_id);
    }
  }
  let changed = false;
  for (const message of incoming) {
    const twinKey = message.client_message_id
      ? byClientId.get(message.client_message_id)
      : undefined;
    if (twinKey !== undefined && twinKey !== message.message_id) {
      byId.delete(twinKey);
    }
    const existing = byId.get(message.message_id);
    if (existing && existing.local === null && existing.status === message.status) {
      continue;
    }
    byId.set(message.message_id, fromServer(message));
    if (message.client_message_id) {
      byClientId.set(message.client_message_id, message.message_id);
    }
    changed = true;
  }
  if (!changed) {
    return held;
  }
  return [...byId.values()].sort((a, b) => orderKey(a) - orderKey(b));
}

/** Marks the optimistic message with this client id as failed, keeping it for a retry. */
export function markFailed(
  held: readonly ConversationMessage[],
  clientMessageId: string,
  reason: string,
): readonly ConversationMessage[] {
  return held.map((m) =>
    m.client_message_id === clientMessageId && m.local !== null
      ? { ...m, local: 'failed', local_error: reason }
      : m,
  );
}

/** Marks a failed optimistic message as pending again before a retry. */
export function markPending(
  held: readonly ConversationMessage[],
  clientMessageId: string,
): readonly ConversationMessage[] {
  return held.map((m) =>
    m.client_message_id === clientMessageId && m.local !== null
      ? { ...m, local: 'pending', local_error: null }
      : m,
  );
}

/** The highest server `seq` held: the cursor for fetching what arrived while disconnected. */
export function lastServerSeq(held: readonly ConversationMessage[]): number | null {
  for (let i = held.length - 1; i >= 0; i--) {
    if (held[i].local === null) {
      return held[i].seq;
    }
  }
  return null;
}
