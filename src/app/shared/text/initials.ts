/**
 * Up to two letters for a person's avatar: the first letter of the first and of the last word
 * ("Vikram Singh" → "VS", "Asha" → "A"). Letters are whole characters, so a Devanagari name or an
 * emoji is never cut in half; "?" for a blank name.
 */
export function initials(name: string): string {
  const words = name.trim().split(/\s+/u).filter(Boolean);
  if (words.length === 0) {
    return '?';
  }
  const first = (word: string) => firstLetter(word).toLocaleUpperCase();
  return words.length === 1 ? first(words[0]) : first(words[0]) + first(words[words.length - 1]);
}

function firstLetter(word: string): string {
  const segments = new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(word);
  return segments[Symbol.iterator]().next().value?.segment ?? '';
}
