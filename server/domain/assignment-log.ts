import type { ChatAssignment, RecentAssignment } from '../../src/contract';
import type { Db } from '../db/database';

/** The assignments feed lists at most this many. */
export const RECENT_ASSIGNMENTS_MAX = 50;

interface LogRow {
  chat_id: string;
  kind: RecentAssignment['kind'];
  from_executive_id: string | null;
  to_executive_id: string;
  to_executive_name: string;
  reason: string | null;
  assigned_at: string;
  customer_number: string;
  customer_name: string;
  stakeholder: RecentAssignment['stakeholder'];
}

/** Keeps a line for an assignment or reassignment the domain just made. */
export function recordAssignment(
  db: Db,
  assignment: ChatAssignment,
  kind: RecentAssignment['kind'],
): void {
  db.prepare(
    `INSERT INTO assignment_log
       (chat_id, kind, from_executive_id, to_executive_id, to_executive_name, reason, assigned_at)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    assignment.chat_id,
    kind,
    assignment.previous_executive_id,
    assignment.executive_id,
    assignment.executive_name,
    assignment.reason,
    assignment.assigned_at,
  );
}

/** Assignments made since `since` (ISO-8601), newest first, with the chat's current names. */
export function recentAssignments(
  db: Db,
  since: string,
  limit = RECENT_ASSIGNMENTS_MAX,
): RecentAssignment[] {
  const rows = db
    .prepare(
      `SELECT l.chat_id, l.kind, l.from_executive_id, l.to_executive_id, l.to_executive_name,
              l.reason, l.assigned_at, c.customer_number, c.customer_name, c.stakeholder
       FROM assignment_log l JOIN chats c ON c.chat_id = l.chat_id
       WHERE l.assigned_at >= ? ORDER BY l.assigned_at DESC, l.log_id DESC LIMIT ?`,
    )
    .all(since, limit) as LogRow[];
  return rows.map((row) => ({
    chat_id: row.chat_id,
    customer_number: row.customer_number,
    customer_name: row.customer_name,
    stakeholder: row.stakeholder,
    executive_id: row.to_executive_id,
    executive_name: row.to_executive_name,
    previous_executive_id: row.from_executive_id,
    reason: row.reason,
    assigned_at: row.assigned_at,
    kind: row.kind,
  }));
}

/**
 * Writes the first assignment of the assigned chats opened since `since` into an empty log (a
 * freshly seeded stack), as round-robin picks at the time the chat was opened.
 */
export function backfillAssignments(db: Db, since: string): void {
  const empty = db.prepare('SELECT 1 FROM assignment_log LIMIT 1').get() === undefined;
  if (!empty) {
    return;
  }
  db.prepare(
    `INSERT INTO assignment_log
       (chat_id, kind, from_executive_id, to_executive_id, to_executive_name, reason, assigned_at)
     SELECT c.chat_id, 'assigned', NULL, c.assigned_executive_id, s.name, 'Round-robin', c.created_at
     FROM chats c JOIN staff s ON s.executive_id = c.assigned_executive_id
     WHERE c.created_at >= ? ORDER BY c.created_at`,
  ).run(since);
}

/** When each chat first got an executive, by chat id (from the log). */
export function firstAssignedAt(db: Db): Map<string, string> {
  const rows = db
    .prepare('SELECT chat_id, MIN(assigned_at) AS at FROM assignment_log GROUP BY chat_id')
    .all() as { chat_id: string; at: string }[];
  return new Map(rows.map((row) => [row.chat_id, row.at]));
}
