import type Database from 'better-sqlite3';

import type {
  ChatStatus,
  ChatStatusCounts,
  Chats,
  LastMessagePreview,
  Stakeholder,
} from '../../src/contract';
import { CHAT_SELECT, ChatRow, toChats } from '../db/chat-rows';
import { type Db, statementCache } from '../db/database';
import { badRequest } from './domain-error';

export interface ChatListFilter {
  assignedExecutiveId?: string;
  status?: ChatStatus;
  cursor?: string | null;
  limit: number;
}

export interface ChatPage {
  chats: Chats[];
  total: number;
  counts: ChatStatusCounts;
  next_cursor: string | null;
}

/** Columns a domain operation may change on a chat; `version` and `updated_at` move by themselves. */
export interface ChatChanges {
  customer_name?: string;
  status?: ChatStatus;
  assigned_executive_id?: string | null;
  last_message?: LastMessagePreview | null;
  last_customer_message_at?: string | null;
  last_executive_reply_at?: string | null;
  unread_count?: number;
  needs_reply?: boolean;
  waiting_since?: string | null;
  sla_kind?: 'first_reply' | 'next_reply' | null;
  sla_due_at?: string | null;
  resolved_at?: string | null;
}

export interface NewChat {
  chat_id: string;
  customer_number: string;
  customer_name: string;
  stakeholder: Stakeholder;
  created_at: string;
}

/** Reads and writes chat rows. Every write bumps `version` and `updated_at`. */
export class ChatStore {
  private readonly sql: (sql: string) => Database.Statement;

  constructor(private readonly db: Db) {
    this.sql = statementCache(db);
  }

  /** The raw row (with the SLA bookkeeping the contract does not show), or null. */
  row(chatId: string): ChatRow | null {
    const row = this.sql(`${CHAT_SELECT} WHERE c.chat_id = ?`).get(chatId);
    return (row as ChatRow | undefined) ?? null;
  }

  /** The raw row of the chat with a number, or null. */
  rowByNumber(customerNumber: string): ChatRow | null {
    const row = this.sql(`${CHAT_SELECT} WHERE c.customer_number = ?`).get(customerNumber);
    return (row as ChatRow | undefined) ?? null;
  }

  /** The chat as the contract shows it, or null. */
  get(chatId: string): Chats | null {
    const row = this.row(chatId);
    return row ? toChats(row) : null;
  }

  /** Creates a chat in the `active` state with nobody assigned. */
  insert(chat: NewChat): void {
    this.sql(
      `INSERT INTO chats (chat_id, customer_number, customer_name, stakeholder, status, created_at, updated_at)
         VALUES (@chat_id, @customer_number, @customer_name, @stakeholder, 'active', @created_at, @created_at)`,
    ).run(chat);
  }

  /** Applies changes to a chat, bumping its version; returns the updated chat. */
  update(chatId: string, changes: ChatChanges, now: string): Chats {
    const sets: string[] = ['version = version + 1', 'updated_at = @updated_at'];
    const params: Record<string, unknown> = { chat_id: chatId, updated_at: now };
    for (const [key, value] of Object.entries(changes)) {
      if (value === undefined) {
        continue;
      }
      sets.push(`${key} = @${key}`);
      params[key] =
        key === 'last_message' && value !== null
          ? JSON.stringify(value)
          : typeof value === 'boolean'
            ? Number(value)
            : value;
    }
    this.sql(`UPDATE chats SET ${sets.join(', ')} WHERE chat_id = @chat_id`).run(params);
    const updated = this.get(chatId);
    if (!updated) {
      throw new Error(`chat ${chatId} vanished during an update`);
    }
    return updated;
  }

  /** One page of the chat list, newest `updated_at` first, with counts for the same filter. */
  list(filter: ChatListFilter): ChatPage {
    const scope = scopeClause(filter.assignedExecutiveId);
    const where = [...scope.clauses];
    const params: unknown[] = [...scope.params];
    if (filter.status) {
      where.push('c.status = ?');
      params.push(filter.status);
    }
    const total = this.count(where, params);
    const pageWhere = [...where];
    const pageParams = [...params];
    if (filter.cursor) {
      const cursor = decodeCursor(filter.cursor);
      pageWhere.push('(c.updated_at < ? OR (c.updated_at = ? AND c.chat_id < ?))');
      pageParams.push(cursor.updatedAt, cursor.updatedAt, cursor.chatId);
    }
    const rows = this.sql(
      `${CHAT_SELECT} ${whereSql(pageWhere)} ORDER BY c.updated_at DESC, c.chat_id DESC LIMIT ?`,
    ).all(...pageParams, filter.limit + 1) as ChatRow[];
    const more = rows.length > filter.limit;
    const page = rows.slice(0, filter.limit);
    const last = page.at(-1);
    return {
      chats: page.map(toChats),
      total,
      counts: this.counts(scope.clauses, scope.params),
      next_cursor: more && last ? encodeCursor(last.updated_at, last.chat_id) : null,
    };
  }

