import { ChatAssignment, Iso8601, SlaAlert } from '../../../contract';
import { LINE_MAX_CHARS, NAME_MAX_CHARS, clipText } from '../../shared/text/clip-text';
import { contactName } from '../../shared/text/contact-name';

/** What an alert is about. */
export type ConsoleAlertKind = 'assigned' | 'reassigned' | 'sla_warning' | 'sla_breach';

/** An alert the executive was shown, kept in the toolbar's alerts list. */
export interface ConsoleAlert {
  /** Stable per event, so the same event received twice raises one alert. */
  readonly id: string;
  readonly kind: ConsoleAlertKind;
  readonly chatId: string;
  /**
   * The sentence shown in the toast and the list (untrusted names inside: interpolate only), cut
   * to {@link LINE_MAX_CHARS} with names cut to {@link NAME_MAX_CHARS}.
   */
  readonly text: string;
  readonly at: Iso8601;
  /** Whether the executive has opened the alerts list since it arrived. */
  readonly seen: boolean;
}

const KINDS: readonly ConsoleAlertKind[] = ['assigned', 'reassigned', 'sla_warning', 'sla_breach'];

/** Whether an untrusted value (read back from storage) is a {@link ConsoleAlert}. */
export function isConsoleAlert(value: unknown): value is ConsoleAlert {
  if (typeof value !== 'object' || value === null) {
    return false;
  }
  const alert = value as Record<string, unknown>;
  return (
    KINDS.includes(alert['kind'] as ConsoleAlertKind) &&
    ['id', 'chatId', 'text', 'at'].every((field) => typeof alert[field] === 'string') &&
    typeof alert['seen'] === 'boolean'
  );
}

/** How many alerts the list keeps; older ones drop off. */
export const MAX_KEPT_ALERTS = 50;

function nameOf(name: string, number: string): string {
  return clipText(contactName(name, number), NAME_MAX_CHARS);
}

/** The alert for a chat assigned or reassigned to the executive. */
export function assignmentAlert(
  assignment: ChatAssignment,
  kind: 'assigned' | 'reassigned',
): ConsoleAlert {
  const name = nameOf(assignment.customer_name, assignment.customer_number);
  const reason = assignment.reason?.trim();
  const text = clipText(
    kind === 'assigned'
      ? `New chat from ${name}`
      : `${name}'s chat was reassigned to you${reason ? `: ${reason}` : '.'}`,
    LINE_MAX_CHARS,
  );
  return {
    id: `${kind}:${assignment.chat_id}:${assignment.assigned_at}`,
    kind,
    chatId: assignment.chat_id,
    text,
    at: assignment.assigned_at,
    seen: false,
  };
}

/** Whole minutes a customer had waited when the alert was raised, at least 1. */
export function minutesWaited(alert: SlaAlert): number {
  const waited = Date.parse(alert.raised_at) - Date.parse(alert.waiting_since);
  return Number.isFinite(waited) ? Math.max(1, Math.floor(waited / 60_000)) : 1;
}

/** The alert for an SLA warning (the wait is nearing its limit) or breach. */
export function slaConsoleAlert(alert: SlaAlert): ConsoleAlert {
  const name = nameOf(alert.customer_name, alert.customer_number);
  const breach = alert.level === 'breach';
  return {
    id: `sla:${alert.alert_id}`,
    kind: breach ? 'sla_breach' : 'sla_warning',
    chatId: alert.chat_id,
    text: breach ? `SLA breached: ${name}` : `${name} has waited ${minutesWaited(alert)} min`,
    at: alert.raised_at,
    seen: false,
  };
}

/**
 * Adds an alert at the top of the list, keeping the newest {@link MAX_KEPT_ALERTS}. Returns the
 * same list when it already holds that alert.
 */
export function keepAlert(
  list: readonly ConsoleAlert[],
  alert: ConsoleAlert,
  max = MAX_KEPT_ALERTS,
): readonly ConsoleAlert[] {
  if (list.some((held) => held.id === alert.id)) {
    return list;
  }
  return [alert, ...list].slice(0, max);
}
