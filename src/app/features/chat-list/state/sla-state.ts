import { Chats } from '../../../../contract';

/** SLA state of a chat's current wait, as the list row shows it. */
export type SlaState =
  | { kind: 'none' }
  | { kind: 'ok' | 'warning'; remainingMs: number }
  | { kind: 'breached'; overdueMs: number };

/** Computes the SLA state of a chat at `now`; `warningMs` before the due time it turns to warning. */
export function slaState(
  chat: Pick<Chats, 'sla_due_at' | 'status'>,
  now: number,
  warningMs: number,
): SlaState {
  if (!chat.sla_due_at || chat.status === 'resolved') {
    return { kind: 'none' };
  }
  const due = Date.parse(chat.sla_due_at);
  if (Number.isNaN(due)) {
    return { kind: 'none' };
  }
  const remainingMs = due - now;
  if (remainingMs <= 0) {
    return { kind: 'breached', overdueMs: -remainingMs };
  }
  return { kind: remainingMs <= warningMs ? 'warning' : 'ok', remainingMs };
}