  /** Chats whose name, number, message text or booking id contains the query. */
  search(query: string, assignedExecutiveId: string | undefined, limit: number): ChatPage {
    const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const digits = query.replace(/[^\d]/g, '');
    const scope = scopeClause(assignedExecutiveId);
    const match = `(
      c.customer_name LIKE ? ESCAPE '\\'
      OR c.customer_number LIKE ? ESCAPE '\\'
      ${digits.length >= 4 ? 'OR c.customer_number LIKE ?' : ''}
      OR EXISTS (SELECT 1 FROM messages m WHERE m.chat_id = c.chat_id AND m.text LIKE ? ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM bookings b WHERE b.customer_number = c.customer_number
                 AND b.display_booking_id LIKE ? ESCAPE '\\')
      OR EXISTS (SELECT 1 FROM bookings b JOIN drivers d ON d.driver_id = b.driver_id
                 WHERE d.phone = c.customer_number AND b.display_booking_id LIKE ? ESCAPE '\\')
    )`;
    const matchParams =
      digits.length >= 4
        ? [like, like, `%${digits}%`, like, like, like]
        : [like, like, like, like, like];
    const where = [...scope.clauses, match];
    const params = [...scope.params, ...matchParams];
    const rows = this.sql(
      `${CHAT_SELECT} ${whereSql(where)} ORDER BY c.updated_at DESC, c.chat_id DESC LIMIT ?`,
    ).all(...params, limit) as ChatRow[];
    return {
      chats: rows.map(toChats),
      total: this.count(where, params),
      counts: this.counts(where, params),
      next_cursor: null,
    };
  }

  /** Tags of a chat in the order they were applied. */
  tags(chatId: string): string[] {
    const rows = this.sql(
      'SELECT tag FROM chat_tags WHERE chat_id = ? ORDER BY created_at, tag',
    ).all(chatId) as { tag: string }[];
    return rows.map((row) => row.tag);
  }

  /** Adds a tag; returns whether it was new. */
  addTag(chatId: string, tag: string, now: string): boolean {
    const result = this.sql(
      'INSERT OR IGNORE INTO chat_tags (chat_id, tag, created_at) VALUES (?, ?, ?)',
    ).run(chatId, tag, now);
    return result.changes > 0;
  }

  /** Removes a tag; returns whether it was there. */
  removeTag(chatId: string, tag: string): boolean {
    return (
      this.sql('DELETE FROM chat_tags WHERE chat_id = ? AND tag = ?').run(chatId, tag).changes > 0
    );
  }

  private count(where: string[], params: unknown[]): number {
    const row = this.sql(`SELECT COUNT(*) AS n FROM chats c ${whereSql(where)}`).get(...params) as {
      n: number;
    };
    return row.n;
  }

  private counts(where: string[], params: unknown[]): ChatStatusCounts {
    const rows = this.sql(
      `SELECT c.status AS status, COUNT(*) AS n FROM chats c ${whereSql(where)} GROUP BY c.status`,
    ).all(...params) as { status: ChatStatus; n: number }[];
    const counts: ChatStatusCounts = { active: 0, pending: 0, resolved: 0 };
    for (const row of rows) {
      counts[row.status] = row.n;
    }
    return counts;
  }
}

function scopeClause(assignedExecutiveId: string | undefined): {
  clauses: string[];
  params: unknown[];
} {
  return assignedExecutiveId
    ? { clauses: ['c.assigned_executive_id = ?'], params: [assignedExecutiveId] }
    : { clauses: [], params: [] };
}

function whereSql(clauses: string[]): string {
  return clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
}

function encodeCursor(updatedAt: string, chatId: string): string {
  return Buffer.from(JSON.stringify([updatedAt, chatId])).toString('base64url');
}

function decodeCursor(cursor: string): { updatedAt: string; chatId: string } {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string'
    ) {
      return { updatedAt: value[0], chatId: value[1] };
    }
  } catch {
    // Falls through to the refusal below: a cursor the client made up is the client's mistake.
  }
  throw badRequest(
    'This page cursor is not valid any more: reload the chat list.',
    'cursor',
    'invalid_cursor',
  );
}
