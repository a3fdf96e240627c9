import { Chats } from '../../../../contract';
import { contactName } from '../../../shared/text/contact-name';

/** Why resolving a chat now could drop its customer; null fields are not a reason. */
export interface ResolveGuard {
  /** The customer or driver on the chat. */
  readonly name: string;
  /** Whole minutes since they last wrote, when they wait for a reply; null when they do not. */
  readonly waitingMinutes: number | null;
  /** Whether the executive has an unsent reply (a draft) in this chat. */
  readonly draft: boolean;
  /** Replies of this chat still in the outbox (sending or failed). */
  readonly sending: number;
}

/**
 * What to ask before resolving a chat: whether its customer waits for a reply, or the executive
 * has written something not yet sent. Null when nothing would be dropped, so the chat resolves
 * straight away.
 */
export function resolveGuard(
  chat: Pick<
    Chats,
    'customer_name' | 'customer_number' | 'needs_reply' | 'last_customer_message_at'
  >,
  draft: string,
  sending: number,
  now: number,
): ResolveGuard | null {
  const since = chat.last_customer_message_at ? Date.parse(chat.last_customer_message_at) : NaN;
  const waitingMinutes = chat.needs_reply
    ? Number.isFinite(since)
      ? Math.max(0, Math.floor((now - since) / 60_000))
      : 0
    : null;
  const guard: ResolveGuard = {
    name: contactName(chat.customer_name, chat.customer_number),
    waitingMinutes,
    draft: draft.trim() !== '',
    sending: Math.max(0, sending),
  };
  return guard.waitingMinutes === null && !guard.draft && guard.sending === 0 ? null : guard;
}

/** The sentences of a guard, most pressing first: "Asha Verma has waited 6 min for a reply." */
export function resolveGuardLines(guard: ResolveGuard): string[] {
  const lines: string[] = [];
  if (guard.waitingMinutes !== null) {
    lines.push(`${guard.name} has waited ${waitedFor(guard.waitingMinutes)} for a reply.`);
  }
  if (guard.sending > 0) {
    lines.push(
      guard.sending === 1
        ? 'A reply of yours is still being sent; it goes out and reopens the chat.'
        : `${guard.sending} replies of yours are still being sent; they go out and reopen the chat.`,
    );
  }
  if (guard.draft) {
    lines.push('Your unsent reply will be kept in the reply box.');
  }
  return lines;
}

function waitedFor(minutes: number): string {
  if (minutes < 1) {
    return 'less than a minute';
  }
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}
