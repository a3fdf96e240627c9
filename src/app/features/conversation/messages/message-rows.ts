import { differenceInCalendarDays } from 'date-fns';

import { ConversationMessage } from '../../../core/state/message-merge';
import { dayHeading } from '../../../shared/time/time-format';

/** A day separator in the message list. */
export interface DayRow {
  kind: 'day';
  key: string;
  label: string;
}

/** A message in the message list. */
export interface MessageRow {
  kind: 'message';
  /** Stable across the optimistic message and its acknowledged twin, so the bubble is kept. */
  key: string;
  message: ConversationMessage;
  /** Whether the previous message came from the same sender shortly before: no name repeated. */
  continued: boolean;
}

export type ListRow = DayRow | MessageRow;

/** Messages from one sender closer together than this read as one group. */
const GROUP_GAP_MS = 5 * 60_000;

/** "Today", "Yesterday", "Mon 23 Nov", or with the year when it is not this year. */
export function dayLabel(day: Date, now: Date): string {
  const daysAgo = differenceInCalendarDays(now, day);
  if (daysAgo === 0) {
    return 'Today';
  }
  if (daysAgo === 1) {
    return 'Yesterday';
  }
  return dayHeading(day, now.getTime());
}

/** The local calendar day of a moment, as a key ("2026-11-25"). */
function localDayKey(at: Date): string {
  const month = String(at.getMonth() + 1).padStart(2, '0');
  const day = String(at.getDate()).padStart(2, '0');
  return `${at.getFullYear()}-${month}-${day}`;
}

/** The key that survives an optimistic message being replaced by the server's copy. */
export function rowKey(message: ConversationMessage): string {
  return message.client_message_id ?? message.message_id;
}

/**
 * Turns messages (oldest first) into list rows: a day separator before the first message of each
 * local calendar day, and a flag on messages that continue their sender's group.
 */
export function messageRows(messages: readonly ConversationMessage[], now: number): ListRow[] {
  const rows: ListRow[] = [];
  const today = new Date(now);
  let previousDay = '';
  let previous: ConversationMessage | null = null;
  for (const message of messages) {
    const at = new Date(message.created_at);
    const valid = !Number.isNaN(at.getTime());
    const day = valid ? localDayKey(at) : previousDay;
    if (day !== previousDay) {
      rows.push({ kind: 'day', key: `day:${day}`, label: dayLabel(at, today) });
      previousDay = day;
      previous = null;
    }
    const continued =
      previous !== null &&
      message.sender_type !== 'system' &&
      previous.sender_type === message.sender_type &&
      previous.sender_id === message.sender_id &&
      at.getTime() - new Date(previous.created_at).getTime() < GROUP_GAP_MS;
    rows.push({ kind: 'message', key: rowKey(message), message, continued });
    previous = message;
  }
  return rows;
}
