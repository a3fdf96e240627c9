/** A run of plain text inside a message. */
export interface TextPart {
  kind: 'text';
  text: string;
}

/** A web address inside a message, safe to render as a link. */
export interface LinkPart {
  kind: 'link';
  text: string;
  /** Always an absolute `http:` or `https:` URL. */
  href: string;
}

export type MessagePart = TextPart | LinkPart;

// Only http(s) addresses are candidates, so `javascript:`, `data:` and every other scheme stay text.
// The lookbehind keeps `xhttps://` or `evil/https://` from turning the tail of a word into a link.
const CANDIDATE = /(?<![\p{L}\p{N}/])https?:\/\/[^\s<>"]+/giu;
// Punctuation that ends a sentence rather than the address it follows.
const TRAILING = /[.,;:!?'*_~]+$/;

function trimTrailing(candidate: string): string {
  let url = candidate.replace(TRAILING, '');
  // A closing bracket belongs to the URL only when the URL opened one (wiki-style addresses).
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
  ]) {
    while (url.endsWith(close) && count(url, close) > count(url, open)) {
      url = url.slice(0, -1).replace(TRAILING, '');
    }
  }
  return url;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') {
      return null;
    }
    return url.href;
  } catch {
    return null;
  }
}

/**
 * Splits message text into plain text and http/https links. Joining the parts' `text` gives back
 * the input exactly; anything that is not a well-formed http(s) address stays text.
 */
export function linkify(text: string): MessagePart[] {
  const parts: MessagePart[] = [];
  let plain = '';
  let cursor = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    const url = trimTrailing(match[0]);
    const href = safeHref(url);
    if (href === null) {
      continue;
    }
    plain += text.slice(cursor, match.index);
    if (plain !== '') {
      parts.push({ kind: 'text', text: plain });
      plain = '';
    }
    parts.push({ kind: 'link', text: url, href });
    cursor = match.index + url.length;
  }
  plain += text.slice(cursor);
  if (plain !== '') {
    parts.push({ kind: 'text', text: plain });
  }
  return parts;
}
