import {
  ChatAssignment,
  DashboardStats,
  DriverChatStats,
  ExecutiveLoad,
  ExecutiveStatusUpdate,
  SlaAlert,
} from '../../../../contract';

/** The time the fixtures' figures were generated. */
export const GENERATED_AT = '2026-11-25T10:00:00.000Z';

/** Milliseconds after {@link GENERATED_AT}, as an ISO time. */
export function later(ms: number): string {
  return new Date(Date.parse(GENERATED_AT) + ms).toISOString();
}

/** One executive's load. */
export function aLoad(overrides: Partial<ExecutiveLoad> = {}): ExecutiveLoad {
  return {
    executive_id: 'exec-asha',
    name: 'Asha Nair',
    status: 'online',
    open_chats: 4,
    waiting_chats: 1,
    oldest_waiting_since: null,
    sla_breaches_today: 0,
    ...overrides,
  };
}

/** Team figures with two executives. */
export function aStats(overrides: Partial<DashboardStats> = {}): DashboardStats {
  return {
    active: 12,
    pending: 3,
    resolved: 40,
    unassigned: 1,
    new_today: 20,
    resolved_today: 18,
    sla_breaches_today: 2,
    executives: [
      aLoad(),
      aLoad({
        executive_id: 'exec-priya',
        name: 'Priya Sharma',
        open_chats: 2,
        waiting_chats: 0,
      }),
    ],
    generated_at: GENERATED_AT,
    ...overrides,
  };
}

/** Driver chat figures. */
export function aDriverStats(overrides: Partial<DriverChatStats> = {}): DriverChatStats {
  return {
    active: 5,
    pending: 1,
    resolved: 9,
    unassigned: 0,
    new_today: 6,
    resolved_today: 4,
    generated_at: GENERATED_AT,
    ...overrides,
  };
}

/** An SLA alert raised a minute after the figures. */
export function anAlert(overrides: Partial<SlaAlert> = {}): SlaAlert {
  return {
    alert_id: 'sla-1',
    chat_id: 'chat-7',
    customer_number: '+919800000007',
    customer_name: 'Ravi Kumar',
    executive_id: 'exec-asha',
    level: 'warning',
    kind: 'first_reply',
    waiting_since: later(-240_000),
    due_at: later(60_000),
    raised_at: later(60_000),
    ...overrides,
  };
}

/** A chat assigned a minute after the figures. */
export function anAssignment(overrides: Partial<ChatAssignment> = {}): ChatAssignment {
  return {
    chat_id: 'chat-9',
    customer_number: '+919800000009',
    customer_name: 'Meena Das',
    stakeholder: 'customer',
    executive_id: 'exec-priya',
    executive_name: 'Priya Sharma',
    previous_executive_id: null,
    reason: null,
    assigned_at: later(60_000),
    ...overrides,
  };
}

/** An executive's presence change a minute after the figures. */
export function aPresenceChange(
  overrides: Partial<ExecutiveStatusUpdate> = {},
): ExecutiveStatusUpdate {
  return {
    executive_id: 'exec-asha',
    name: 'Asha Nair',
    status: 'offline',
    changed_at: later(60_000),
    ...overrides,
  };
}
