import type Database from 'better-sqlite3';

import type {
  ChatListFilter as ListNarrowing,
  Chats,
  ChatStatus,
  ChatStatusCounts,
  FetchAllChat,
  LastMessagePreview,
  SlaAlert,
  Stakeholder,
} from '../../src/contract';
import { CHAT_SELECT, ChatRow, toChats } from '../db/chat-rows';
import { type Db, statementCache } from '../db/database';
import { badRequest } from './domain-error';

export interface ChatListFilter {
  assignedExecutiveId?: string;
  status?: ChatStatus;
  /** Only unassigned chats, or only those waiting past their reply limit at `now`. */
  filter?: ListNarrowing;
  /** Only customer chats, or only driver (and partner) chats. */
  stakeholder?: Stakeholder;
  /** The instant `sla_breached` is measured at (ISO-8601). */
  now?: string;
  cursor?: string | null;
  limit: number;
}

/** A page of chats as the gateway answers it, less the `request_id` the gateway adds. */
export type ChatPage = Omit<FetchAllChat, 'request_id'>;

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
  sla_kind?: SlaAlert['kind'] | null;
  sla_due_at?: string | null;
  resolved_at?: string | null;
  resolved_wait?: string | null;
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
    const narrowing = narrowingClause(filter.filter, filter.now ?? new Date().toISOString());
    scope.clauses.push(...narrowing.clauses);
    scope.params.push(...narrowing.params);
    if (filter.stakeholder) {
      scope.clauses.push('c.stakeholder = ?');
      scope.params.push(filter.stakeholder);
    }
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

  /**
   * Chats matching a search, through the full-text indexes (`SEARCH_SQL`): message text by words
   * starting with each typed term, customer name, number and booking ids (of the customer, or of
   * the driver on a driver chat) by substring. The cost of one search is bounded: it reads at most
   * {@link SEARCH_MESSAGE_SCAN} matching messages (the newest) and finds at most
   * {@link SEARCH_MAX_CHATS} chats, which `total` and `counts` then count.
   */
  search(rawQuery: string, assignedExecutiveId: string | undefined, limit: number): ChatPage {
    // Control characters (a NUL ends an SQLite string) mean nothing in a search.
    const query = rawQuery.replace(/\p{Cc}/gu, ' ').trim();
    if (query === '') {
      return {
        chats: [],
        total: 0,
        counts: { active: 0, pending: 0, resolved: 0 },
        next_cursor: null,
      };
    }
    const { words, phrase, digits, short } = searchTerms(query);
    const scope = scopeClause(assignedExecutiveId);
    const inScope = scope.clauses.length ? `AND ${scope.clauses.join(' AND ')}` : '';
    const branches: string[] = [];
    const params: unknown[] = [];
    if (words) {
      branches.push(`SELECT c.chat_id FROM (
          SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rowid DESC LIMIT ?
        ) f JOIN messages m ON m.seq = f.rowid JOIN chats c ON c.chat_id = m.chat_id WHERE 1 ${inScope}`);
      params.push(words, SEARCH_MESSAGE_SCAN, ...scope.params);
    }
    if (short) {
      // Under three characters the trigram index cannot help; the chats table is the small one.
      const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      branches.push(`SELECT c.chat_id FROM chats c
        WHERE (c.customer_name LIKE ? ESCAPE '\\' OR c.customer_number LIKE ? ESCAPE '\\') ${inScope}`);
      params.push(like, like, ...scope.params);
    } else {
      branches.push(`SELECT c.chat_id FROM chats_fts JOIN chats c ON c.rowid = chats_fts.rowid
        WHERE chats_fts MATCH ? ${inScope}`);
      params.push(phrase, ...scope.params);
      branches.push(`SELECT c.chat_id FROM bookings_fts JOIN bookings b ON b.rowid = bookings_fts.rowid
          JOIN chats c ON c.customer_number = b.customer_number WHERE bookings_fts MATCH ? ${inScope}
        UNION SELECT c.chat_id FROM bookings_fts JOIN bookings b ON b.rowid = bookings_fts.rowid
          JOIN drivers d ON d.driver_id = b.driver_id JOIN chats c ON c.customer_number = d.phone
          WHERE bookings_fts MATCH ? ${inScope}`);
      params.push(phrase, ...scope.params, phrase, ...scope.params);
    }
    if (digits) {
      branches.push(`SELECT c.chat_id FROM chats_fts JOIN chats c ON c.rowid = chats_fts.rowid
        WHERE chats_fts MATCH ? ${inScope}`);
      params.push(`customer_number : ${digits}`, ...scope.params);
    }
    const ids = (
      this.sql(`SELECT chat_id FROM (${branches.join(' UNION ')}) LIMIT ?`).all(
        ...params,
        SEARCH_MAX_CHATS,
      ) as { chat_id: string }[]
    ).map((row) => row.chat_id);
    const where = ['c.chat_id IN (SELECT value FROM json_each(?))'];
    const whereParams = [JSON.stringify(ids)];
    const rows = this.sql(
      `${CHAT_SELECT} ${whereSql(where)} ORDER BY c.updated_at DESC, c.chat_id DESC LIMIT ?`,
    ).all(...whereParams, limit) as ChatRow[];
    return {
      chats: rows.map(toChats),
      total: ids.length,
      counts: this.counts(where, whereParams),
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

/** Newest matching messages one search reads at most. */
export const SEARCH_MESSAGE_SCAN = 20_000;
/** Chats one search finds at most (`total` stops there). */
export const SEARCH_MAX_CHATS = 1_000;
/** Words of a query the message search uses at most. */
const SEARCH_MAX_WORDS = 8;

/**
 * The FTS5 queries of a search text. Nothing the user types is read as FTS5 syntax: each word is a
 * quoted string (quotes doubled), so `*`, `-`, `NEAR`, `AND`, `:` and parentheses are plain text.
 * - `words`: every whitespace-separated word that holds a letter or digit, as a prefix phrase,
 *   all of them required (`"cab"* "airp"*`); null when there is none.
 * - `phrase`: the whole text as one substring for the trigram indexes.
 * - `digits`: the digits of a text with at least four, for numbers typed with spaces or dashes.
 * - `short`: the text is under three characters, too short for a trigram.
 */
export function searchTerms(query: string): {
  words: string | null;
  phrase: string;
  digits: string | null;
  short: boolean;
} {
  const quote = (text: string) => `"${text.replace(/"/g, '""')}"`;
  const words = query
    .split(/\s+/)
    .filter((word) => /[\p{L}\p{N}]/u.test(word))
    .slice(0, SEARCH_MAX_WORDS)
    .map((word) => `${quote(word)}*`);
  const digits = query.replace(/[^\d]/g, '');
  return {
    words: words.length ? words.join(' ') : null,
    phrase: quote(query),
    digits: digits.length >= 4 && digits !== query ? quote(digits) : null,
    short: [...query].length < 3,
  };
}

function scopeClause(assignedExecutiveId: string | undefined): {
  clauses: string[];
  params: unknown[];
} {
  return assignedExecutiveId
    ? { clauses: ['c.assigned_executive_id = ?'], params: [assignedExecutiveId] }
    : { clauses: [], params: [] };
}

function narrowingClause(
  filter: ListNarrowing | undefined,
  now: string,
): { clauses: string[]; params: unknown[] } {
  switch (filter) {
    case 'unassigned':
      return { clauses: ["c.status != 'resolved'", 'c.assigned_executive_id IS NULL'], params: [] };
    case 'sla_breached':
      return {
        clauses: ["c.status != 'resolved'", 'c.needs_reply = 1', 'c.sla_due_at <= ?'],
        params: [now],
      };
    default:
      return { clauses: [], params: [] };
  }
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
