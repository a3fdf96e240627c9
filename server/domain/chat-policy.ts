import type { Actor, DomainContext } from './domain-context';
import { forbidden } from './domain-error';

/**
 * Who may do what with a chat (docs/api.md, "Roles and ownership"). Anyone signed in may read any
 * chat, join its room and add an internal note. Writing to the customer (replies, templates),
 * changing the status, the tags or the rating is for the executive the chat is assigned to, any
 * executive while it is unassigned, and supervisors. An executive takes a colleague's chat over
 * by reassigning it to themselves (`reassign_chat`, with a reason) first.
 */

/** What an executive was refused, for the sentence of the refusal. */
export type ChatAction =
  | 'reply'
  | 'change its status'
  | 'change its tags'
  | 'rate it'
  | 'send a payment link'
  | "change this partner's status";

/** Throws `forbidden` unless the actor may act on a chat assigned to `assignedExecutiveId`. */
export function assertMayActOnChat(
  ctx: DomainContext,
  actor: Actor,
  assignedExecutiveId: string | null,
  action: ChatAction,
): void {
  if (mayActOnChat(actor, assignedExecutiveId)) {
    return;
  }
  const owner = ctx.staff.byId(assignedExecutiveId!)?.name ?? 'another executive';
  throw forbidden(
    `This chat is assigned to ${owner}. To ${action}, take it over first ` +
      '(reassign it to yourself, with a reason), or ask a supervisor.',
  );
}

/** Whether the actor may act on a chat assigned to `assignedExecutiveId` (null: nobody). */
export function mayActOnChat(actor: Actor, assignedExecutiveId: string | null): boolean {
  return (
    actor.role === 'supervisor' ||
    assignedExecutiveId === null ||
    assignedExecutiveId === actor.executive_id
  );
}

/**
 * Throws `forbidden` unless the actor may act for a partner (DCO): supervisors always; an
 * executive when a chat with the partner's number or one of its drivers' numbers is one they may
 * act on (assigned to them, or to nobody).
 */
export function assertMayActForPartner(
  ctx: DomainContext,
  actor: Actor,
  dcoId: string,
  action: ChatAction,
): void {
  if (actor.role === 'supervisor') {
    return;
  }
  const chats = ctx.db
    .prepare(
      `SELECT c.assigned_executive_id FROM chats c WHERE c.customer_number IN (
         SELECT phone FROM dcos WHERE dco_id = @dco UNION SELECT phone FROM drivers WHERE dco_id = @dco)`,
    )
    .all({ dco: dcoId }) as { assigned_executive_id: string | null }[];
  if (chats.some((chat) => mayActOnChat(actor, chat.assigned_executive_id))) {
    return;
  }
  const owners = [
    ...new Set(
      chats.map((chat) => ctx.staff.byId(chat.assigned_executive_id!)?.name ?? 'a colleague'),
    ),
  ];
  throw forbidden(
    owners.length
      ? `This partner's chats are assigned to ${owners.join(', ')}. To ${action}, take the chat ` +
          'over first (reassign it to yourself, with a reason), or ask a supervisor.'
      : `You have no chat with this partner. To ${action}, open a chat with them first, or ask a supervisor.`,
  );
}

/** The actor behind a node admin session: the staff member of its user id. */
export function staffActor(ctx: DomainContext, userId: string): Actor {
  const member = ctx.staff.byId(userId);
  if (!member) {
    throw forbidden('This account no longer exists: sign in again.');
  }
  return { executive_id: member.executive_id, name: member.name, role: member.role };
}
