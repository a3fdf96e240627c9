import type { Chats, DcoStatus } from '../../src/contract';
import { addNote } from './chat-annotations';
import type { Actor, DomainContext } from './domain-context';
import { notFound, unprocessable } from './domain-error';

/** The partner a side-panel action is about, as the trace names them. */
export interface TracedPartner {
  dco_id: string;
  name: string;
  phone: string;
}

const STATUS_WORDS: Readonly<Record<DcoStatus, string>> = {
  active: 'Active',
  inactive: 'Inactive',
  suspended: 'Suspended',
  blocked: 'Blocked',
  onboarding: 'Onboarding',
};

/**
 * The chat a side-panel action names in `chat_id`, checked before anything is written: it must
 * exist and come from the partner (the DCO's own number or one of its drivers'). Null when the
 * request names no chat: the action then leaves no note.
 */
export function traceChat(
  ctx: DomainContext,
  chatId: string | undefined,
  dcoId: string,
): Chats | null {
  if (chatId === undefined) {
    return null;
  }
  const chat = ctx.chats.get(chatId);
  if (!chat) {
    throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
  }
  const ofPartner = ctx.db
    .prepare(
      `SELECT 1 FROM dcos WHERE dco_id = @dco AND phone = @number
       UNION ALL SELECT 1 FROM drivers WHERE dco_id = @dco AND phone = @number LIMIT 1`,
    )
    .get({ dco: dcoId, number: chat.customer_number });
  if (!ofPartner) {
    throw unprocessable(
      'chat_not_of_partner',
      'This chat is not with this partner or one of their drivers: open the partner’s own chat.',
      'chat_id',
    );
  }
  return chat;
}

/**
 * Writes what was done as an internal note in `chat` (nothing when null), under the actor's name;
 * `note_added` tells everyone with the chat open. Call it inside the action's transaction, so a
 * failed action leaves no note and a written action always has one.
 */
export function leaveTrace(
  ctx: DomainContext,
  actor: Actor,
  chat: Chats | null,
  content: string,
): void {
  if (chat) {
    addNote(ctx, actor, { chat_id: chat.chat_id, content });
  }
}

/** "Asha Verma sent a payment link for ₹1,250 to Venkatesh Yadav (DCO10002) on +916023793653." */
export function paymentLinkTrace(actor: Actor, partner: TracedPartner, amount: number): string {
  return (
    `${actor.name} sent a payment link for ${rupees(amount)} to ${partner.name} ` +
    `(${partner.dco_id}) on ${partner.phone}.`
  );
}

/**
 * "Asha Verma changed the status of Venkatesh Yadav (DCO10002) from Active to Suspended. Reason:
 * Partner › Documents pending. Remarks: RC copy still pending review."
 */
export function statusChangeTrace(
  actor: Actor,
  partner: TracedPartner,
  change: { from: DcoStatus; to: DcoStatus; mainTag: string; subTag: string; remarks: string },
): string {
  return (
    `${actor.name} changed the status of ${partner.name} (${partner.dco_id}) from ` +
    `${STATUS_WORDS[change.from] ?? change.from} to ${STATUS_WORDS[change.to] ?? change.to}. ` +
    `Reason: ${change.mainTag} › ${change.subTag}. Remarks: ${change.remarks}`
  );
}

function rupees(amount: number): string {
  return `₹${amount.toLocaleString('en-IN', { maximumFractionDigits: 2 })}`;
}
