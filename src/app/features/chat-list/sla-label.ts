import { SlaState } from './state/sla-state';

/** How a row shows the SLA of a chat's current wait. */
export interface SlaLabel {
  tone: 'ok' | 'warning' | 'breached';
  icon: string;
  /** Short text on the row: "4m left", "Breached 3m". */
  text: string;
  /** The same for screen readers, in words. */
  spoken: string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** A duration compactly, rounded down: "45s", "4m", "1h 5m", "2d 3h". */
export function shortDuration(ms: number): string {
  const value = Math.max(0, ms);
  if (value < MINUTE) {
    return `${Math.floor(value / 1000)}s`;
  }
  if (value < HOUR) {
    return `${Math.floor(value / MINUTE)}m`;
  }
  if (value < DAY) {
    const minutes = Math.floor((value % HOUR) / MINUTE);
    return `${Math.floor(value / HOUR)}h${minutes ? ` ${minutes}m` : ''}`;
  }
  const hours = Math.floor((value % DAY) / HOUR);
  return `${Math.floor(value / DAY)}d${hours ? ` ${hours}h` : ''}`;
}

/** The label for an SLA state, or null when nobody is waiting. */
export function slaLabel(state: SlaState): SlaLabel | null {
  switch (state.kind) {
    case 'none':
      return null;
    case 'breached': {
      const overdue = shortDuration(state.overdueMs);
      return {
        tone: 'breached',
        icon: 'alarm',
        text: `Breached ${overdue}`,
        spoken: `Reply overdue by ${overdue}`,
      };
    }
    default: {
      const left = shortDuration(state.remainingMs);
      return {
        tone: state.kind,
        icon: state.kind === 'warning' ? 'timer' : 'schedule',
        text: `${left} left`,
        spoken: `Reply due in ${left}`,
      };
    }
  }
}
