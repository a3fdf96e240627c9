import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';

import { isStandInName } from './stand-in-name';
import { ADDED_COLUMNS, SCHEMA_SQL, SCHEMA_VERSION, SEARCH_INDEXES, SEARCH_SQL } from './schema';

export type Db = Database.Database;

/** Opens (creating when needed) the stack's SQLite file and brings its schema up to date. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    ownerOnly(file);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA_SQL);
  addMissingColumns(db);
  if (file !== ':memory:') {
    // SQLite gives the -wal and -shm files the mode of the database; older files are set anyway.
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(file + suffix)) {
        chmodSync(file + suffix, FILE_MODE);
      }
    }
  }
  migrate(db);
  return db;
}

/** The database holds the JWT secret, sessions and tokens: readable by its owner only. */
const FILE_MODE = 0o600;

function ownerOnly(file: string): void {
  if (existsSync(file)) {
    chmodSync(file, FILE_MODE);
  } else {
    closeSync(openSync(file, 'a', FILE_MODE));
  }
}

function addMissingColumns(db: Db): void {
  for (const { table, column, definition } of ADDED_COLUMNS) {
    const columns = db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[];
    if (!columns.some((entry) => entry.name === column)) {
      db.exec(`ALTER TABLE ${table} ADD COLUMN ${column} ${definition}`);
    }
  }
}

/**
 * Brings a database to {@link SCHEMA_VERSION}. A fresh file has no version yet and gets the
 * current one. Version 1 (before the search indexes) gets the indexes, filled from the rows it
 * already holds, in one transaction.
 */
function migrate(db: Db): void {
  const stored = readMeta(db, 'schema_version');
  const version = stored === null ? null : Number(stored);
  if (version !== null && version > SCHEMA_VERSION) {
    throw new Error(
      `${db.name} has schema version ${version}, newer than this stack's ${SCHEMA_VERSION}.`,
    );
  }
  db.transaction(() => {
    db.exec(SEARCH_SQL);
    if (version !== null && version < 2) {
      for (const index of SEARCH_INDEXES) {
        db.prepare(`INSERT INTO ${index} (${index}) VALUES ('rebuild')`).run();
      }
    }
    if (version !== SCHEMA_VERSION) {
      writeMeta(db, 'schema_version', String(SCHEMA_VERSION));
    }
    clearStandInNames(db);
  })();
}

/**
 * Empties the stand-in names earlier stacks stored for numbers nobody knew ("WhatsApp 5678",
 * "WhatsApp 9812345678", a bare number: whatever the console reads as no name, `isStandInName`)
 * on chats, customers and their messages, so the console shows the number instead and the two
 * agree. Runs on every start; a second run finds nothing. Returns the rows it changed.
 */
export function clearStandInNames(db: Db): number {
  db.function('stand_in_name', { deterministic: true }, (name) =>
    isStandInName(typeof name === 'string' ? name : null) ? 1 : 0,
  );
  // The cheap test first: only a name that starts with "whatsapp" or holds a digit can be one.
  const standIn = (name: string) =>
    `${name} <> '' AND (${name} LIKE '%whatsapp%' OR ${name} GLOB '*[0-9]*') AND stand_in_name(${name})`;
  return [
    `UPDATE chats SET customer_name = '' WHERE ${standIn('customer_name')}`,
    `UPDATE customers SET name = '' WHERE ${standIn('name')}`,
    `UPDATE messages SET sender_name = '' WHERE sender_type IN ('customer', 'driver')
       AND ${standIn('sender_name')}`,
  ].reduce((changed, sql) => changed + db.prepare(sql).run().changes, 0);
}

/** A value from the `meta` table, or null. */
export function readMeta(db: Db, key: string): string | null {
  const row = db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as
    { value: string } | undefined;
  return row?.value ?? null;
}

/** Writes a value into the `meta` table. */
export function writeMeta(db: Db, key: string, value: string): void {
  db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  ).run(key, value);
}

/**
 * A `prepare` that keeps each statement for its SQL text, so the hot paths (every inbound and
 * outbound message reads and writes chat and message rows) do not compile the same SQL again.
 * Statements from it must not change their data mode (`pluck`, `raw`, `expand`), as they are
 * shared. SQL built with a varying shape (a list of columns) adds a statement per shape, up to
 * `limit`, beyond which the oldest is let go.
 */
export function statementCache(db: Db, limit = 200): (sql: string) => Database.Statement {
  const statements = new Map<string, Database.Statement>();
  return (sql) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      if (statements.size >= limit) {
        statements.delete(statements.keys().next().value!);
      }
      statements.set(sql, statement);
    }
    return statement;
  };
}
