import { Chats, WhatsappTemplate } from '../../../../contract';
import { knownName } from '../../../shared/text/contact-name';

/** Templates whose name, body or category contain every word of the query, case-insensitive. */
export function filterTemplates(
  templates: readonly WhatsappTemplate[],
  query: string,
): readonly WhatsappTemplate[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return templates;
  }
  return templates.filter((t) => {
    const haystack = `${t.name.replace(/_/g, ' ')} ${t.name} ${t.body} ${t.category}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** The first word of a name, as a greeting uses it. */
function firstName(name: string): string {
  return name.trim().split(/\s+/)[0] ?? '';
}

/**
 * Values the console can fill in for a chat without guessing: the person's name and number, and
 * the executive's name. Everything else (booking ids, amounts) is left for the executive.
 */
export function prefillValues(
  fields: readonly string[],
  chat: Pick<Chats, 'customer_name' | 'customer_number' | 'stakeholder'>,
  executiveName: string | null,
): Record<string, string> {
  const known: Record<string, string> = {
    customer_number: chat.customer_number,
    phone_number: chat.customer_number,
  };
  const name = firstName(knownName(chat.customer_name) ?? '');
  if (name !== '') {
    known[chat.stakeholder === 'driver' ? 'driver_name' : 'customer_name'] = name;
  }
  if (executiveName) {
    known['executive_name'] = executiveName;
    known['agent_name'] = executiveName;
  }
  return Object.fromEntries(fields.map((field) => [field, known[field] ?? '']));
}

/** A variable name as a field label: `booking_id` reads "Booking id". */
export function variableLabel(name: string): string {
  const words = name.replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
