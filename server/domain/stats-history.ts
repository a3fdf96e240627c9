import type { DashboardStats, FiguresThen, SlaAlert } from '../../src/contract';
import { recentAssignments } from './assignment-log';
import { startOfDayIso } from './clock';
import type { DomainContext } from './domain-context';
import { daySamples, sampleAt } from './status-samples';

/** The feeds reach back this far. */
export const RECENT_HOURS = 6;
/** The SLA feed lists at most this many alerts. */
export const RECENT_SLA_ALERTS_MAX = 100;
const HOUR_MS = 3600_000;

/** What a reloaded dashboard needs beyond the figures: the day so far and the recent feeds. */
export type StatsHistory = Pick<
  DashboardStats,
  'day_series' | 'recent_sla_alerts' | 'recent_assignments'
>;

/** The day's samples and the feeds of the last {@link RECENT_HOURS} hours before `now`. */
export function statsHistory(ctx: DomainContext, now: Date): StatsHistory {
  const since = new Date(now.getTime() - RECENT_HOURS * HOUR_MS).toISOString();
  return {
    day_series: daySamples(ctx.db, now),
    recent_sla_alerts: recentSlaAlerts(ctx, since),
    recent_assignments: recentAssignments(ctx.db, since),
  };
}

/** The figures an hour ago and at the same time yesterday, when the stack sampled then. */
export function statsTrends(
  ctx: DomainContext,
  now: Date,
): Pick<DashboardStats, 'an_hour_ago' | 'same_time_yesterday'> {
  const trends: Pick<DashboardStats, 'an_hour_ago' | 'same_time_yesterday'> = {};
  const hourAgo = figuresThen(ctx, new Date(now.getTime() - HOUR_MS));
  if (hourAgo) {
    trends.an_hour_ago = hourAgo;
  }
  const yesterday = figuresThen(ctx, new Date(now.getTime() - 24 * HOUR_MS));
  if (yesterday) {
    trends.same_time_yesterday = yesterday;
  }
  return trends;
}

/** The headline figures at an earlier instant; undefined when no sample of then is kept. */
export function figuresThen(ctx: DomainContext, instant: Date): FiguresThen | undefined {
  const sample = sampleAt(ctx.db, instant);
  if (!sample) {
    return undefined;
  }
  const at = instant.toISOString();
  const totals = ctx.db
    .prepare(
      `SELECT
         (SELECT COUNT(*) FROM chats WHERE created_at >= @day AND created_at <= @at) AS new_today,
         (SELECT COUNT(*) FROM chats WHERE resolved_at >= @day AND resolved_at <= @at)
           AS resolved_today,
         (SELECT COUNT(*) FROM sla_alerts WHERE level = 'breach' AND raised_at >= @day
           AND raised_at <= @at) AS sla_breaches_today`,
    )
    .get({ day: startOfDayIso(instant), at }) as Pick<
    FiguresThen,
    'new_today' | 'resolved_today' | 'sla_breaches_today'
  >;
  return {
    at,
    active: sample.active,
    pending: sample.pending,
    resolved: sample.resolved,
    unassigned: sample.unassigned,
    ...totals,
  };
}

/** SLA alerts raised since `since`, newest first, with the chat's current names. */
export function recentSlaAlerts(
  ctx: DomainContext,
  since: string,
  limit = RECENT_SLA_ALERTS_MAX,
): SlaAlert[] {
  return ctx.db
    .prepare(
      `SELECT a.alert_id, a.chat_id, c.customer_number, c.customer_name, a.executive_id, a.level,
              a.kind, a.waiting_since, a.due_at, a.raised_at
       FROM sla_alerts a JOIN chats c ON c.chat_id = a.chat_id
       WHERE a.raised_at >= ? ORDER BY a.raised_at DESC, a.rowid DESC LIMIT ?`,
    )
    .all(since, limit) as SlaAlert[];
}
