import * as z from 'zod/mini';

import { PresenceStatusSchema, count, iso8601 } from './primitives';

/** One executive's load on the supervisor board. */
export const ExecutiveLoadSchema = z.object({
  /** The executive. */
  executive_id: z.string(),
  /** Display name. */
  name: z.string(),
  /** Presence now. */
  status: PresenceStatusSchema,
  /** Chats assigned to them that are not resolved. */
  open_chats: count,
  /** Of those, chats waiting for a reply. */
  waiting_chats: count,
  /** Start of the longest current wait among them; null when none waits. */
  oldest_waiting_since: z.nullable(iso8601),
  /** SLA breaches on their chats since local midnight. */
  sla_breaches_today: count,
});
export type ExecutiveLoad = z.output<typeof ExecutiveLoadSchema>;

/** `dashboard_stats` and `GET /api/dashboard/stats` (PySmartChat `partnerStats`). */
export const DashboardStatsSchema = z.object({
  /** Chats with status `active`. */
  active: count,
  /** Chats with status `pending`. */
  pending: count,
  /** Chats with status `resolved`. */
  resolved: count,
  /** Chats not resolved and without an executive. */
  unassigned: count,
  /** Chats opened since local midnight. */
  new_today: count,
  /** Chats resolved since local midnight. */
  resolved_today: count,
  /** SLA breaches raised since local midnight. */
  sla_breaches_today: count,
  /** Load of every executive. */
  executives: z.array(ExecutiveLoadSchema),
  /** When the figures were computed. */
  generated_at: iso8601,
});
export type DashboardStats = z.output<typeof DashboardStatsSchema>;

/** `driver-chat-stats`: the same counts for driver / partner chats only. */
export const DriverChatStatsSchema = z.object({
  /** Chats with status `active`. */
  active: count,
  /** Chats with status `pending`. */
  pending: count,
  /** Chats with status `resolved`. */
  resolved: count,
  /** Chats not resolved and without an executive. */
  unassigned: count,
  /** Chats opened since local midnight. */
  new_today: count,
  /** Chats resolved since local midnight. */
  resolved_today: count,
  /** When the figures were computed. */
  generated_at: iso8601,
});
export type DriverChatStats = z.output<typeof DriverChatStatsSchema>;
