import { GatewayErrorCode } from '../realtime/gateway-error';
import { ConversationMessage } from './message-merge';

/** What the executive is sending: free text, or a template with its variables. */
export interface OutgoingMessage {
  text: string;
  templateId?: string;
  templateName?: string;
  templateParams?: Record<string, string>;
}

/** A send not yet acknowledged by the server, kept in the browser until it is. */
export interface OutboxEntry {
  /** The id the server dedupes on: the same for every attempt, across reloads and tabs. */
  clientMessageId: string;
  chatId: string;
  message: OutgoingMessage;
  senderId: string;
  senderName: string;
  /** When the executive pressed send (ISO-8601); entries go out in this order. */
  createdAt: string;
  /** Failed attempts so far. */
  attempts: number;
  /** Epoch milliseconds before which the next attempt waits. */
  nextAttemptAt: number;
  /** `pending` goes out by itself; `failed` waits for the executive to retry. */
  state: 'pending' | 'failed';
  /** Why the last attempt failed, in words for the executive. */
  error: string | null;
}

/** First retry delay; each further failure doubles it. */
export const OUTBOX_BASE_DELAY_MS = 1000;
/** Longest wait between two automatic attempts. */
export const OUTBOX_MAX_DELAY_MS = 30_000;
/** Automatic attempts before a send waits for the executive to retry it. */
export const OUTBOX_MAX_ATTEMPTS = 8;
/** Entries older than this are dropped on load: the conversation has moved on. */
export const OUTBOX_MAX_AGE_MS = 7 * 24 * 3_600_000;

/**
 * Failures worth retrying by themselves: the server was unreachable, slow, or answered garbage.
 * Anything else is the server refusing the message (window closed, chat gone) and needs a person.
 */
const TRANSIENT_CODES: ReadonlySet<GatewayErrorCode> = new Set<GatewayErrorCode>([
  'timeout',
  'offline',
  'bad_response',
  'internal_error',
]);

/** Whether a failure with this code may succeed if the same send is simply tried again. */
export function isTransient(code: GatewayErrorCode): boolean {
  return TRANSIENT_CODES.has(code);
}

/**
 * Delay before attempt `attempts + 1`: exponential from {@link OUTBOX_BASE_DELAY_MS}, capped at
 * {@link OUTBOX_MAX_DELAY_MS}, with up to half of it randomised so tabs and consoles do not retry in
 * step after a server restart.
 */
export function backoffDelay(attempts: number, random: () => number = Math.random): number {
  const exponential = OUTBOX_BASE_DELAY_MS * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(exponential, OUTBOX_MAX_DELAY_MS);
  return Math.round(capped / 2 + (capped / 2) * random());
}

/** Adds an entry, unless one with its client id is already there. */
export function enqueue(entries: readonly OutboxEntry[], entry: OutboxEntry): OutboxEntry[] {
  return entries.some((e) => e.clientMessageId === entry.clientMessageId)
    ? [...entries]
    : [...entries, entry];
}

/** Drops the entry with this client id (the server acknowledged it). */
export function removeEntry(
  entries: readonly OutboxEntry[],
  clientMessageId: string,
): OutboxEntry[] {
  return entries.filter((e) => e.clientMessageId !== clientMessageId);
}

/** Why an attempt failed, as the outbox weighs it. */
export interface SendFailure {
  /** Whether the same send may succeed later. */
  transient: boolean;
  /** Whether it failed only because the socket was down: the reconnect wakes it, no attempt used. */
  offline: boolean;
  /** What to tell the executive. */
  reason: string;
}

/**
 * Records a failed attempt. An offline failure waits for the connection without using an attempt; a
 * transient one waits for the backoff delay and tries again, until {@link OUTBOX_MAX_ATTEMPTS}; a
 * refusal, or too many attempts, marks the entry failed for the executive to retry.
 */
export function recordFailure(
  entries: readonly OutboxEntry[],
  clientMessageId: string,
  failure: SendFailure,
  now: number,
  random: () => number = Math.random,
): OutboxEntry[] {
  return entries.map((e) => {
    if (e.clientMessageId !== clientMessageId) {
      return e;
    }
    if (failure.offline) {
      return { ...e, error: failure.reason, nextAttemptAt: now + OUTBOX_MAX_DELAY_MS };
    }
    const attempts = e.attempts + 1;
    const giveUp = !failure.transient || attempts >= OUTBOX_MAX_ATTEMPTS;
    return {
      ...e,
      attempts,
      state: giveUp ? 'failed' : 'pending',
      error: failure.reason,
      nextAttemptAt: now + backoffDelay(attempts, random),
    };
  });
}

/** Why a send kept from a session that ended waits for the executive. */
export const KEPT_REASON = 'Kept from your last session, not sent. Press Retry to send it.';

