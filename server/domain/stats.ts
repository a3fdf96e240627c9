import type {
  DashboardStats,
  DriverChatStats,
  ExecutiveLoad,
  Stakeholder,
} from '../../src/contract';
import { startOfDayIso } from './clock';
import type { DomainContext } from './domain-context';
import { statsHistory, statsTrends } from './stats-history';

interface Counts {
  active: number;
  pending: number;
  resolved: number;
  unassigned: number;
  new_today: number;
  resolved_today: number;
}

/**
 * The supervisor board: counts over every chat, each executive's load, and the figures an hour ago
 * and yesterday. With `history` (the REST answer a dashboard opens with) also the day's samples and
 * the recent SLA alerts and assignments, which pushes leave out.
 */
export function dashboardStats(
  ctx: DomainContext,
  { history = false }: { history?: boolean } = {},
): DashboardStats {
  const now = ctx.clock.now();
  const today = startOfDayIso(now);
  const breaches = ctx.db
    .prepare(
      `SELECT executive_id, COUNT(*) AS n FROM sla_alerts WHERE level = 'breach' AND raised_at >= ?
       GROUP BY executive_id`,
    )
    .all(today) as { executive_id: string | null; n: number }[];
  const loads = ctx.db
    .prepare(
      `SELECT assigned_executive_id AS id,
         SUM(status != 'resolved') AS open_chats,
         SUM(status != 'resolved' AND needs_reply = 1) AS waiting_chats,
         MIN(CASE WHEN status != 'resolved' AND needs_reply = 1 THEN waiting_since END) AS oldest
       FROM chats WHERE assigned_executive_id IS NOT NULL GROUP BY assigned_executive_id`,
    )
    .all() as { id: string; open_chats: number; waiting_chats: number; oldest: string | null }[];
  const executives: ExecutiveLoad[] = ctx.staff.executives().map((row) => {
    const load = loads.find((entry) => entry.id === row.executive_id);
    return {
      executive_id: row.executive_id,
      name: row.name,
      status: ctx.presence.statusOf(row.executive_id),
      open_chats: load?.open_chats ?? 0,
      waiting_chats: load?.waiting_chats ?? 0,
      oldest_waiting_since: load?.oldest ?? null,
      sla_breaches_today: breaches.find((entry) => entry.executive_id === row.executive_id)?.n ?? 0,
    };
  });
  return {
    ...counts(ctx, today, null),
    sla_breaches_today: breaches.reduce((sum, entry) => sum + entry.n, 0),
    executives,
    generated_at: now.toISOString(),
    ...statsTrends(ctx, now),
    ...(history ? statsHistory(ctx, now) : {}),
  };
}

/**
 * What an executive sees of the board: the team's counts as they are, and in `executives` only
 * their own load. The loads of colleagues, the trends and the feeds are for supervisors.
 */
export function statsForExecutive(stats: DashboardStats, executiveId: string): DashboardStats {
  const own: DashboardStats = {
    ...stats,
    executives: stats.executives.filter((load) => load.executive_id === executiveId),
  };
  for (const key of SUPERVISOR_ONLY) {
    delete own[key];
  }
  return own;
}

const SUPERVISOR_ONLY = [
  'day_series',
  'recent_sla_alerts',
  'recent_assignments',
  'an_hour_ago',
  'same_time_yesterday',
] as const satisfies readonly (keyof DashboardStats)[];

/** The same counts for driver / partner chats only. */
export function driverChatStats(ctx: DomainContext): DriverChatStats {
  const now = ctx.clock.now();
  return { ...counts(ctx, startOfDayIso(now), 'driver'), generated_at: now.toISOString() };
}

function counts(ctx: DomainContext, today: string, stakeholder: Stakeholder | null): Counts {
  const row = ctx.db
    .prepare(
      `SELECT
         COALESCE(SUM(status = 'active'), 0) AS active,
         COALESCE(SUM(status = 'pending'), 0) AS pending,
         COALESCE(SUM(status = 'resolved'), 0) AS resolved,
         COALESCE(SUM(status != 'resolved' AND assigned_executive_id IS NULL), 0) AS unassigned,
         COALESCE(SUM(created_at >= @today), 0) AS new_today,
         COALESCE(SUM(status = 'resolved' AND resolved_at >= @today), 0) AS resolved_today
       FROM chats WHERE @stakeholder IS NULL OR stakeholder = @stakeholder`,
    )
    .get({ today, stakeholder }) as Counts;
  return row;
}
