import type { StatusFigures, StatusSample } from '../../src/contract';
import { backfillAssignments, firstAssignedAt } from './assignment-log';
import type { Db } from '../db/database';
import { startOfBusinessDay } from './clock';
import type { DomainContext } from './domain-context';

/** One sample per five minutes. */
export const SAMPLE_SLOT_MS = 5 * 60_000;
/** Samples older than this are let go. */
const KEEP_MS = 8 * 24 * 3600_000;
const DAY_MS = 24 * 3600_000;

type Figures = StatusFigures;

interface ChatHistoryRow {
  chat_id: string;
  status: string;
  assigned_executive_id: string | null;
  created_at: string;
  resolved_at: string | null;
}

/** Start of the five-minute slot holding `time` (epoch ms). */
export function slotOf(time: number): number {
  return Math.floor(time / SAMPLE_SLOT_MS) * SAMPLE_SLOT_MS;
}

/**
 * Keeps the team's chats by status through the day: one sample per five-minute slot of the
 * stack's clock, the last figures of the slot winning. A stack that has no sample of today
 * reconstructs the day so far from the chats it holds (a fresh seed gets yesterday too), so the
 * dashboard's chart opens with a day, not a dot.
 */
export class StatusSampler {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: DomainContext) {}

  /** Samples every `intervalMs` until stopped. */
  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
  }

  /** Stops the sampling. */
  stop(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** Records the figures now as the sample of the current slot. */
  sample(): StatusSample {
    const now = this.ctx.clock.now().getTime();
    const sample: StatusSample = { at: new Date(slotOf(now)).toISOString(), ...this.current() };
    this.ctx.db
      .prepare(
        `INSERT INTO status_samples (at, active, pending, resolved, unassigned)
         VALUES (@at, @active, @pending, @resolved, @unassigned)
         ON CONFLICT (at) DO UPDATE SET active = excluded.active, pending = excluded.pending,
           resolved = excluded.resolved, unassigned = excluded.unassigned`,
      )
      .run(sample);
    this.ctx.db
      .prepare('DELETE FROM status_samples WHERE at < ?')
      .run(new Date(now - KEEP_MS).toISOString());
    return sample;
  }

  /**
   * When no sample of today exists: fills today's slots up to now from the chats' history (and
   * yesterday's on a stack that never sampled), and the assignments log of a fresh seed.
   */
  backfill(): void {
    const now = this.ctx.clock.now();
    const today = startOfBusinessDay(now);
    const sampledToday = this.ctx.db
      .prepare('SELECT 1 FROM status_samples WHERE at >= ? LIMIT 1')
      .get(today.toISOString());
    if (sampledToday) {
      return;
    }
    const everSampled = this.ctx.db.prepare('SELECT 1 FROM status_samples LIMIT 1').get();
    const from = everSampled ? today : startOfBusinessDay(new Date(today.getTime() - 1));
    backfillAssignments(this.ctx.db, new Date(now.getTime() - DAY_MS).toISOString());
    const chats = this.ctx.db
      .prepare(
        `SELECT chat_id, status, assigned_executive_id, created_at, resolved_at FROM chats
         WHERE created_at <= ?`,
      )
      .all(now.toISOString()) as ChatHistoryRow[];
    const assignedAt = firstAssignedAt(this.ctx.db);
    const insert = this.ctx.db.prepare(
      `INSERT OR IGNORE INTO status_samples (at, active, pending, resolved, unassigned)
       VALUES (@at, @active, @pending, @resolved, @unassigned)`,
    );
    this.ctx.db.transaction(() => {
      for (let slot = from.getTime(); slot <= now.getTime(); slot += SAMPLE_SLOT_MS) {
        const end = Math.min(slot + SAMPLE_SLOT_MS - 1, now.getTime());
        insert.run({ at: new Date(slot).toISOString(), ...figuresAt(chats, assignedAt, end) });
      }
    })();
  }

  private current(): Figures {
    return this.ctx.db
      .prepare(
        `SELECT COALESCE(SUM(status = 'active'), 0) AS active,
           COALESCE(SUM(status = 'pending'), 0) AS pending,
           COALESCE(SUM(status = 'resolved'), 0) AS resolved,
           COALESCE(SUM(status != 'resolved' AND assigned_executive_id IS NULL), 0) AS unassigned
         FROM chats`,
      )
      .get() as Figures;
  }
}

/** The samples of the business day of `now` up to `now`, oldest first. */
export function daySamples(db: Db, now: Date): StatusSample[] {
  return db
    .prepare(
      `SELECT at, active, pending, resolved, unassigned FROM status_samples
       WHERE at >= ? AND at <= ? ORDER BY at`,
    )
    .all(startOfBusinessDay(now).toISOString(), now.toISOString()) as StatusSample[];
}

/** The sample of the slot holding `instant`, or of the slot before; null when neither exists. */
export function sampleAt(db: Db, instant: Date): StatusSample | null {
  const slot = slotOf(instant.getTime());
  const row = db
    .prepare(
      `SELECT at, active, pending, resolved, unassigned FROM status_samples
       WHERE at <= ? AND at >= ? ORDER BY at DESC LIMIT 1`,
    )
    .get(new Date(slot).toISOString(), new Date(slot - SAMPLE_SLOT_MS).toISOString()) as
    StatusSample | undefined;
  return row ?? null;
}

/**
 * The figures at `time` as well as the chats' rows tell: a chat counts from its opening, as
 * resolved from its `resolved_at`, and before that in its current open status (active for a chat
 * resolved since); it is unassigned until its first logged assignment.
 */
function figuresAt(
  chats: readonly ChatHistoryRow[],
  assignedAt: ReadonlyMap<string, string>,
  time: number,
): Figures {
  const figures: Figures = { active: 0, pending: 0, resolved: 0, unassigned: 0 };
  for (const chat of chats) {
    if (Date.parse(chat.created_at) > time) {
      continue;
    }
    if (chat.resolved_at !== null && Date.parse(chat.resolved_at) <= time) {
      figures.resolved += 1;
      continue;
    }
    if (chat.status === 'pending') {
      figures.pending += 1;
    } else {
      figures.active += 1;
    }
    const assigned = assignedAt.get(chat.chat_id);
    const hadExecutive =
      assigned !== undefined ? Date.parse(assigned) <= time : chat.assigned_executive_id !== null;
    if (!hadExecutive) {
      figures.unassigned += 1;
    }
  }
  return figures;
}
