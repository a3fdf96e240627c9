import { Message } from '../../../../contract';

/** A display booking id, as customers quote it: `OW` and seven digits. */
export const DISPLAY_BOOKING_ID = /^OW\d{7}$/;

const MENTION = /\bOW\d{7}\b/gi;

/**
 * The ids each message mentions, last first, read once per message: the conversation's messages
 * are looked through again whenever one arrives, and most mention none.
 */
const mentionsOf = new WeakMap<object, readonly string[]>();

function mentionsIn(message: Pick<Message, 'text' | 'media'>): readonly string[] {
  let ids = mentionsOf.get(message);
  if (!ids) {
    const text = [message.text, message.media?.caption].filter(Boolean).join(' ');
    ids = [...text.matchAll(MENTION)].map((match) => match[0].toUpperCase()).reverse();
    mentionsOf.set(message, ids);
  }
  return ids;
}

/** Most booking ids offered as quick chips. */
export const MAX_MENTIONS = 6;

/**
 * The booking ids mentioned in a conversation, newest mention first, each once, upper-cased, at
 * most {@link MAX_MENTIONS}. Reads message text and media captions.
 */
export function bookingMentions(messages: readonly Pick<Message, 'text' | 'media'>[]): string[] {
  const found: string[] = [];
  for (let i = messages.length - 1; i >= 0 && found.length < MAX_MENTIONS; i--) {
    for (const id of mentionsIn(messages[i])) {
      if (!found.includes(id) && found.length < MAX_MENTIONS) {
        found.push(id);
      }
    }
  }
  return found;
}

/** The display booking id in what the executive typed, or null when it is not one. */
export function normalizeBookingId(raw: string): string | null {
  const id = raw.trim().toUpperCase();
  return DISPLAY_BOOKING_ID.test(id) ? id : null;
}
