import {
  ChatAssignment,
  Config,
  DashboardStats,
  ExecutiveLoad,
  ExecutiveStatusUpdate,
  PresenceStatus,
  SlaAlert,
} from '../../../../contract';

/** The newest presence heard for each executive, by id. */
export type PresenceMarks = Readonly<
  Record<string, { status: PresenceStatus; changed_at: string }>
>;

/** One line of the assignments feed: a chat given to an executive, first or again. */
export interface AssignmentActivity extends ChatAssignment {
  /** Unique per assignment: the same chat can be handed over many times. */
  id: string;
  kind: 'assigned' | 'reassigned';
}

function time(iso: string): number {
  const parsed = Date.parse(iso);
  return Number.isNaN(parsed) ? -Infinity : parsed;
}

/** Whether an event at `eventAt` is missing from figures generated at `generatedAt`. */
function after(eventAt: string, generatedAt: string): boolean {
  return time(eventAt) > time(generatedAt);
}

/**
 * Whether `next` may replace `current`: figures generated earlier than the ones shown (a slow
 * HTTP answer overtaken by a push) are dropped.
 */
export function isNewerSnapshot(
  current: Pick<DashboardStats, 'generated_at'> | null,
  next: Pick<DashboardStats, 'generated_at'>,
): boolean {
  return current === null || time(next.generated_at) >= time(current.generated_at);
}

/**
 * Moves an assigned chat onto its executive's open chats (and off the previous executive's), when
 * the figures do not include it yet. The next `dashboard_stats` replaces the estimate.
 */
export function foldAssignment(stats: DashboardStats, assignment: ChatAssignment): DashboardStats {
  if (!after(assignment.assigned_at, stats.generated_at)) {
    return stats;
  }
  const { executive_id: to, previous_executive_id: from } = assignment;
  if (from === to) {
    return stats;
  }
  let changed = false;
  const executives = stats.executives.map((load) => {
    if (load.executive_id === to) {
      changed = true;
      return { ...load, open_chats: load.open_chats + 1 };
    }
    if (from !== null && load.executive_id === from) {
      changed = true;
      return { ...load, open_chats: Math.max(0, load.open_chats - 1) };
    }
    return load;
  });
  return changed ? { ...stats, executives } : stats;
}

/** Counts a breach the figures do not include yet, for the team and its executive. */
export function foldSlaBreach(stats: DashboardStats, alert: SlaAlert): DashboardStats {
  if (alert.level !== 'breach' || !after(alert.raised_at, stats.generated_at)) {
    return stats;
  }
  return {
    ...stats,
    sla_breaches_today: stats.sla_breaches_today + 1,
    executives: stats.executives.map((load) =>
      load.executive_id === alert.executive_id
        ? { ...load, sla_breaches_today: load.sla_breaches_today + 1 }
        : load,
    ),
  };
}

/** Keeps an executive's presence change unless a newer one is already known. */
export function notePresence(marks: PresenceMarks, update: ExecutiveStatusUpdate): PresenceMarks {
  const known = marks[update.executive_id];
  if (known && time(known.changed_at) > time(update.changed_at)) {
    return marks;
  }
  return {
    ...marks,
    [update.executive_id]: { status: update.status, changed_at: update.changed_at },
  };
}

/**
 * The executive board: every executive of the figures, plus any the configuration lists that the
 * figures do not (with no load yet), each with the newest presence known.
 */
export function boardRows(
  stats: DashboardStats | null,
  roster: Config['executives'],
  marks: PresenceMarks,
): ExecutiveLoad[] {
  const generatedAt = stats?.generated_at ?? null;
  const rows = (stats?.executives ?? []).map((load) => {
    const mark = marks[load.executive_id];
    const newer = mark && (generatedAt === null || time(mark.changed_at) >= time(generatedAt));
    return newer && mark.status !== load.status ? { ...load, status: mark.status } : load;
  });
  const listed = new Set(rows.map((row) => row.executive_id));
  for (const member of roster) {
    if (listed.has(member.executive_id)) {
      continue;
    }
    rows.push({
      executive_id: member.executive_id,
      name: member.name,
      status: marks[member.executive_id]?.status ?? member.status,
      open_chats: 0,
      waiting_chats: 0,
      oldest_waiting_since: null,
      sla_breaches_today: 0,
    });
  }
  return rows;
}

/** The feed entry of an assignment, keyed so the live event and the remembered one are the same. */
export function assignmentActivity(
  assignment: ChatAssignment,
  kind: AssignmentActivity['kind'],
): AssignmentActivity {
  return {
    ...assignment,
    kind,
    id: `${kind}:${assignment.chat_id}:${assignment.executive_id}:${assignment.assigned_at}`,
  };
}

/**
 * A feed joined with entries the back end remembered: each once (by `key`), newest first (by
 * `at`), the newest `max` kept.
 */
export function mergeNewestFirst<T>(
  list: readonly T[],
  remembered: readonly T[],
  key: (entry: T) => string,
  at: (entry: T) => string,
  max: number,
): readonly T[] {
  const byKey = new Map<string, T>();
  for (const entry of [...list, ...remembered]) {
    byKey.set(key(entry), byKey.get(key(entry)) ?? entry);
  }
  return [...byKey.values()].sort((a, b) => time(at(b)) - time(at(a))).slice(0, max);
}

/**
 * Puts an item at the top of a feed, once (by `key`), keeping the newest `max`. Returns the same
 * list when the item was already there.
 */
export function prependBounded<T>(
  list: readonly T[],
  item: T,
  key: (entry: T) => string,
  max: number,
): readonly T[] {
  const id = key(item);
  if (list.some((entry) => key(entry) === id)) {
    return list;
  }
  return [item, ...list].slice(0, max);
}
