import type { SlaAlert } from '../../src/contract';
import type { DomainContext } from './domain-context';
import { newId } from './ids';

interface WaitingRow {
  chat_id: string;
  customer_number: string;
  customer_name: string;
  assigned_executive_id: string | null;
  waiting_since: string;
  sla_kind: SlaAlert['kind'];
  sla_due_at: string;
}

/**
 * Watches chats waiting for a reply. Each wait raises at most one warning (`warning_seconds` before
 * it is due) and one breach (once due). Raised alerts are stored, so a restart does not repeat them.
 */
export class SlaMonitor {
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly ctx: DomainContext) {}

  /** Checks every `intervalMs` until stopped. */
  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => this.check(), intervalMs);
    this.timer.unref();
  }

  /** Stops the checks. */
  stop(): void {
    if (this.timer) {
      clearInterval(this.timer);
      this.timer = null;
    }
  }

  /** Raises the alerts that are due now; returns them. */
  check(): SlaAlert[] {
    const now = this.ctx.clock.now();
    const warningMs = this.ctx.settings.sla.warning_seconds * 1000;
    const horizon = new Date(now.getTime() + warningMs).toISOString();
    const rows = this.ctx.db
      .prepare(
        `SELECT chat_id, customer_number, customer_name, assigned_executive_id, waiting_since, sla_kind, sla_due_at
         FROM chats c
         WHERE sla_due_at IS NOT NULL AND sla_due_at <= ? AND needs_reply = 1 AND status != 'resolved'
           AND waiting_since IS NOT NULL AND sla_kind IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM sla_alerts a WHERE a.chat_id = c.chat_id
                           AND a.waiting_since = c.waiting_since AND a.level = 'breach')`,
      )
      .all(horizon) as WaitingRow[];
    const raised: SlaAlert[] = [];
    const insert = this.ctx.db.prepare(
      `INSERT OR IGNORE INTO sla_alerts (alert_id, chat_id, executive_id, level, kind, waiting_since, due_at, raised_at)
       VALUES (@alert_id, @chat_id, @executive_id, @level, @kind, @waiting_since, @due_at, @raised_at)`,
    );
    this.ctx.db.transaction(() => {
      for (const row of rows) {
        const level = Date.parse(row.sla_due_at) <= now.getTime() ? 'breach' : 'warning';
        const alert: SlaAlert = {
          alert_id: newId('sla'),
          chat_id: row.chat_id,
          customer_number: row.customer_number,
          customer_name: row.customer_name,
          executive_id: row.assigned_executive_id,
          level,
          kind: row.sla_kind,
          waiting_since: row.waiting_since,
          due_at: row.sla_due_at,
          raised_at: now.toISOString(),
        };
        if (insert.run(alert).changes > 0) {
          raised.push(alert);
        }
      }
    })();
    for (const alert of raised) {
      this.ctx.events.slaAlert(alert);
    }
    if (raised.some((alert) => alert.level === 'breach')) {
      this.ctx.events.statsChanged();
    }
    return raised;
  }
}
