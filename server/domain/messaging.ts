import type {
  ChatAssignment,
  Chats,
  LocationPayload,
  MediaAttachment,
  Message,
  MessageType,
  SendMessageRequest,
  Stakeholder,
} from '../../src/contract';
import { previewOf, type ChatRow } from '../db/chat-rows';
import { realName } from '../db/stand-in-name';
import { recordAssignment } from './assignment-log';
import type { ChatChanges } from './chat-store';
import { assertMayActOnChat } from './chat-policy';
import type { Actor, DomainContext } from './domain-context';
import { badRequest, notFound, unprocessable } from './domain-error';
import { newId } from './ids';
import { normalizePhoneNumber } from './phone-number';
import { renderTemplate } from './template-catalog';
import { isWindowOpen, windowClosedError } from './whatsapp-window';

/** An inbound WhatsApp message from a customer or driver (simulator, inject CLI, tests). */
export interface InboundInput {
  from: string;
  text?: string | null;
  name?: string;
  stakeholder?: Stakeholder;
  message_type?: Exclude<MessageType, 'template'>;
  media?: { mime_type: string; file_name: string; bytes: Buffer; duration_seconds?: number };
  location?: LocationPayload;
  /** The WhatsApp message id: a second delivery of the same id is ignored. */
  client_message_id?: string;
}

export interface MessageResult {
  message: Message;
  chat: Chats;
  /** Whether the message had already been written under the same client id. */
  duplicate: boolean;
}

/** Sends an executive's reply: free text inside the WhatsApp window, or a template at any time. */
export function sendMessage(
  ctx: DomainContext,
  actor: Actor,
  request: SendMessageRequest,
): MessageResult {
  const now = ctx.clock.now();
  let assignment: ChatAssignment | null = null;
  const result = ctx.db.transaction((): MessageResult => {
    const row = ctx.chats.row(request.chat_id);
    if (!row) {
      throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
    }
    const earlier = ctx.messages.findByClientId(row.chat_id, request.client_message_id);
    if (earlier) {
      return { message: earlier, chat: ctx.chats.get(row.chat_id)!, duplicate: true };
    }
    assertMayActOnChat(ctx, actor, row.assigned_executive_id, 'reply');
    let text: string;
    let template: Message['template'] = null;
    if (request.template_id !== undefined) {
      const found = ctx.templates.byId(request.template_id);
      if (!found) {
        throw notFound('This template does not exist: pick another one.', 'template_id');
      }
      if (found.stakeholder !== row.stakeholder) {
        throw unprocessable(
          'template_stakeholder_mismatch',
          `This template is meant for ${found.stakeholder}s: pick a ${row.stakeholder} template.`,
          'template_id',
        );
      }
      text = renderTemplate(found, request.template_params ?? {});
      template = { template_id: found.template_id, name: found.name };
    } else {
      text = request.message.trim();
      if (text === '') {
        throw badRequest('Type a message before sending.', 'message', 'message_empty');
      }
      if (!isWindowOpen(row.last_customer_message_at, now, ctx.settings.whatsapp_window_hours)) {
        throw windowClosedError(ctx.settings.whatsapp_window_hours);
      }
    }
    if (text.length > ctx.settings.max_message_length) {
      throw badRequest(
        `Messages can be at most ${ctx.settings.max_message_length} characters: shorten it or split it.`,
        'message',
        'message_too_long',
      );
    }
    const message = ctx.messages.insert({
      message_id: newId('msg'),
      client_message_id: request.client_message_id,
      chat_id: row.chat_id,
      sender_type: 'executive',
      sender_id: actor.executive_id,
      sender_name: actor.name,
      message_type: template ? 'template' : 'text',
      text,
      media: null,
      location: null,
      template,
      status: 'sent',
      created_at: now.toISOString(),
    });
    const answered = answerChat(ctx, actor, row, message, 'Picked up by reply');
    assignment = answered.assignment;
    return { message, chat: answered.chat, duplicate: false };
  })();
  if (!result.duplicate) {
    announce(ctx, result, assignment);
  }
  return result;
}

