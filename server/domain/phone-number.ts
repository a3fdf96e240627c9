/**
 * Normalises a WhatsApp number to E.164 (`+919812345678`). Ten-digit Indian numbers get `+91`; a
 * `+` lost to query-string decoding (it arrives as a space) is restored. Returns null when the input
 * cannot be a phone number.
 */
export function normalizePhoneNumber(input: string): string | null {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  if (!/^\+?\d+$/.test(compact)) {
    return null;
  }
  const digits = compact.replace(/^\+/, '');
  if (digits.length === 10 && /^[6-9]/.test(digits)) {
    return `+91${digits}`;
  }
  if (digits.length < 8 || digits.length > 15 || digits.startsWith('0')) {
    return null;
  }
  return `+${digits}`;
}
