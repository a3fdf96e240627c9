/**
 * The one way the console writes a moment, everywhere (bubbles, notes, the chat list, the
 * customer panel, DCO transactions, the dashboard): the browser's locale decides the clock, so
 * en-IN reads "3:05 pm" and en-GB "15:05", in the browser's time zone. Every function takes an
 * ISO-8601 string, epoch milliseconds or a Date, and gives '' for a moment it cannot read.
 */

/** A moment as the back ends send it, or as the console keeps it. */
export type Moment = string | number | Date | null | undefined;

const STYLES = {
  clock: { hour: 'numeric', minute: '2-digit' },
  clockSeconds: { hour: 'numeric', minute: '2-digit', second: '2-digit' },
  dayAndTime: { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' },
  full: {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
  },
  date: { day: 'numeric', month: 'short', year: 'numeric' },
  shortDate: { day: 'numeric', month: 'short' },
  weekday: { weekday: 'short', day: 'numeric', month: 'short' },
  weekdayYear: { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

type Style = keyof typeof STYLES;

// Formatters are costly to build and the chat list formats a time per row: keep one per style.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, locale: string | undefined): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${style}`;
  let made = formatters.get(key);
  if (!made) {
    made = new Intl.DateTimeFormat(locale, STYLES[style]);
    formatters.set(key, made);
  }
  return made;
}

function timeOf(at: Moment): number | null {
  if (at === null || at === undefined || at === '') {
    return null;
  }
  const time = at instanceof Date ? at.getTime() : typeof at === 'number' ? at : Date.parse(at);
  return Number.isFinite(time) ? time : null;
}

function write(at: Moment, style: Style, locale: string | undefined): string {
  const time = timeOf(at);
  return time === null ? '' : formatter(style, locale).format(time);
}

/** The time of day: "3:05 pm" (en-IN), "15:05" (en-GB); with seconds for a live clock. */
export function clockTime(
  at: Moment,
  options: { seconds?: boolean; locale?: string } = {},
): string {
  return write(at, options.seconds ? 'clockSeconds' : 'clock', options.locale);
}

/** A day of this year and its time, for lists: "26 Nov, 3:05 pm". */
export function dayAndTime(at: Moment, locale?: string): string {
  return write(at, 'dayAndTime', locale);
}

/** Everything, for tooltips and records: "Thu, 26 Nov 2026, 3:05 pm". */
export function fullDateTime(at: Moment, locale?: string): string {
  return write(at, 'full', locale);
}

/** A calendar date, for travel and joining dates: "26 Nov 2026". */
export function calendarDate(at: Moment, locale?: string): string {
  return write(at, 'date', locale);
}

/** A day without its year, for narrow table cells: "26 Nov". */
export function shortDate(at: Moment, locale?: string): string {
  return write(at, 'shortDate', locale);
}

/**
 * A day heading in the history: "Thu, 26 Nov", with the year when it is not the year of `now`.
 */
export function dayHeading(at: Moment, now: number, locale?: string): string {
  const time = timeOf(at);
  if (time === null) {
    return '';
  }
  const sameYear = new Date(time).getFullYear() === new Date(now).getFullYear();
  return write(time, sameYear ? 'weekday' : 'weekdayYear', locale);
}
