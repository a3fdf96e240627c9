import { formatDistanceStrict } from 'date-fns';

import { calendarDate, dayAndTime, fullDateTime } from '../../../shared/time/time-format';

function timeOf(iso: string | null | undefined): number | null {
  if (!iso) {
    return null;
  }
  const time = Date.parse(iso);
  return Number.isNaN(time) ? null : time;
}

/**
 * How far a moment is from now, in words, past or future: "3 hours ago", "in 2 days", "just now".
 * Empty for an unreadable timestamp.
 */
export function relativeTime(iso: string | null | undefined, now: number): string {
  const time = timeOf(iso);
  if (time === null) {
    return '';
  }
  if (Math.abs(now - time) < 60_000) {
    return 'just now';
  }
  return formatDistanceStrict(time, now, { addSuffix: true, roundingMethod: 'floor' });
}

/** A moment as a date and time ("Thu, 26 Nov 2026, 3:30 pm"), as everywhere in the console. */
export function dateTime(iso: string | null | undefined): string {
  return fullDateTime(iso);
}

/** A short date for narrow table cells ("26 Nov, 3:30 pm"). */
export function shortDateTime(iso: string | null | undefined): string {
  return dayAndTime(iso);
}

/** A calendar date ("26 Nov 2026"), for travel dates and joining dates. */
export function dateOnly(iso: string | null | undefined): string {
  return calendarDate(iso);
}
