/** Seconds since `sinceIso` (never negative), or null when there is no readable time. */
export function waitSeconds(sinceIso: string | null, now: number): number | null {
  if (sinceIso === null) {
    return null;
  }
  const since = Date.parse(sinceIso);
  return Number.isNaN(since) ? null : Math.max(0, Math.floor((now - since) / 1000));
}

/** How long a wait has lasted, short enough for a board cell: "45 s", "4 min", "1 h 05 min". */
export function waitDuration(seconds: number | null): string {
  if (seconds === null) {
    return '';
  }
  if (seconds < 60) {
    return `${seconds} s`;
  }
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) {
    return `${minutes} min`;
  }
  const hours = Math.floor(minutes / 60);
  return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
}
