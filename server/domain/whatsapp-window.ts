import { DomainError } from './domain-error';

/**
 * Whether WhatsApp still accepts a free-form reply: only within `hours` of the customer's last
 * message. Templates are always allowed.
 */
export function isWindowOpen(
  lastCustomerMessageAt: string | null,
  now: Date,
  hours: number,
): boolean {
  if (!lastCustomerMessageAt) {
    return false;
  }
  return now.getTime() - Date.parse(lastCustomerMessageAt) < hours * 60 * 60 * 1000;
}

/** The refusal of a free-form reply outside the window. */
export function windowClosedError(hours: number): DomainError {
  return new DomainError(
    422,
    'whatsapp_window_closed',
    `The customer last wrote more than ${hours} hours ago, so WhatsApp only allows a template now. Send a template to restart the conversation.`,
    'message',
  );
}
