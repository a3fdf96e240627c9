import { DashboardStats, StatusSample } from '../../../../contract';

/** The team's chats by status at one moment of the day (the latest figures of a 5-minute slot). */
export interface StatusPoint {
  /** Start of the slot, epoch milliseconds. */
  at: number;
  active: number;
  pending: number;
  resolved: number;
}

/** One point per five minutes. */
export const SERIES_SLOT_MS = 5 * 60_000;
/** A day of five-minute slots: the series never grows past this. */
export const SERIES_MAX_POINTS = 288;

type Snapshot = Pick<DashboardStats, 'active' | 'pending' | 'resolved' | 'generated_at'>;

/**
 * Adds a snapshot of the figures to the series: it replaces the point of its own slot (the latest
 * figures of a slot win) or starts a new slot, and the oldest slots fall off past `maxPoints`.
 * A snapshot older than the last slot, with an unreadable time, or with the figures the slot
 * already holds, returns the same series.
 */
export function recordSnapshot(
  series: readonly StatusPoint[],
  stats: Snapshot,
  slotMs = SERIES_SLOT_MS,
  maxPoints = SERIES_MAX_POINTS,
): readonly StatusPoint[] {
  const time = Date.parse(stats.generated_at);
  if (Number.isNaN(time)) {
    return series;
  }
  const at = Math.floor(time / slotMs) * slotMs;
  const point: StatusPoint = {
    at,
    active: stats.active,
    pending: stats.pending,
    resolved: stats.resolved,
  };
  const last = series.at(-1);
  if (last && at < last.at) {
    return series;
  }
  const unchanged =
    last?.at === at &&
    last.active === point.active &&
    last.pending === point.pending &&
    last.resolved === point.resolved;
  if (unchanged) {
    // Same list, so nothing redraws and nothing is written to storage.
    return series;
  }
  const kept = last && last.at === at ? series.slice(0, -1) : series;
  const next = [...kept, point];
  return next.length > maxPoints ? next.slice(next.length - maxPoints) : next;
}

/**
 * The day as the back end kept it (`day_series`), followed by the points seen live after its last
 * sample: the server's day wins over what this browser saw, and nothing seen since is lost.
 * Samples with an unreadable time are left out.
 */
export function withServerDay(
  series: readonly StatusPoint[],
  samples: readonly StatusSample[],
  maxPoints = SERIES_MAX_POINTS,
): readonly StatusPoint[] {
  const day: StatusPoint[] = [];
  for (const sample of samples) {
    const at = Date.parse(sample.at);
    if (Number.isNaN(at) || (day.length > 0 && at <= day[day.length - 1].at)) {
      continue;
    }
    day.push({ at, active: sample.active, pending: sample.pending, resolved: sample.resolved });
  }
  const last = day.at(-1)?.at ?? -Infinity;
  const next = [...day, ...series.filter((point) => point.at > last)];
  return next.length > maxPoints ? next.slice(next.length - maxPoints) : next;
}

/**
 * The last point of each hour of the local clock, oldest first: the day in at most 25 rows, for the
 * chart's text alternative.
 */
export function hourlyPoints(series: readonly StatusPoint[]): StatusPoint[] {
  const byHour = new Map<number, StatusPoint>();
  for (const point of series) {
    const start = new Date(point.at);
    start.setMinutes(0, 0, 0);
    byHour.set(start.getTime(), point);
  }
  return [...byHour.values()];
}

/** The points of the last `spanMs` before `now`: what is worth keeping across a reload. */
export function recentPoints(
  series: readonly StatusPoint[],
  now: number,
  spanMs = SERIES_SLOT_MS * SERIES_MAX_POINTS,
): readonly StatusPoint[] {
  const from = now - spanMs;
  return series.filter((point) => point.at > from && point.at <= now);
}

/** Whether a stored value is a series this code wrote (anything else is ignored on load). */
export function isStatusSeries(value: unknown): value is StatusPoint[] {
  if (!Array.isArray(value) || value.length > SERIES_MAX_POINTS) {
    return false;
  }
  let previous = -Infinity;
  for (const point of value as unknown[]) {
    if (typeof point !== 'object' || point === null) {
      return false;
    }
    const fields = point as Record<string, unknown>;
    if (!['at', 'active', 'pending', 'resolved'].every((key) => Number.isFinite(fields[key]))) {
      return false;
    }
    // Slots are kept in time order; a shuffled list would draw a scribble.
    if ((fields['at'] as number) <= previous) {
      return false;
    }
    previous = fields['at'] as number;
  }
  return true;
}
