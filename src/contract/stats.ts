import * as z from 'zod/mini';

import { ChatAssignmentSchema, SlaAlertSchema } from './chat';
import { ChatStatusCountsSchema } from './chat-list';
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

/** Chats per status, and the open ones without an executive. */
export const StatusFiguresSchema = z.extend(ChatStatusCountsSchema, {
  /** Chats not resolved and without an executive. */
  unassigned: count,
});
export type StatusFigures = z.output<typeof StatusFiguresSchema>;

/**
 * The chat counts both stats payloads carry. "Today" starts at midnight in the business time zone
 * (Asia/Kolkata for the local stack).
 */
export const ChatCountsSchema = z.extend(StatusFiguresSchema, {
  /** Chats opened since local midnight. */
  new_today: count,
  /** Chats resolved since local midnight. */
  resolved_today: count,
});
export type ChatCounts = z.output<typeof ChatCountsSchema>;

/** The team's chats by status at one five-minute mark of the day (the last figures of the slot). */
export const StatusSampleSchema = z.extend(StatusFiguresSchema, {
  /** Start of the five-minute slot. */
  at: iso8601,
});
export type StatusSample = z.output<typeof StatusSampleSchema>;

/** The headline figures as they were at an earlier moment, to show which way they move. */
export const FiguresThenSchema = z.extend(ChatCountsSchema, {
  /** The moment the figures are of. */
  at: iso8601,
  /** SLA breaches raised from that day's midnight until then. */
  sla_breaches_today: count,
});
export type FiguresThen = z.output<typeof FiguresThenSchema>;

/** A past assignment or reassignment, as the assignments feed lists it. */
export const RecentAssignmentSchema = z.extend(ChatAssignmentSchema, {
  /** `assigned`: the chat got its first executive; `reassigned`: it moved to another. */
  kind: z.enum(['assigned', 'reassigned']),
});
export type RecentAssignment = z.output<typeof RecentAssignmentSchema>;

/** `dashboard_stats` and `GET /api/dashboard/stats` (PySmartChat `partnerStats`). */
export const DashboardStatsSchema = z.extend(ChatCountsSchema, {
  /** SLA breaches raised since local midnight. */
  sla_breaches_today: count,
  /** Load of every executive. */
  executives: z.array(ExecutiveLoadSchema),
  /** When the figures were computed. */
  generated_at: iso8601,
  /**
   * The day so far: one sample per five minutes since local midnight, oldest first. Sent by
   * `GET /api/dashboard/stats`; pushes leave it out (the console extends the day from them).
   * Optional: without it the console draws the points it sees live.
   */
  day_series: z.optional(z.array(StatusSampleSchema)),
  /**
   * SLA alerts of the last hours, newest first (at most 100). Sent by `GET /api/dashboard/stats`;
   * optional: without it the SLA feed starts empty and fills live.
   */
  recent_sla_alerts: z.optional(z.array(SlaAlertSchema)),
  /**
   * Assignments and reassignments of the last hours, newest first (at most 50). Sent by
   * `GET /api/dashboard/stats`; optional: without it the assignments feed fills live.
   */
  recent_assignments: z.optional(z.array(RecentAssignmentSchema)),
  /** The same figures an hour before `generated_at`; optional, absent when not known. */
  an_hour_ago: z.optional(FiguresThenSchema),
  /** The same figures 24 hours before `generated_at`; optional, absent when not known. */
  same_time_yesterday: z.optional(FiguresThenSchema),
});
export type DashboardStats = z.output<typeof DashboardStatsSchema>;

/** `driver-chat-stats`: the same counts for driver / partner chats only. */
export const DriverChatStatsSchema = z.extend(ChatCountsSchema, {
  /** When the figures were computed. */
  generated_at: iso8601,
});
export type DriverChatStats = z.output<typeof DriverChatStatsSchema>;
