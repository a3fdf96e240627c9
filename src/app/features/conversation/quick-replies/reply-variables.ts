import { ChatFacts, isFactName } from '../../../core/state/chat-facts';

/** A `{variable}` still in a reply: its name and where it sits in the text. */
export interface Placeholder {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;
/** `{customer_name}` with the space before it, so "Hi {customer_name}," becomes "Hi,". */
const CUSTOMER_NAME = /[ \t]*\{customer_name\}/g;
/** Names WhatsApp contacts get when nobody knows them: "WhatsApp 5678", a bare number. */
const PLACEHOLDER_NAMES = [
  /^whatsapp\b[\s\d+-]*$/i,
  /^[\s\d+()-]+$/,
  /^(unknown|customer|guest|user)$/i,
];

/**
 * The name to greet a customer by, or null when there is none worth saying: empty, or a stand-in
 * like "WhatsApp 5678" that would read as a mistake in a greeting.
 */
export function greetingName(name: string | null | undefined): string | null {
  const trimmed = name?.trim() ?? '';
  if (trimmed === '' || PLACEHOLDER_NAMES.some((pattern) => pattern.test(trimmed))) {
    return null;
  }
  return trimmed;
}

/**
 * Fills a reply's `{variables}` from the chat's facts. A variable with no value stays as it is
 * for the executive to fill, except `{customer_name}`, which is dropped for a neutral greeting
 * ("Hi,") when the customer's name is unknown.
 */
export function fillReply(body: string, facts: ChatFacts): string {
  const name = greetingName(facts.customer_name);
  const greeted = name === null ? body.replace(CUSTOMER_NAME, '') : body;
  return greeted.replace(PLACEHOLDER, (whole, variable: string) => {
    if (variable === 'customer_name') {
      return name ?? '';
    }
    const value = isFactName(variable) ? facts[variable]?.trim() : undefined;
    return value ? value : whole;
  });
}

/** Every `{variable}` left in a text, in order. */
export function placeholdersIn(text: string): Placeholder[] {
  return [...text.matchAll(PLACEHOLDER)].map((match) => ({
    name: match[1],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

/** The variables a reply uses, each once, in order. */
export function variablesOf(body: string): string[] {
  return [...new Set(placeholdersIn(body).map((placeholder) => placeholder.name))];
}
