import { ChatFacts, isFactName } from '../../../core/state/chat-facts';
import { knownName } from '../../../shared/text/contact-name';

/** A `{variable}` still in a reply: its name and where it sits in the text. */
export interface Placeholder {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/g;
/**
 * `{customer_name}` with the space (or comma) before it, so "Hi {customer_name}," becomes "Hi," and
 * "Sorry for the wait, {customer_name}." becomes "Sorry for the wait.".
 */
const CUSTOMER_NAME = /,?[ \t]*\{customer_name\}/g;
/**
 * Fills a reply's `{variables}` from the chat's facts. A variable with no value stays as it is
 * for the executive to fill, except `{customer_name}`, which is dropped for a neutral greeting
 * ("Hi,") when the customer's name is unknown.
 */
export function fillReply(body: string, facts: ChatFacts): string {
  const name = knownName(facts.customer_name);
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
