import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

import { SCHEMA_SQL, SCHEMA_VERSION, SEARCH_INDEXES, SEARCH_SQL } from './schema';

export type Db = Database.Database;

/** Opens (creating when needed) the stack's SQLite file and brings its schema up to date. */
export function openDatabase(file: string): Db {
  if (file !== ':memory:') {
    mkdirSync(dirname(file), { recursive: true });
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA_SQL);
  migrate(db);
  return db;
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
  })();
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
