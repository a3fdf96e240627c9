import type { ConversationScript, Turn } from './conversation-scripts';
import { Prng } from './prng';

/** How a seeded conversation ends: who spoke last, how long ago, in which status. */
export type Plan =
  | 'answered'
  | 'waiting_fresh'
  | 'waiting_breached'
  | 'unassigned'
  | 'pending'
  | 'pending_closed'
  | 'resolved'
  | 'resolved_old';

export const PLAN_CYCLE: Plan[] = [
  'answered',
  'waiting_fresh',
  'resolved',
  'pending',
  'waiting_breached',
  'resolved_old',
  'answered',
  'unassigned',
  'pending_closed',
  'resolved',
];

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;

/** The turns of a script that fit a plan (a waiting chat ends on the customer's words). */
export function cutTurns(script: ConversationScript, plan: Plan): Turn[] {
  const turns = script.turns;
  const lastIndex = (by: Turn['by']) => turns.findLastIndex((turn) => turn.by === by);
  switch (plan) {
    case 'unassigned':
      return turns.slice(
        0,
        Math.max(
          1,
          turns.findIndex((turn) => turn.by === 'exec'),
        ),
      );
    case 'waiting_fresh':
    case 'waiting_breached': {
      const firstExec = turns.findIndex((turn) => turn.by === 'exec');
      const end = turns.findIndex((turn, i) => i > firstExec && turn.by === 'them');
      return end === -1
        ? [...turns, { by: 'them', text: 'Hello? Any update please?' }]
        : turns.slice(0, end + 1);
    }
    case 'answered':
    case 'pending':
    case 'pending_closed':
      return turns.slice(0, lastIndex('exec') + 1);
    default:
      return turns;
  }
}

/** When the last message of a plan was written. */
export function endTime(plan: Plan, prng: Prng, now: Date): number {
  const t = now.getTime();
  switch (plan) {
    case 'waiting_fresh':
      return t - prng.int(20, 150) * 1000;
    case 'waiting_breached':
      return t - prng.int(12, 80) * MINUTE;
    case 'unassigned':
      return t - prng.int(1, 15) * MINUTE;
    case 'answered':
      return t - prng.int(2, 120) * MINUTE;
    case 'pending':
      return t - prng.int(1, 18) * HOUR;
    case 'pending_closed':
      return t - prng.int(26, 72) * HOUR;
    case 'resolved':
      return t - prng.int(1, 10) * HOUR;
    case 'resolved_old':
      return t - prng.int(2, 20) * 24 * HOUR;
  }
}
