import type { SlaAlert } from '../../src/contract';
import type { ChatRow } from '../db/chat-rows';
import type { ChatChanges } from './chat-store';

/**
 * What a chat's wait was when it was resolved: whether the customer waited for a reply, how many
 * messages were unread, and the SLA clock. Kept in `chats.resolved_wait`, so that reopening the
 * chat (an Undo, or Reopen) brings the wait back as it was and the customer is tracked again.
 */
export interface ResolvedWait {
  needs_reply: boolean;
  unread_count: number;
  waiting_since: string | null;
  sla_kind: SlaAlert['kind'] | null;
  sla_due_at: string | null;
}

/** The changes that resolve a chat: its wait ends, and is kept for a reopen. */
export function resolveChanges(row: ChatRow, now: string): ChatChanges {
  const waited = row.needs_reply === 1 || row.unread_count > 0 || row.waiting_since !== null;
  const wait: ResolvedWait = {
    needs_reply: row.needs_reply === 1,
    unread_count: row.unread_count,
    waiting_since: row.waiting_since,
    sla_kind: row.sla_kind,
    sla_due_at: row.sla_due_at,
  };
  return {
    status: 'resolved',
    resolved_at: now,
    resolved_wait: waited ? JSON.stringify(wait) : null,
    needs_reply: false,
    unread_count: 0,
    waiting_since: null,
    sla_kind: null,
    sla_due_at: null,
  };
}

/**
 * The changes that reopen a resolved chat by hand: the wait kept at resolve comes back (the SLA
 * clock runs from when the customer started waiting, not from the reopen). A chat nobody waited on
 * reopens with no wait.
 */
export function reopenChanges(row: ChatRow): ChatChanges {
  const wait = readResolvedWait(row.resolved_wait);
  return {
    resolved_at: null,
    resolved_wait: null,
    ...(wait ?? {}),
  };
}

/** Parses a kept wait; null when there is none or it is not one. */
export function readResolvedWait(raw: string | null): ResolvedWait | null {
  if (!raw) {
    return null;
  }
  try {
    const value = JSON.parse(raw) as Partial<ResolvedWait> | null;
    if (
      value &&
      typeof value.needs_reply === 'boolean' &&
      typeof value.unread_count === 'number' &&
      Number.isInteger(value.unread_count) &&
      value.unread_count >= 0
    ) {
      const text = (v: unknown) => (typeof v === 'string' ? v : null);
      const kind = value.sla_kind === 'first_reply' || value.sla_kind === 'next_reply';
      return {
        needs_reply: value.needs_reply,
        unread_count: value.unread_count,
        waiting_since: text(value.waiting_since),
        sla_kind: kind ? value.sla_kind! : null,
        sla_due_at: text(value.sla_due_at),
      };
    }
  } catch {
    // A row written by hand or by an older stack: reopen without a wait rather than fail.
  }
  return null;
}