/** Writes an inbound message, creating, reopening and assigning its chat as needed. */
export function receiveInbound(ctx: DomainContext, input: InboundInput): MessageResult {
  const number = normalizePhoneNumber(input.from);
  if (!number) {
    throw badRequest('This is not a phone number: use the +91 format.', 'from', 'invalid_number');
  }
  const type =
    input.message_type ?? (input.media ? 'document' : input.location ? 'location' : 'text');
  const text = input.text?.trim() || null;
  if (type === 'text' && !text) {
    throw badRequest('An inbound text message needs text.', 'text');
  }
  if (type === 'location' && !input.location) {
    throw badRequest('A location message needs a location.', 'location');
  }
  if (['image', 'document', 'audio', 'video'].includes(type) && !input.media) {
    throw badRequest('A media message needs a file.', 'media');
  }
  // A stand-in profile name ("WhatsApp 5678") names nobody: the console would show the number.
  const profileName = realName(input.name);
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  let assignment: ChatAssignment | null = null;
  const result = ctx.db.transaction((): MessageResult => {
    let row = ctx.chats.rowByNumber(number);
    if (row && input.client_message_id) {
      const earlier = ctx.messages.findByClientId(row.chat_id, input.client_message_id);
      if (earlier) {
        return { message: earlier, chat: ctx.chats.get(row.chat_id)!, duplicate: true };
      }
    }
    if (!row) {
      const known = knownContact(ctx, number);
      const stakeholder = input.stakeholder ?? known?.stakeholder ?? 'customer';
      // Nobody knows the name of a new number without a profile name: it stays empty (the console
      // shows the number) rather than becoming a stand-in like "WhatsApp 5678".
      const name = profileName || known?.name || '';
      if (!known && stakeholder === 'customer') {
        ctx.db
          .prepare(
            "INSERT OR IGNORE INTO customers (customer_number, name, email, city, created_at) VALUES (?, ?, NULL, 'Unknown', ?)",
          )
          .run(number, name, nowIso);
      }
      const chatId = newId('chat');
      ctx.chats.insert({
        chat_id: chatId,
        customer_number: number,
        customer_name: name,
        stakeholder,
        created_at: nowIso,
      });
      row = ctx.chats.row(chatId)!;
    }
    // A profile name on a later message names a contact nobody knew.
    const learnedName = row.customer_name.trim() === '' ? profileName || null : null;
    if (learnedName) {
      ctx.db
        .prepare("UPDATE customers SET name = ? WHERE customer_number = ? AND trim(name) = ''")
        .run(learnedName, number);
    }
    const media: MediaAttachment | null = input.media ? storeMedia(ctx, input.media, text) : null;
    const message = ctx.messages.insert({
      message_id: newId('msg'),
      client_message_id: input.client_message_id ?? null,
      chat_id: row.chat_id,
      sender_type: row.stakeholder === 'driver' ? 'driver' : 'customer',
      sender_id: number,
      sender_name: learnedName ?? row.customer_name,
      message_type: type,
      text,
      media,
      location: input.location ?? null,
      template: null,
      status: 'delivered',
      created_at: nowIso,
    });
    const reopened = row.status === 'resolved';
    const changes: ChatChanges = {
      last_message: previewOf(message),
      last_customer_message_at: nowIso,
      unread_count: row.unread_count + 1,
      needs_reply: true,
    };
    if (learnedName) {
      changes.customer_name = learnedName;
    }
    if (row.status !== 'active') {
      changes.status = 'active';
      changes.resolved_at = null;
      changes.resolved_wait = null;
    }
    if (!row.needs_reply || reopened || !row.waiting_since) {
      const kind = reopened || !row.last_executive_reply_at ? 'first_reply' : 'next_reply';
      const seconds =
        kind === 'first_reply'
          ? ctx.settings.sla.first_reply_seconds
          : ctx.settings.sla.next_reply_seconds;
      changes.waiting_since = nowIso;
      changes.sla_kind = kind;
      changes.sla_due_at = new Date(now.getTime() + seconds * 1000).toISOString();
    }
    let pick = null;
    if (row.assigned_executive_id === null) {
      pick = ctx.assigner.next();
      if (pick) {
        changes.assigned_executive_id = pick.executive_id;
      }
    }
    const chat = ctx.chats.update(row.chat_id, changes, nowIso);
    if (pick) {
      assignment = assignmentOf(chat, pick.executive_id, pick.name, null, 'Round-robin', now);
    }
    return { message, chat, duplicate: false };
  })();
  if (!result.duplicate) {
    announce(ctx, result, assignment);
  }
  return result;
}

