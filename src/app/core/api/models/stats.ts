import { Iso8601, PresenceStatus } from './common';

/** One executive's load on the supervisor board. */
export interface ExecutiveLoad {
  executive_id: string;
  name: string;
  status: PresenceStatus;
  open_chats: number;
  waiting_chats: number;
  oldest_waiting_since: Iso8601 | null;
  sla_breaches_today: number;
}

/** `dashboard_stats` and `GET /api/dashboard/stats` (PySmartChat `partnerStats`). */
export interface DashboardStats {
  active: number;
  pending: number;
  resolved: number;
  unassigned: number;
  new_today: number;
  resolved_today: number;
  sla_breaches_today: number;
  executives: ExecutiveLoad[];
  generated_at: Iso8601;
}

/** `driver-chat-stats`: the same counts for driver / partner chats only. */
export interface DriverChatStats {
  active: number;
  pending: number;
  resolved: number;
  unassigned: number;
  new_today: number;
  resolved_today: number;
  generated_at: Iso8601;
}
