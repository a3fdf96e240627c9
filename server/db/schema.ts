/** Tables of the local stack. Timestamps are ISO-8601 UTC strings, booleans 0/1. */
export const SCHEMA_VERSION = 2;

/**
 * Full-text indexes of the chat search (schema version 2). External-content FTS5 tables: the text
 * stays in its own table, the index follows it through triggers. Message text by words
 * (`unicode61`, prefix search); names, numbers and booking ids by substrings (`trigram`).
 * `openDatabase` rebuilds them when it upgrades a database written before they existed.
 */
export const SEARCH_INDEXES = ['messages_fts', 'chats_fts', 'bookings_fts'] as const;

export const SEARCH_SQL = `
CREATE VIRTUAL TABLE IF NOT EXISTS messages_fts USING fts5(
  text, content = 'messages', content_rowid = 'seq', tokenize = 'unicode61 remove_diacritics 2',
  prefix = '2 3'
);
CREATE TRIGGER IF NOT EXISTS messages_fts_insert AFTER INSERT ON messages
  WHEN new.text IS NOT NULL BEGIN
  INSERT INTO messages_fts (rowid, text) VALUES (new.seq, new.text);
END;
CREATE TRIGGER IF NOT EXISTS messages_fts_delete AFTER DELETE ON messages
  WHEN old.text IS NOT NULL BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, text) VALUES ('delete', old.seq, old.text);
END;
CREATE TRIGGER IF NOT EXISTS messages_fts_update AFTER UPDATE OF text ON messages BEGIN
  INSERT INTO messages_fts (messages_fts, rowid, text)
    SELECT 'delete', old.seq, old.text WHERE old.text IS NOT NULL;
  INSERT INTO messages_fts (rowid, text) SELECT new.seq, new.text WHERE new.text IS NOT NULL;
END;

CREATE VIRTUAL TABLE IF NOT EXISTS chats_fts USING fts5(
  customer_name, customer_number, content = 'chats', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER IF NOT EXISTS chats_fts_insert AFTER INSERT ON chats BEGIN
  INSERT INTO chats_fts (rowid, customer_name, customer_number)
    VALUES (new.rowid, new.customer_name, new.customer_number);
END;
CREATE TRIGGER IF NOT EXISTS chats_fts_delete AFTER DELETE ON chats BEGIN
  INSERT INTO chats_fts (chats_fts, rowid, customer_name, customer_number)
    VALUES ('delete', old.rowid, old.customer_name, old.customer_number);
END;
CREATE TRIGGER IF NOT EXISTS chats_fts_update AFTER UPDATE OF customer_name, customer_number ON chats BEGIN
  INSERT INTO chats_fts (chats_fts, rowid, customer_name, customer_number)
    VALUES ('delete', old.rowid, old.customer_name, old.customer_number);
  INSERT INTO chats_fts (rowid, customer_name, customer_number)
    VALUES (new.rowid, new.customer_name, new.customer_number);
END;

CREATE VIRTUAL TABLE IF NOT EXISTS bookings_fts USING fts5(
  display_booking_id, content = 'bookings', content_rowid = 'rowid', tokenize = 'trigram'
);
CREATE TRIGGER IF NOT EXISTS bookings_fts_insert AFTER INSERT ON bookings BEGIN
  INSERT INTO bookings_fts (rowid, display_booking_id) VALUES (new.rowid, new.display_booking_id);
END;
CREATE TRIGGER IF NOT EXISTS bookings_fts_delete AFTER DELETE ON bookings BEGIN
  INSERT INTO bookings_fts (bookings_fts, rowid, display_booking_id)
    VALUES ('delete', old.rowid, old.display_booking_id);
END;
CREATE TRIGGER IF NOT EXISTS bookings_fts_update AFTER UPDATE OF display_booking_id ON bookings BEGIN
  INSERT INTO bookings_fts (bookings_fts, rowid, display_booking_id)
    VALUES ('delete', old.rowid, old.display_booking_id);
  INSERT INTO bookings_fts (rowid, display_booking_id) VALUES (new.rowid, new.display_booking_id);
END;
`;

export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS staff (
  executive_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('executive', 'supervisor')),
  password_hash TEXT NOT NULL,
  presence TEXT NOT NULL DEFAULT 'online' CHECK (presence IN ('online', 'offline'))
);