/**
 * Every pending entry marked failed with `reason`, so it waits for the executive to retry it:
 * the session that queued it ended, and it must not go out unseen at the next sign-in.
 */
export function holdAll(entries: readonly OutboxEntry[], reason: string): OutboxEntry[] {
  return entries.map((e) => (e.state === 'pending' ? { ...e, state: 'failed', error: reason } : e));
}

/** Puts a failed entry back in line at once (the executive pressed retry). */
export function requeue(
  entries: readonly OutboxEntry[],
  clientMessageId: string,
  now: number,
): OutboxEntry[] {
  return entries.map((e) =>
    e.clientMessageId === clientMessageId
      ? { ...e, state: 'pending', attempts: 0, error: null, nextAttemptAt: now }
      : e,
  );
}

/**
 * The next entry to send: the oldest pending one whose wait is over, or, with `ignoreWait` (the
 * connection just came back), the oldest pending one. One at a time keeps each chat in order.
 */
export function nextDue(
  entries: readonly OutboxEntry[],
  now: number,
  ignoreWait = false,
): OutboxEntry | null {
  let next: OutboxEntry | null = null;
  for (const e of entries) {
    if (e.state !== 'pending' || (!ignoreWait && e.nextAttemptAt > now)) {
      continue;
    }
    if (next === null || e.createdAt < next.createdAt) {
      next = e;
    }
  }
  return next;
}

/** When the earliest waiting pending entry becomes due, or null when none waits. */
export function nextWakeUp(entries: readonly OutboxEntry[]): number | null {
  let earliest: number | null = null;
  for (const e of entries) {
    if (e.state === 'pending' && (earliest === null || e.nextAttemptAt < earliest)) {
      earliest = e.nextAttemptAt;
    }
  }
  return earliest;
}

/** Every entry whose wait is cut short: the connection is back, so try now. */
export function wakeAll(entries: readonly OutboxEntry[], now: number): OutboxEntry[] {
  return entries.map((e) =>
    e.state === 'pending' && e.nextAttemptAt > now ? { ...e, nextAttemptAt: now } : e,
  );
}

/** The optimistic bubble of an entry, as the conversation pane shows it. */
export function toOptimistic(entry: OutboxEntry): ConversationMessage {
  const { message } = entry;
  return {
    message_id: `local:${entry.clientMessageId}`,
    client_message_id: entry.clientMessageId,
    chat_id: entry.chatId,
    seq: Number.MAX_SAFE_INTEGER,
    sender_type: 'executive',
    sender_id: entry.senderId,
    sender_name: entry.senderName,
    message_type: message.templateId ? 'template' : 'text',
    text: message.text,
    media: null,
    location: null,
    template: message.templateId
      ? { template_id: message.templateId, name: message.templateName ?? '' }
      : null,
    status: 'sent',
    created_at: entry.createdAt,
    local: entry.state,
    local_error: entry.state === 'failed' ? entry.error : null,
  };
}

/**
 * The server messages of a chat followed by its sends still in the outbox, minus those the server
 * already holds (same client id): a reply shows once, first as pending, then as sent.
 */
export function withOutbox(
  held: readonly ConversationMessage[],
  entries: readonly OutboxEntry[],
  chatId: string | null,
): readonly ConversationMessage[] {
  const mine = entries.filter((e) => e.chatId === chatId);
  if (mine.length === 0) {
    return held;
  }
  const known = new Set(held.map((m) => m.client_message_id).filter((id) => !!id));
  const pending = mine
    .filter((e) => !known.has(e.clientMessageId))
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map(toOptimistic);
  return pending.length === 0 ? held : [...held, ...pending];
}

/** Parses a stored outbox, dropping malformed and expired entries. */
export function readOutbox(raw: string | null, now: number): OutboxEntry[] {
  if (!raw) {
    return [];
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(value)) {
    return [];
  }
  return value.filter(
    (e): e is OutboxEntry => isEntry(e) && now - Date.parse(e.createdAt) < OUTBOX_MAX_AGE_MS,
  );
}

function isEntry(value: unknown): value is OutboxEntry {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const e = value as Record<string, unknown>;
  const message = e['message'] as Record<string, unknown> | null | undefined;
  return (
    typeof e['clientMessageId'] === 'string' &&
    typeof e['chatId'] === 'string' &&
    typeof e['senderId'] === 'string' &&
    typeof e['senderName'] === 'string' &&
    typeof e['createdAt'] === 'string' &&
    !Number.isNaN(Date.parse(e['createdAt'])) &&
    typeof e['attempts'] === 'number' &&
    typeof e['nextAttemptAt'] === 'number' &&
    (e['state'] === 'pending' || e['state'] === 'failed') &&
    (e['error'] === null || typeof e['error'] === 'string') &&
    typeof message === 'object' &&
    message !== null &&
    typeof message['text'] === 'string'
  );
}
