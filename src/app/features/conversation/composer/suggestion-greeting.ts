/**
 * Whether a contact's name is a stand-in rather than a name: what WhatsApp contacts without a
 * profile name get ("WhatsApp 5678"), a phone number, or nothing.
 */
export function isPlaceholderName(name: string | null | undefined): boolean {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' || /^whatsapp\b/i.test(trimmed) || /^[+\d\s()-]+$/.test(trimmed);
}

/**
 * A suggested reply that greets nobody by a stand-in name: "Hi WhatsApp 5678, …" (or "Hi
 * +9198…, …", or "Hi WhatsApp, …") becomes "Hello, …". Other greetings are left as they are.
 */
export function withoutPlaceholderGreeting(suggestion: string): string {
  const greeting = /^(hi|hello|dear)\s+([^,!\n]*)([,!])\s*/i.exec(suggestion);
  if (!greeting || !isPlaceholderName(greeting[2])) {
    return suggestion;
  }
  return `Hello, ${suggestion.slice(greeting[0].length)}`;
}
