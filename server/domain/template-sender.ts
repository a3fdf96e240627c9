import { createHash } from 'node:crypto';

import type { ChatAssignment } from '../../src/contract';
import { contactContext, templateParamsOf } from './contact-context';
import { assertMayActOnChat } from './chat-policy';
import type { Actor, DomainContext } from './domain-context';
import { badRequest, notFound, unprocessable } from './domain-error';
import { newId } from './ids';
import { MessageResult, announce, answerChat } from './messaging';
import { normalizePhoneNumber } from './phone-number';
import { greetingVariable, renderTemplate } from './template-catalog';

/** A payment link that stays the same for one number, as the payment gateway would issue it. */
export function paymentLinkFor(number: string): string {
  const code = createHash('sha256').update(number).digest('base64url').slice(0, 10);
  return `https://paytm.me/ow-${code}`;
}

/**
 * Sends a template by name to a number, filling its variables from what the stack knows about the
 * number. Finds or creates the chat; templates are allowed whatever the WhatsApp window.
 */
export function sendTemplateToNumber(
  ctx: DomainContext,
  actor: Actor,
  to: string,
  name: string,
): MessageResult {
  const number = normalizePhoneNumber(to);
  if (!number) {
    throw badRequest('This is not a phone number: use the +91 format.', 'to', 'invalid_number');
  }
  const template = ctx.templates.byName(name.trim());
  if (!template) {
    throw notFound('There is no template with this name: pick one from the template list.', 'name');
  }
  const now = ctx.clock.now();
  const nowIso = now.toISOString();
  let assignment: ChatAssignment | null = null;
  const result = ctx.db.transaction((): MessageResult => {
    let row = ctx.chats.rowByNumber(number);
    const context = contactContext(ctx.db, number, now, row?.customer_name ?? '');
    const stakeholder = row?.stakeholder ?? context.stakeholder;
    if (template.stakeholder !== stakeholder) {
      throw unprocessable(
        'template_stakeholder_mismatch',
        `This template is meant for ${template.stakeholder}s but ${number} is a ${stakeholder}.`,
        'name',
      );
    }
    const params = templateParamsOf(context, paymentLinkFor(number));
    // Nobody can type these values in: they come from the number's records, so say which one is
    // missing and that another template is the way forward.
    const greeted = greetingVariable(template.body);
    const missing = template.variables.find(
      (variable) => variable !== greeted && !params[variable]?.trim(),
    );
    if (missing !== undefined) {
      throw unprocessable(
        'template_variable_missing',
        `The template "${template.name}" needs the ${missing.replaceAll('_', ' ')} of ${number}, ` +
          'and there is none on record. Pick a template that does not need it, or check the number.',
        `name.${missing}`,
      );
    }
    const text = renderTemplate(template, params, 'name');
    if (row) {
      assertMayActOnChat(ctx, actor, row.assigned_executive_id, 'reply');
    } else {
      const chatId = newId('chat');
      ctx.chats.insert({
        chat_id: chatId,
        customer_number: number,
        customer_name: context.name,
        stakeholder,
        created_at: nowIso,
      });
      row = ctx.chats.row(chatId)!;
    }
    const message = ctx.messages.insert({
      message_id: newId('msg'),
      client_message_id: null,
      chat_id: row.chat_id,
      sender_type: 'executive',
      sender_id: actor.executive_id,
      sender_name: actor.name,
      message_type: 'template',
      text,
      media: null,
      location: null,
      template: { template_id: template.template_id, name: template.name },
      status: 'sent',
      created_at: nowIso,
    });
    const answered = answerChat(ctx, actor, row, message, 'Started by template');
    assignment = answered.assignment;
    return { message, chat: answered.chat, duplicate: false };
  })();
  announce(ctx, result, assignment);
  return result;
}
