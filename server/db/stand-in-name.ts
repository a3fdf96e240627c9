/**
 * What stands in for a name nobody knows, as the console reads it (`knownName` in
 * `src/app/shared/text/contact-name.ts`): "WhatsApp" followed by any digits ("WhatsApp 5678",
 * "WhatsApp 9812345678", "WhatsApp +91 98123 45678"), or a bare number. The stack stores neither
 * as a name, and clears both from files earlier versions wrote.
 */
const STAND_IN_NAMES = [/^whatsapp\b[\s\d+()-]*$/i, /^[\s\d+()-]+$/];

/** Whether `name` is blank or a stand-in for a name nobody knows. */
export function isStandInName(name: string | null | undefined): boolean {
  const trimmed = name?.trim() ?? '';
  return trimmed === '' || STAND_IN_NAMES.some((pattern) => pattern.test(trimmed));
}

/** `name` trimmed when it is a real name; '' when it is blank or a stand-in. */
export function realName(name: string | null | undefined): string {
  return isStandInName(name) ? '' : name!.trim();
}
