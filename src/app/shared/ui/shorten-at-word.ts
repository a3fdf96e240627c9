/**
 * Shortens text to at most `max` characters, ellipsis included, cutting after the last whole word
 * that fits ("Partner payment dues" at 16 is "Partner payment…", never "Partner payme…"). Runs of
 * white space count as one space. A first word longer than `max` is the one case cut inside a word.
 */
export function shortenAtWord(text: string, max: number): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  if (clean.length <= max || max < 2) {
    return clean;
  }
  const head = clean.slice(0, max - 1);
  // The word in `head` is whole when the character after it is a space.
  const lastSpace = clean[max - 1] === ' ' ? head.length : head.lastIndexOf(' ');
  const kept = lastSpace > 0 ? head.slice(0, lastSpace) : head;
  return `${kept.replace(/[\s,;:.\-–—/&]+$/, '')}…`;
}
