import type { ChatGptResponse } from '../../src/contract';
import { isStandInName } from '../db/stand-in-name';
import {
  contactContext,
  firstName,
  indiaTime,
  rupees,
  type ContactContext,
} from './contact-context';
import type { DomainContext } from './domain-context';
import { notFound } from './domain-error';

interface Intent {
  keywords: RegExp;
  reply: (context: ContactContext) => string;
}

const bookingRef = (context: ContactContext) =>
  context.booking ? `booking ${context.booking.display_booking_id}` : 'your booking';

const CUSTOMER_INTENTS: Intent[] = [
  {
    keywords: /refund|money back|deducted twice|charged twice/,
    reply: (c) =>
      `I have checked the refund for ${bookingRef(c)}. It has been processed from our side and should reach your account within 5-7 working days. I will keep this chat open until you confirm it has arrived.`,
  },
  {
    keywords: /cancel/,
    reply: (c) =>
      c.booking
        ? `I can help with cancelling booking ${c.booking.display_booking_id} (${c.booking.pickup_city} to ${c.booking.drop_city}, ${indiaTime(c.booking.pickup_time)}). Cancellations more than 2 hours before pickup are free. Shall I go ahead?`
        : 'I can help with the cancellation. Could you share the booking id (it starts with OW)?',
  },
  {
    keywords: /where|late|not (yet )?(come|arrived|reached)|driver|cab|reach/,
    reply: (c) =>
      c.booking?.driver_name
        ? `Your driver ${c.booking.driver_name} (${c.booking.cab_number}) is assigned to ${bookingRef(c)}. You can call them directly on ${c.booking.driver_phone}. I am also checking their live location and will update you in a few minutes.`
        : `The driver for ${bookingRef(c)} will be assigned shortly, and you will get their name, number and cab details on WhatsApp and SMS at least 2 hours before pickup.`,
  },
  {
    keywords: /pay|upi|link|paid/,
    reply: (c) =>
      c.booking
        ? `For ${bookingRef(c)} the fare is ${rupees(c.booking.fare)} and the payment shows as ${c.booking.payment_status.replace('_', ' ')}. If you have paid, please share the UPI reference and I will match it.`
        : 'Please share the booking id and the UPI reference of the payment, and I will check it right away.',
  },
  {
    keywords: /invoice|bill|receipt|gst/,
    reply: (c) =>
      `I will email the invoice for ${bookingRef(c)} to your registered email id within the next 30 minutes. Please let me know if you need the GST number added.`,
  },
  {
    keywords: /fare|price|charge|toll|extra/,
    reply: (c) =>
      c.booking
        ? `The fare for ${bookingRef(c)} is ${rupees(c.booking.fare)} for a ${c.booking.cab_type} from ${c.booking.pickup_city} to ${c.booking.drop_city}, including driver allowance. Tolls and parking are paid as actuals.`
        : 'One-way fares include driver allowance; tolls and parking are paid as actuals. Share your route and date and I will quote the fare.',
  },
  {
    keywords: /lost|forgot|left (my|a|the)/,
    reply: (c) =>
      `I am sorry about that. I have asked the driver of ${bookingRef(c)} to check the cab and will call you back within 30 minutes.`,
  },
  {
    keywords: /thank|thanks|ok|done|great/,
    reply: () =>
      'Glad I could help! Is there anything else I can do for you? Have a safe journey with us.',
  },
];

const DRIVER_INTENTS: Intent[] = [
  {
    keywords: /payment|wallet|dues|balance|paytm|link/,
    reply: (c) =>
      c.dues > 0
        ? `Your partner account has ${rupees(c.dues)} outstanding. I am resending the Paytm payment link now; once it is paid, trips will be assigned again within an hour.`
        : 'Your partner wallet has no dues right now. Payouts for completed trips are settled every Tuesday and Friday.',
  },
  {
    keywords: /trip|booking|pickup|customer|duty/,
    reply: (c) =>
      c.booking
        ? `Your next trip is ${c.booking.display_booking_id}: ${c.booking.pickup_city} to ${c.booking.drop_city}, pickup ${indiaTime(c.booking.pickup_time)}. Please reach the pickup point 15 minutes early and call the customer on arrival.`
        : 'There is no trip assigned to you right now. New trips are shared in the partner app as soon as they match your cab and city.',
  },
  {
    keywords: /document|licence|license|rc|insurance|permit|kyc/,
    reply: () =>
      'Please upload a clear photo of the document in the partner app under Documents. Verification takes up to 24 hours and I will update you here.',
  },
];

/**
 * How a suggestion greets the contact: by first name, or plainly when the name is a stand-in
 * (`isStandInName`: "WhatsApp 5678", a bare number) or empty.
 */
export function greeting(name: string): string {
  return isStandInName(name) ? 'Hello' : `Hi ${firstName(name.trim())}`;
}

/**
 * A suggested reply built from the chat's latest inbound messages and what the stack knows about the
 * customer or driver. Deterministic: the same conversation and data give the same suggestion.
 */
export function suggestReply(ctx: DomainContext, chatId: string): ChatGptResponse {
  const chat = ctx.chats.get(chatId);
  if (!chat) {
    throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
  }
  const now = ctx.clock.now();
  const context = contactContext(ctx.db, chat.customer_number, now, chat.customer_name);
  const inbound = ctx.messages
    .recent(chat.chat_id, 20)
    .filter((message) => message.sender_type === 'customer' || message.sender_type === 'driver')
    .slice(-3)
    .map((message) => (message.text ?? '').toLowerCase())
    .reverse();
  const intents = chat.stakeholder === 'driver' ? DRIVER_INTENTS : CUSTOMER_INTENTS;
  let body: string | null = null;
  for (const text of inbound) {
    const intent = intents.find((candidate) => candidate.keywords.test(text));
    if (intent) {
      body = intent.reply(context);
      break;
    }
  }
  body ??= context.booking
    ? `Thanks for writing in. I am looking into ${bookingRef(context)} (${context.booking.pickup_city} to ${context.booking.drop_city}) and will get back to you in a few minutes.`
    : 'Thanks for writing in. Could you share your booking id (it starts with OW) so I can look into this for you?';
  return {
    chat_id: chat.chat_id,
    suggestion: `${greeting(chat.customer_name)}, ${body}`,
    generated_at: now.toISOString(),
  };
}
