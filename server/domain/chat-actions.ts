import type {
  ChatAssignment,
  ChatStatus,
  Chats,
  ReassignRequest,
  ResponseData,
  UpdateChatStatusRequest,
} from '../../src/contract';
import type { ChatChanges } from './chat-store';
import { assertMayActOnChat, mayActOnChat } from './chat-policy';
import type { Actor, DomainContext } from './domain-context';
import { badRequest, conflict, forbidden, notFound } from './domain-error';
import { recordAssignment } from './assignment-log';
import { assignmentOf } from './messaging';
import { normalizePhoneNumber } from './phone-number';
import { reopenChanges, resolveChanges } from './resolved-wait';

const STATUS_MESSAGES: Record<ChatStatus, string> = {
  active: 'Chat reopened.',
  pending: 'Chat marked pending.',
  resolved: 'Chat resolved.',
};

/** The answer to a status change, and the chat as it is now when the status did change. */
export interface StatusChange {
  response: ResponseData;
  /** Null when the chat already had the status asked for. */
  changed: Chats | null;
}

/** Resolves, reopens or parks a chat. Setting the status it already has changes nothing. */
export function updateChatStatus(
  ctx: DomainContext,
  actor: Actor,
  request: UpdateChatStatusRequest,
): StatusChange {
  const number = normalizePhoneNumber(request.customer_number);
  if (!number) {
    throw badRequest('This is not a phone number: use the +91 format.', 'customer_number');
  }
  const now = ctx.clock.now().toISOString();
  const outcome = ctx.db.transaction(() => {
    const row = request.chat_id ? ctx.chats.row(request.chat_id) : ctx.chats.rowByNumber(number);
    if (!row) {
      throw notFound(
        'There is no chat with this customer: reload the chat list.',
        request.chat_id ? 'chat_id' : 'customer_number',
      );
    }
    if (row.customer_number !== number) {
      throw badRequest('This number does not belong to that chat.', 'customer_number');
    }
    assertMayActOnChat(ctx, actor, row.assigned_executive_id, 'change its status');
    if (row.status === request.status) {
      return { chatId: row.chat_id, changed: false, updatedAt: row.updated_at };
    }
    const changes: ChatChanges =
      request.status === 'resolved'
        ? resolveChanges(row, now)
        : { status: request.status, ...(row.status === 'resolved' ? reopenChanges(row) : {}) };
    const chat = ctx.chats.update(row.chat_id, changes, now);
    const waitsAgain = row.status === 'resolved' && chat.needs_reply;
    return { chatId: chat.chat_id, changed: true, updatedAt: chat.updated_at, chat, waitsAgain };
  })();
  if (outcome.changed && outcome.chat) {
    ctx.events.chatUpdated(outcome.chat);
    ctx.events.statsChanged();
  }
  const response: ResponseData = {
    success: true,
    chat_id: outcome.chatId,
    customer_number: number,
    status: request.status,
    message: !outcome.changed
      ? `The chat was already ${request.status}.`
      : outcome.waitsAgain
        ? `${STATUS_MESSAGES[request.status]} ${outcome.chat.customer_name.trim() || number} is waiting for a reply again.`
        : STATUS_MESSAGES[request.status],
    updated_by: actor.executive_id,
    updated_at: outcome.changed ? now : outcome.updatedAt,
  };
  return { response, changed: outcome.chat ?? null };
}

/**
 * Hands a chat to another executive. Executives may pass on their own chats and unassigned ones to
 * anyone, and take over a colleague's chat by reassigning it to themselves; supervisors may move
 * any chat. Every reassignment carries a reason.
 */
export function reassignChat(
  ctx: DomainContext,
  actor: Actor,
  request: ReassignRequest,
): ChatAssignment {
  const reason = request.reason.trim();
  if (reason === '') {
    throw badRequest('Say why the chat is being reassigned.', 'reason');
  }
  const now = ctx.clock.now();
  const { assignment, chat } = ctx.db.transaction(() => {
    const row = ctx.chats.row(request.chat_id);
    if (!row) {
      throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
    }
    if (
      request.expected_executive_id !== undefined &&
      request.expected_executive_id !== row.assigned_executive_id
    ) {
      const holder = row.assigned_executive_id
        ? (ctx.staff.byId(row.assigned_executive_id)?.name ?? 'another executive')
        : 'nobody';
      throw conflict(
        'assignment_changed',
        `This chat is with ${holder} now: it changed a moment ago. Check who has it before moving it.`,
        'expected_executive_id',
      );
    }
    if (
      !mayActOnChat(actor, row.assigned_executive_id) &&
      request.to_executive_id !== actor.executive_id
    ) {
      const owner = ctx.staff.byId(row.assigned_executive_id!)?.name ?? 'another executive';
      throw forbidden(
        `This chat is assigned to ${owner}: you can take it over (reassign it to yourself), ` +
          'but only a supervisor can hand it to someone else.',
      );
    }
    const target = ctx.staff.byId(request.to_executive_id);
    if (!target || target.role !== 'executive') {
      throw notFound(
        'There is no executive with this id: pick someone from the list.',
        'to_executive_id',
      );
    }
    if (row.assigned_executive_id === target.executive_id) {
      throw conflict(
        'already_assigned',
        `${target.name} already has this chat.`,
        'to_executive_id',
      );
    }
    const updated = ctx.chats.update(
      row.chat_id,
      { assigned_executive_id: target.executive_id },
      now.toISOString(),
    );
    return {
      chat: updated,
      assignment: assignmentOf(
        updated,
        target.executive_id,
        target.name,
        row.assigned_executive_id,
        reason,
        now,
      ),
    };
  })();
  recordAssignment(ctx.db, assignment, 'reassigned');
  ctx.events.chatUpdated(chat);
  ctx.events.chatAssigned(assignment, 'reassigned');
  ctx.events.statsChanged();
  return assignment;
}
