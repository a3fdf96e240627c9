import { Pipe, PipeTransform } from '@angular/core';

/**
 * What stands in for a name nobody knows: "WhatsApp 5678" (what WhatsApp back ends call a contact
 * without a profile name), a bare phone number, or a generic word.
 */
const STAND_IN_NAMES = [
  /^whatsapp\b[\s\d+()-]*$/i,
  /^[\s\d+()-]+$/,
  /^(unknown|customer|guest|user|driver)$/i,
];

/** A contact's name if it is one, or null when it is blank or a stand-in like "WhatsApp 5678". */
export function knownName(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '' || STAND_IN_NAMES.some((pattern) => pattern.test(trimmed))) {
    return null;
  }
  return trimmed;
}

/**
 * A phone number as people read it: an Indian mobile as `+91 98123 45678` (from `+919812345678`,
 * `09812345678`, `9812345678`, ...); any other number as given.
 */
export function readableNumber(number: string): string {
  const compact = number.trim().replace(/[\s\-().]/g, '');
  const mobile = /^(?:\+91|0091|91|0)?([6-9]\d{4})(\d{5})$/.exec(compact);
  return mobile ? `+91 ${mobile[1]} ${mobile[2]}` : number.trim();
}

/**
 * What to call a customer or driver on screen: their name once it is known, until then their
 * number (never "WhatsApp 5678").
 */
export function contactName(name: string | null | undefined, number: string): string {
  return knownName(name) ?? (readableNumber(number) || 'Unknown contact');
}

/** `{{ chat | contactName }}`: {@link contactName} of a chat, alert or assignment. */
@Pipe({ name: 'contactName' })
export class ContactNamePipe implements PipeTransform {
  transform(contact: { customer_name: string; customer_number: string }): string {
    return contactName(contact.customer_name, contact.customer_number);
  }
}
