/** Source of "now" for every timestamp the stack writes, so tests can move time forward. */
export interface Clock {
  now(): Date;
  /**
   * Calls `listener` whenever the clock jumps (a test moving time), so that timers armed for an
   * instant of this clock can be armed again; returns the unsubscribe. The wall clock never jumps.
   */
  onJump?(listener: () => void): () => void;
}

/** The wall clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that runs with the wall clock but can be pushed forward by a test. */
export interface AdjustableClock extends Clock {
  advance(ms: number): void;
}

/** Creates a clock offset from the wall clock; `advance` adds to the offset. */
export function createAdjustableClock(): AdjustableClock {
  let offsetMs = 0;
  const listeners = new Set<() => void>();
  return {
    now: () => new Date(Date.now() + offsetMs),
    advance: (ms: number) => {
      offsetMs += ms;
      for (const listener of [...listeners]) {
        listener();
      }
    },
    onJump: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The instant as the contract writes it (ISO-8601, UTC). */
export function iso(date: Date): string {
  return date.toISOString();
}

/** Where the business's day starts and ends: "today" figures count from midnight here. */
export const BUSINESS_TIME_ZONE = 'Asia/Kolkata';

const zoneParts = new Intl.DateTimeFormat('en-US', {
  timeZone: BUSINESS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Midnight that starts the business day of `date` (in {@link BUSINESS_TIME_ZONE}). */
export function startOfBusinessDay(date: Date): Date {
  const part = (type: string) =>
    Number(zoneParts.formatToParts(date).find((entry) => entry.type === type)?.value);
  // The wall time there, read as if it were UTC, differs from the instant by the zone's offset.
  const wall = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  const offsetMs = wall - Math.floor(date.getTime() / 1000) * 1000;
  return new Date(Date.UTC(part('year'), part('month') - 1, part('day')) - offsetMs);
}

/** Start of the business day of `date`, as ISO-8601. */
export function startOfDayIso(date: Date): string {
  return startOfBusinessDay(date).toISOString();
}