/**
 * What a staff message sent into a chat does to it: the chat is answered (no longer waiting,
 * unread or on an SLA clock), a resolved chat is active again, and an unassigned chat goes to the
 * executive who wrote (with its assignment, for `reason`).
 */
export function answerChat(
  ctx: DomainContext,
  actor: Actor,
  row: ChatRow,
  message: Message,
  reason: string,
): { chat: Chats; assignment: ChatAssignment | null } {
  const changes: ChatChanges = {
    last_message: previewOf(message),
    last_executive_reply_at: message.created_at,
    needs_reply: false,
    unread_count: 0,
    waiting_since: null,
    sla_kind: null,
    sla_due_at: null,
  };
  if (row.status === 'resolved') {
    changes.status = 'active';
    changes.resolved_at = null;
    changes.resolved_wait = null;
  }
  if (row.assigned_executive_id === null && actor.role === 'executive') {
    changes.assigned_executive_id = actor.executive_id;
  }
  const chat = ctx.chats.update(row.chat_id, changes, message.created_at);
  const assignment = changes.assigned_executive_id
    ? assignmentOf(chat, actor.executive_id, actor.name, null, reason, new Date(message.created_at))
    : null;
  return { chat, assignment };
}

/** Builds the `ChatAssignment` of a chat that just got its executive. */
export function assignmentOf(
  chat: Chats,
  executiveId: string,
  executiveName: string,
  previousExecutiveId: string | null,
  reason: string | null,
  at: Date,
): ChatAssignment {
  return {
    chat_id: chat.chat_id,
    customer_number: chat.customer_number,
    customer_name: chat.customer_name,
    stakeholder: chat.stakeholder,
    executive_id: executiveId,
    executive_name: executiveName,
    previous_executive_id: previousExecutiveId,
    reason,
    assigned_at: at.toISOString(),
  };
}

/** Tells every client about a written message, in the order a chat list needs them. */
export function announce(
  ctx: DomainContext,
  result: MessageResult,
  assignment: ChatAssignment | null,
): void {
  ctx.events.chatUpdated(result.chat);
  if (assignment) {
    recordAssignment(ctx.db, assignment, 'assigned');
    ctx.events.chatAssigned(assignment, 'assigned');
  }
  ctx.events.messageCreated(result.message, result.chat);
  ctx.events.statsChanged();
}

function knownContact(
  ctx: DomainContext,
  number: string,
): { stakeholder: Stakeholder; name: string } | null {
  const driver = ctx.db.prepare('SELECT name FROM drivers WHERE phone = ?').get(number) as
    { name: string } | undefined;
  if (driver) {
    return { stakeholder: 'driver', name: driver.name };
  }
  const customer = ctx.db
    .prepare('SELECT name FROM customers WHERE customer_number = ?')
    .get(number) as { name: string } | undefined;
  return customer ? { stakeholder: 'customer', name: customer.name } : null;
}

function storeMedia(
  ctx: DomainContext,
  media: NonNullable<InboundInput['media']>,
  caption: string | null,
): MediaAttachment {
  const mediaId = newId('media');
  ctx.messages.insertMedia({
    media_id: mediaId,
    mime_type: media.mime_type,
    file_name: media.file_name,
    size_bytes: media.bytes.length,
    duration_seconds: media.duration_seconds ?? null,
    bytes: media.bytes,
  });
  return {
    media_id: mediaId,
    mime_type: media.mime_type,
    file_name: media.file_name,
    size_bytes: media.bytes.length,
    caption,
    duration_seconds: media.duration_seconds ?? null,
  };
}
