/** The most characters of a name shown in a sentence (alerts, "… is typing"). */
export const NAME_MAX_CHARS = 60;

/** The most characters of a sentence built around untrusted text (an alert's line). */
export const LINE_MAX_CHARS = 200;

/**
 * Cuts untrusted text to at most `max` characters, ending with "…" when cut, so a name of any
 * length (a megabyte of it, even) never reaches the page whole. Counts code points, not UTF-16
 * units, so an emoji or a Devanagari letter is never split in half; line breaks become spaces.
 */
export function clipText(text: string, max: number): string {
  // Only the start is ever shown: look at no more of a huge string than needed.
  const window = max * 4;
  const head = Array.from(text.slice(0, window).replace(/\s+/g, ' ').trim());
  if (head.length <= max && text.length <= window) {
    return head.join('');
  }
  return `${head
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}
