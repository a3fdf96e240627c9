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

/** Start of the local calendar day of `date`, as ISO-8601. */
export function startOfDayIso(date: Date): string {
  const start = new Date(date);
  start.setHours(0, 0, 0, 0);
  return start.toISOString();
}
