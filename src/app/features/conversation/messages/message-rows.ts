import { differenceInCalendarDays } from 'date-fns';

import { InternalNote } from '../../../../contract';
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

/** An internal note, between the messages by its time. */
export interface NoteRow {
  kind: 'note';
  key: string;
  note: InternalNote;
}

export type ListRow = DayRow | MessageRow | NoteRow;

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

/** Milliseconds since the epoch, or NaN for a date that cannot be read. */
function timeOf(iso: string): number {
  return new Date(iso).getTime();
}

/**
 * Turns messages and internal notes (each oldest first) into list rows: one timeline where a note
 * sits after the messages sent before it, a day separator before the first entry of each local
 * calendar day, and a flag on messages that continue their sender's group (a note breaks a group).
 */
export function messageRows(
  messages: readonly ConversationMessage[],
  now: number,
  notes: readonly InternalNote[] = [],
): ListRow[] {
  const rows: ListRow[] = [];
  const today = new Date(now);
  let previousDay = '';
  let previous: ConversationMessage | null = null;
  const startDay = (at: Date): void => {
    const valid = !Number.isNaN(at.getTime());
    const day = valid ? localDayKey(at) : previousDay;
    if (day !== previousDay) {
      rows.push({ kind: 'day', key: `day:${day}`, label: dayLabel(at, today) });
      previousDay = day;
      previous = null;
    }
  };
  let n = 0;
  const notesUntil = (time: number): void => {
    // A note whose time cannot be read waits for the end of the timeline.
    while (n < notes.length && timeOf(notes[n].created_at) < time) {
      const note = notes[n++];
      startDay(new Date(note.created_at));
      rows.push({ kind: 'note', key: `note:${note.note_id}`, note });
      previous = null;
    }
  };
  for (const message of messages) {
    const at = new Date(message.created_at);
    if (!Number.isNaN(at.getTime())) {
      notesUntil(at.getTime());
    }
    startDay(at);
    const last: ConversationMessage | null = previous;
    const continued =
      last !== null &&
      message.sender_type !== 'system' &&
      last.sender_type === message.sender_type &&
      last.sender_id === message.sender_id &&
      at.getTime() - new Date(last.created_at).getTime() < GROUP_GAP_MS;
    rows.push({ kind: 'message', key: rowKey(message), message, continued });
    previous = message;
  }
  notesUntil(Infinity);
  for (; n < notes.length; n++) {
    const note = notes[n];
    startDay(new Date(note.created_at));
    rows.push({ kind: 'note', key: `note:${note.note_id}`, note });
  }
  return rows;
}
