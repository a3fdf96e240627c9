import { format, formatDistanceStrict } from 'date-fns';

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

/** A moment as a date and time ("26 Nov 2026, 3:30 PM"), in the browser's time zone. */
export function dateTime(iso: string | null | undefined): string {
  const time = timeOf(iso);
  return time === null ? '' : format(time, 'd MMM yyyy, h:mm a');
}

/** A short date for narrow table cells ("26 Nov, 3:30 PM"). */
export function shortDateTime(iso: string | null | undefined): string {
  const time = timeOf(iso);
  return time === null ? '' : format(time, 'd MMM, h:mm a');
}

/** A calendar date ("26 Nov 2026"), for travel dates and joining dates. */
export function dateOnly(iso: string | null | undefined): string {
  const time = timeOf(iso);
  return time === null ? '' : format(time, 'd MMM yyyy');
}