CREATE TABLE IF NOT EXISTS customers (
  customer_number TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT,
  city TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS dcos (
  dco_id TEXT PRIMARY KEY,
  partner_id TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  phone TEXT NOT NULL UNIQUE,
  email TEXT,
  city TEXT NOT NULL,
  status TEXT NOT NULL,
  kyc_status TEXT NOT NULL,
  wallet_balance REAL NOT NULL,
  joined_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS drivers (
  driver_id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  phone TEXT NOT NULL UNIQUE,
  cab_number TEXT NOT NULL,
  cab_model TEXT NOT NULL,
  cab_type TEXT NOT NULL,
  rating REAL NOT NULL,
  dco_id TEXT NOT NULL REFERENCES dcos (dco_id),
  city TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS alternate_numbers (
  partner_id TEXT NOT NULL,
  number TEXT NOT NULL,
  label TEXT NOT NULL,
  verified INTEGER NOT NULL,
  PRIMARY KEY (partner_id, number)
);

CREATE TABLE IF NOT EXISTS bookings (
  booking_id TEXT PRIMARY KEY,
  display_booking_id TEXT NOT NULL UNIQUE,
  customer_number TEXT NOT NULL,
  customer_name TEXT NOT NULL,
  pickup_address TEXT NOT NULL,
  drop_address TEXT NOT NULL,
  pickup_city TEXT NOT NULL,
  drop_city TEXT NOT NULL,
  pickup_time TEXT NOT NULL,
  cab_type TEXT NOT NULL,
  trip_type TEXT NOT NULL,
  fare REAL NOT NULL,
  payment_status TEXT NOT NULL,
  status TEXT NOT NULL,
  driver_id TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS bookings_by_customer ON bookings (customer_number, pickup_time);
CREATE INDEX IF NOT EXISTS bookings_by_driver ON bookings (driver_id);

CREATE TABLE IF NOT EXISTS ride_searches (
  search_id TEXT PRIMARY KEY,
  customer_number TEXT NOT NULL,
  pickup_city TEXT NOT NULL,
  drop_city TEXT NOT NULL,
  travel_date TEXT NOT NULL,
  cab_type TEXT NOT NULL,
  quoted_fare REAL NOT NULL,
  searched_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ride_searches_by_customer ON ride_searches (customer_number, searched_at);

CREATE TABLE IF NOT EXISTS context_events (
  event_id TEXT PRIMARY KEY,
  customer_number TEXT NOT NULL,
  context_type TEXT NOT NULL,
  summary TEXT NOT NULL,
  display_booking_id TEXT,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS context_events_by_customer ON context_events (customer_number, created_at);

CREATE TABLE IF NOT EXISTS dco_transactions (
  transaction_id TEXT PRIMARY KEY,
  dco_id TEXT NOT NULL,
  type TEXT NOT NULL CHECK (type IN ('credit', 'debit')),
  amount REAL NOT NULL,
  description TEXT NOT NULL,
  display_booking_id TEXT,
  balance_after REAL NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS dco_transactions_by_dco ON dco_transactions (dco_id, created_at);

CREATE TABLE IF NOT EXISTS dco_status_updates (
  update_id TEXT PRIMARY KEY,
  dco_id TEXT NOT NULL,
  status TEXT NOT NULL,
  main_tag_id TEXT NOT NULL,
  sub_tag_id TEXT NOT NULL,
  remarks TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS paytm_links (
  link_id TEXT PRIMARY KEY,
  partner_id TEXT NOT NULL,
  amount REAL NOT NULL,
  sent_to TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS templates (
  template_id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  stakeholder TEXT NOT NULL,
  category TEXT NOT NULL,
  language TEXT NOT NULL,
  body TEXT NOT NULL,
  variables TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS main_tags (
  main_tag_id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS sub_tags (
  sub_tag_id TEXT PRIMARY KEY,
  main_tag_id TEXT NOT NULL REFERENCES main_tags (main_tag_id),
  name TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS chats (
  chat_id TEXT PRIMARY KEY,
  customer_number TEXT NOT NULL UNIQUE,
  customer_name TEXT NOT NULL,
  stakeholder TEXT NOT NULL CHECK (stakeholder IN ('customer', 'driver')),
  status TEXT NOT NULL CHECK (status IN ('active', 'pending', 'resolved')),
  assigned_executive_id TEXT REFERENCES staff (executive_id),
  last_message TEXT,
  last_customer_message_at TEXT,
  last_executive_reply_at TEXT,
  unread_count INTEGER NOT NULL DEFAULT 0,
  needs_reply INTEGER NOT NULL DEFAULT 0,
  waiting_since TEXT,
  sla_kind TEXT,
  sla_due_at TEXT,
  resolved_at TEXT,
  resolved_wait TEXT,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS chats_by_updated ON chats (updated_at DESC, chat_id DESC);
CREATE INDEX IF NOT EXISTS chats_by_executive ON chats (assigned_executive_id, updated_at DESC);
CREATE INDEX IF NOT EXISTS chats_waiting ON chats (sla_due_at) WHERE sla_due_at IS NOT NULL;

CREATE TABLE IF NOT EXISTS chat_tags (
  chat_id TEXT NOT NULL REFERENCES chats (chat_id),
  tag TEXT NOT NULL,
  created_at TEXT NOT NULL,
  PRIMARY KEY (chat_id, tag)
);

CREATE TABLE IF NOT EXISTS media (
  media_id TEXT PRIMARY KEY,
  mime_type TEXT NOT NULL,
  file_name TEXT NOT NULL,
  size_bytes INTEGER NOT NULL,
  duration_seconds REAL,
  bytes BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS messages (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  message_id TEXT NOT NULL UNIQUE,
  client_message_id TEXT,
  chat_id TEXT NOT NULL REFERENCES chats (chat_id),
  sender_type TEXT NOT NULL,
  sender_id TEXT NOT NULL,
  sender_name TEXT NOT NULL,
  message_type TEXT NOT NULL,
  text TEXT,
  media TEXT,
  location TEXT,
  template TEXT,
  status TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_by_chat ON messages (chat_id, seq);
CREATE UNIQUE INDEX IF NOT EXISTS messages_client_id ON messages (chat_id, client_message_id)
  WHERE client_message_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS notes (
  note_id TEXT PRIMARY KEY,
  chat_id TEXT NOT NULL REFERENCES chats (chat_id),
  client_note_id TEXT,
  content TEXT NOT NULL,
  author_id TEXT NOT NULL,
  author_name TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notes_by_chat ON notes (chat_id, created_at);
CREATE UNIQUE INDEX IF NOT EXISTS notes_client_id ON notes (chat_id, client_note_id)
  WHERE client_note_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS ratings (
  chat_id TEXT PRIMARY KEY REFERENCES chats (chat_id),
  rating INTEGER NOT NULL,
  comment TEXT,
  rated_by TEXT NOT NULL,
  rated_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS sla_alerts (
  alert_id TEXT PRIMARY KEY,
  chat_id TEXT NOT NULL,
  executive_id TEXT,
  level TEXT NOT NULL CHECK (level IN ('warning', 'breach')),
  kind TEXT NOT NULL,
  waiting_since TEXT NOT NULL,
  due_at TEXT NOT NULL,
  raised_at TEXT NOT NULL,
  UNIQUE (chat_id, waiting_since, level)
);
CREATE INDEX IF NOT EXISTS sla_alerts_by_day ON sla_alerts (level, raised_at);

-- The team's chats by status, one row per five-minute slot (its start), the slot's last figures.
CREATE TABLE IF NOT EXISTS status_samples (
  at TEXT PRIMARY KEY,
  active INTEGER NOT NULL,
  pending INTEGER NOT NULL,
  resolved INTEGER NOT NULL,
  unassigned INTEGER NOT NULL
);

-- Every assignment and reassignment, for the dashboard's feed after a reload.
CREATE TABLE IF NOT EXISTS assignment_log (
  log_id INTEGER PRIMARY KEY AUTOINCREMENT,
  chat_id TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('assigned', 'reassigned')),
  from_executive_id TEXT,
  to_executive_id TEXT NOT NULL,
  to_executive_name TEXT NOT NULL,
  reason TEXT,
  assigned_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS assignment_log_by_time ON assignment_log (assigned_at);

-- One row per sign-in: the PySmartChat JWT carries its id (sid), and the node tokens and web
-- access keys opened from it name it, so that ending the session ends them all.
CREATE TABLE IF NOT EXISTS staff_sessions (
  session_id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked_at TEXT,
  revoked_reason TEXT
);
CREATE INDEX IF NOT EXISTS staff_sessions_by_expiry ON staff_sessions (expires_at);

CREATE TABLE IF NOT EXISTS node_tokens (
  token TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  revoked INTEGER NOT NULL DEFAULT 0,
  session_id TEXT
);

CREATE TABLE IF NOT EXISTS access_keys (
  access_key TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  client TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  session_id TEXT
);
`;

/** Columns added after a table was first shipped: added to an older database when it opens. */
export const ADDED_COLUMNS: readonly { table: string; column: string; definition: string }[] = [
  { table: 'node_tokens', column: 'session_id', definition: 'TEXT' },
  { table: 'access_keys', column: 'session_id', definition: 'TEXT' },
  // What needs-reply, unread and the SLA clock were when the chat was resolved (JSON), for reopen.
  { table: 'chats', column: 'resolved_wait', definition: 'TEXT' },
];
