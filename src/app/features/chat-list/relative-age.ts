import { Locale, formatDistanceStrict } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

const SHORT_UNITS: Readonly<Record<string, string>> = {
  xMinutes: 'm',
  xHours: 'h',
  xDays: 'd',
  xMonths: 'mo',
  xYears: 'y',
};

/** English with compact units ("5m", "3h", "2d"), for a narrow list row. */
const COMPACT: Locale = {
  ...enUS,
  formatDistance: (token, count) =>
    token === 'xSeconds' ? 'now' : `${count}${SHORT_UNITS[token]}`,
};

function parsed(iso: string, now: number): number | null {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) {
    return null;
  }
  // A server clock slightly ahead of ours must not read as "in 2 minutes".
  return Math.min(time, now);
}

/** How long ago, compact: "now", "5m", "3h", "2d". Empty for an unreadable timestamp. */
export function shortAge(iso: string, now: number): string {
  const time = parsed(iso, now);
  return time === null
    ? ''
    : formatDistanceStrict(time, now, { locale: COMPACT, roundingMethod: 'floor' });
}

/** How long ago, in words: "5 minutes ago". Empty for an unreadable timestamp. */
export function longAge(iso: string, now: number): string {
  const time = parsed(iso, now);
  if (time === null) {
    return '';
  }
  if (now - time < 60_000) {
    return 'just now';
  }
  return formatDistanceStrict(time, now, { addSuffix: true, roundingMethod: 'floor' });
}
