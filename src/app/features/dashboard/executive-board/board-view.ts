import { Config, ExecutiveLoad } from '../../../../contract';
import { waitDuration, waitSeconds } from '../format/wait-duration';

/** How an executive's longest wait stands against the first-reply limit. */
export type WaitLevel = 'none' | 'ok' | 'near' | 'over';

/** A board row: the executive's load, with the longest wait measured at the board's clock. */
export interface BoardRow extends ExecutiveLoad {
  waitSeconds: number | null;
  waitText: string;
  waitLevel: WaitLevel;
  /** What the colour of the wait says, for screen readers (", over the first-reply limit"). */
  waitNote: string;
}

const WAIT_NOTES: Readonly<Record<WaitLevel, string>> = {
  none: '',
  ok: '',
  near: ', near the first-reply limit',
  over: ', over the first-reply limit',
};

/** The board's sortable columns. */
export type BoardColumn =
  'name' | 'status' | 'open_chats' | 'waiting_chats' | 'oldest_waiting' | 'sla_breaches_today';

/** The board's sort, as MatSort reports it. */
export interface BoardSort {
  active: string;
  direction: 'asc' | 'desc' | '';
}

/** Which executives the board shows. */
export interface BoardFilter {
  onlineOnly: boolean;
  search: string;
}

/** The longest wait of each executive, and whether it is near or over the first-reply limit. */
export function measureWaits(
  rows: readonly ExecutiveLoad[],
  now: number,
  sla: Config['sla'],
): BoardRow[] {
  const limit = sla.first_reply_seconds;
  const near = Math.max(0, limit - sla.warning_seconds);
  return rows.map((row) => {
    const seconds = waitSeconds(row.oldest_waiting_since, now);
    const waitLevel: WaitLevel =
      seconds === null ? 'none' : seconds >= limit ? 'over' : seconds >= near ? 'near' : 'ok';
    return {
      ...row,
      waitSeconds: seconds,
      waitText: waitDuration(seconds),
      waitLevel,
      waitNote: WAIT_NOTES[waitLevel],
    };
  });
}

function sortValue(row: BoardRow, column: BoardColumn): number | string {
  switch (column) {
    case 'name':
      return row.name.toLocaleLowerCase();
    case 'status':
      return row.status === 'online' ? 1 : 0;
    case 'oldest_waiting':
      // Nobody waiting sorts below the shortest wait.
      return row.waitSeconds ?? -1;
    default:
      return row[column];
  }
}

function isColumn(value: string): value is BoardColumn {
  return [
    'name',
    'status',
    'open_chats',
    'waiting_chats',
    'oldest_waiting',
    'sla_breaches_today',
  ].includes(value);
}

/** The rows the board shows: filtered by presence and name, then sorted (ties by name). */
export function boardView(
  rows: readonly BoardRow[],
  filter: BoardFilter,
  sort: BoardSort,
): BoardRow[] {
  const search = filter.search.trim().toLocaleLowerCase();
  const shown = rows.filter(
    (row) =>
      (!filter.onlineOnly || row.status === 'online') &&
      (!search || row.name.toLocaleLowerCase().includes(search)),
  );
  const byName = (a: BoardRow, b: BoardRow) => a.name.localeCompare(b.name);
  if (!sort.direction || !isColumn(sort.active)) {
    return shown.sort(byName);
  }
  const column = sort.active;
  const sign = sort.direction === 'asc' ? 1 : -1;
  return shown.sort((a, b) => {
    const x = sortValue(a, column);
    const y = sortValue(b, column);
    const order = x < y ? -1 : x > y ? 1 : 0;
    return order * sign || byName(a, b);
  });
}
