const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** The time axis of the day's chart: its ends and the times to label, on the local clock. */
export interface TimeAxis {
  min: number;
  max: number;
  ticks: number[];
}

function stepFor(span: number): number {
  if (span <= 2 * HOUR) {
    return 15 * MINUTE;
  }
  if (span <= 6 * HOUR) {
    return HOUR;
  }
  return span <= 12 * HOUR ? 2 * HOUR : 3 * HOUR;
}

/** Rounds down to a whole step of the local clock (15:00, 15:15...), whatever the time zone. */
function floorLocal(time: number, step: number): number {
  const offset = new Date(time).getTimezoneOffset() * MINUTE;
  return Math.floor((time - offset) / step) * step + offset;
}

/**
 * The axis for points from `first` to `last` (epoch ms): at least the last hour, so a dashboard
 * opened a minute ago does not stretch one point across the width, with ticks on round times.
 */
export function timeAxis(first: number, last: number): TimeAxis {
  const from = Math.min(first, last - HOUR);
  const step = stepFor(last - from);
  const min = floorLocal(from, step);
  const max = floorLocal(last, step) + step;
  const ticks: number[] = [];
  for (let tick = min; tick <= max; tick += step) {
    ticks.push(tick);
  }
  return { min, max, ticks };
}
