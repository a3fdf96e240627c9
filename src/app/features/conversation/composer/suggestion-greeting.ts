import { knownName } from '../../../shared/text/contact-name';

/**
 * A suggested reply that greets nobody by a stand-in name: "Hi WhatsApp 5678, …" (or "Hi
 * +9198…, …", or "Hi WhatsApp, …") becomes "Hello, …". Other greetings are left as they are.
 */
export function withoutPlaceholderGreeting(suggestion: string): string {
  const greeting = /^(hi|hello|dear)\s+([^,!\n]*)([,!])\s*/i.exec(suggestion);
  if (!greeting || knownName(greeting[2]) !== null) {
    return suggestion;
  }
  return `Hello, ${suggestion.slice(greeting[0].length)}`;
}
