import { hashPassword } from '../auth/passwords';
import { readMeta, writeMeta, type Db } from '../db/database';
import type { StackSettings } from '../domain/stack-settings';
import { templateVariables } from '../domain/template-catalog';
import { DEMO_LOGINS } from './demo-staff';
import { Prng } from './prng';
import { seedChats } from './seed-chats';
import { seedPeople } from './seed-people';
import { CHAT_TAG_TAXONOMY, FIRST_NAMES, LAST_NAMES, TEMPLATE_SEEDS } from './seed-vocabulary';

/** The PRNG seed of the data set: tests rely on the same names, numbers and ids every time. */
export const SEED = 20261125;

export interface SeedOptions {
  /** Extra chats with short text histories, for benchmarks. */
  extraChats?: number;
  /** Messages in one long conversation ({@link LONG_CHAT_ID}, Asha's), for benchmarks; 0 or unset: none. */
  longChatMessages?: number;
}

/** The chat that `longChatMessages` fills: the newest in Asha's list. */
export const LONG_CHAT_ID = 'chat_long000001';

/** The size of the seeded data set. */
export const SEED_COUNTS = {
  customers: 200,
  drivers: 50,
  customerChats: 60,
  driverChats: 30,
} as const;

/** Seeds an empty database; does nothing when it already holds data. Returns whether it seeded. */
export function seedIfEmpty(
  db: Db,
  now: Date,
  settings: StackSettings,
  options: SeedOptions = {},
): boolean {
  if (readMeta(db, 'seeded_at')) {
    return false;
  }
  db.transaction(() => {
    // Histories are written before the chat row that sums them up.
    db.pragma('defer_foreign_keys = ON');
    const prng = new Prng(SEED);
    seedStaff(db);
    seedCatalog(db);
    const people = seedPeople(db, prng, now, SEED_COUNTS);
    seedChats(db, prng, now, people, settings, SEED_COUNTS);
    if (options.extraChats) {
      seedExtraChats(db, new Prng(SEED + 1), now, options.extraChats);
    }
    if (options.longChatMessages) {
      seedLongChat(db, now, options.longChatMessages);
    }
    writeMeta(db, 'seeded_at', now.toISOString());
  })();
  return true;
}

function seedStaff(db: Db): void {
  const insert = db.prepare(
    "INSERT INTO staff (executive_id, name, email, role, password_hash, presence) VALUES (?, ?, ?, ?, ?, 'online')",
  );
  for (const login of DEMO_LOGINS) {
    insert.run(
      login.executive_id,
      login.name,
      login.email,
      login.role,
      hashPassword(login.password),
    );
  }
}

function seedCatalog(db: Db): void {
  const insertTemplate = db.prepare(
    `INSERT INTO templates (template_id, name, stakeholder, category, language, body, variables)
     VALUES (?, ?, ?, ?, 'en', ?, ?)`,
  );
  for (const template of TEMPLATE_SEEDS) {
    insertTemplate.run(
      template.template_id,
      template.name,
      template.stakeholder,
      template.category,
      template.body,
      JSON.stringify(templateVariables(template.body)),
    );
  }
  const insertMain = db.prepare(
    'INSERT INTO main_tags (main_tag_id, name, position) VALUES (?, ?, ?)',
  );
  const insertSub = db.prepare(
    'INSERT INTO sub_tags (sub_tag_id, main_tag_id, name, position) VALUES (?, ?, ?, ?)',
  );
  CHAT_TAG_TAXONOMY.forEach((group, m) => {
    const mainId = `MT${String(m + 1).padStart(2, '0')}`;
    insertMain.run(mainId, group.main, m);
    group.subs.forEach((sub, s) =>
      insertSub.run(
        `ST${String(m + 1).padStart(2, '0')}${String(s + 1).padStart(2, '0')}`,
        mainId,
        sub,
        s,
      ),
    );
  });
}

// Benchmark chats: plain text back and forth, spread over the last week, in every status.
function seedExtraChats(db: Db, prng: Prng, now: Date, count: number): void {
  const insertCustomer = db.prepare(
    "INSERT OR IGNORE INTO customers (customer_number, name, email, city, created_at) VALUES (?, ?, NULL, 'Bengaluru', ?)",
  );
  const insertChat = db.prepare(
    `INSERT INTO chats (chat_id, customer_number, customer_name, stakeholder, status, assigned_executive_id, last_message,
       last_customer_message_at, last_executive_reply_at, unread_count, needs_reply, resolved_at, created_at, updated_at, version)
     VALUES (?, ?, ?, 'customer', ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, 1)`,
  );
  const insertMessage = db.prepare(
    `INSERT INTO messages (message_id, chat_id, sender_type, sender_id, sender_name, message_type, text, status, created_at)
     VALUES (?, ?, ?, ?, ?, 'text', ?, 'read', ?)`,
  );
  const executives = DEMO_LOGINS.filter((login) => login.role === 'executive');
  for (let i = 0; i < count; i++) {
    const number = `+9155${String(i).padStart(8, '0')}`;
    const name = `${prng.pick(FIRST_NAMES)} ${prng.pick(LAST_NAMES)}`;
    const chatId = `chat_x${String(i + 1).padStart(6, '0')}`;
    const executive = i % 10 === 9 ? null : executives[i % executives.length];
    const start = now.getTime() - prng.int(10, 7 * 24 * 60) * 60_000;
    const turns = prng.int(2, 6);
    let at = start;
    let lastText = '';
    let lastIso = '';
    let lastCustomerAt: string | null = null;
    let lastExecAt: string | null = null;
    for (let t = 0; t < turns; t++) {
      const byCustomer = t % 2 === 0 || !executive;
      lastText = byCustomer
        ? `Query ${i + 1}.${t + 1}: please check my booking`
        : `Reply ${i + 1}.${t + 1}: checking it now`;
      const iso = new Date(at).toISOString();
      insertMessage.run(
        `msg_x${i + 1}_${t + 1}`,
        chatId,
        byCustomer ? 'customer' : 'executive',
        byCustomer ? number : executive!.executive_id,
        byCustomer ? name : executive!.name,
        lastText,
        iso,
      );
      lastIso = iso;
      if (byCustomer) {
        lastCustomerAt = iso;
      } else {
        lastExecAt = iso;
      }
      at += prng.int(1, 30) * 60_000;
    }
    const lastAt = lastIso;
    const status = prng.pick(['active', 'active', 'pending', 'resolved'] as const);
    const lastByCustomer = (turns - 1) % 2 === 0 || !executive;
    insertCustomer.run(number, name, new Date(start).toISOString());
    insertChat.run(
      chatId,
      number,
      name,
      status,
      executive?.executive_id ?? null,
      JSON.stringify({
        preview: lastText,
        message_type: 'text',
        sender_type: lastByCustomer ? 'customer' : 'executive',
        created_at: lastAt,
      }),
      lastCustomerAt,
      lastExecAt,
      lastByCustomer ? 1 : 0,
      status === 'resolved' ? lastAt : null,
      new Date(start).toISOString(),
      lastAt,
    );
  }
}

// Benchmark conversation: a customer and Asha writing back and forth, one message a minute up to now.
function seedLongChat(db: Db, now: Date, count: number): void {
  const executive = DEMO_LOGINS.find((login) => login.executive_id === 'exec_asha')!;
  const number = '+915400000001';
  const name = 'Lakshmi Venkataraman';
  const start = now.getTime() - count * 60_000;
  const insertMessage = db.prepare(
    `INSERT INTO messages (message_id, chat_id, sender_type, sender_id, sender_name, message_type, text, status, created_at)
     VALUES (?, ?, ?, ?, ?, 'text', ?, 'read', ?)`,
  );
  let lastText = '';
  let lastIso = '';
  let lastCustomerAt = '';
  let lastExecAt = '';
  for (let i = 0; i < count; i++) {
    const byCustomer = i % 2 === 0;
    lastText = byCustomer
      ? `Message ${i + 1}: is my cab for the airport still on time?`
      : `Message ${i + 1}: yes, the driver is on the way.`;
    lastIso = new Date(start + (i + 1) * 60_000).toISOString();
    insertMessage.run(
      `msg_long_${i + 1}`,
      LONG_CHAT_ID,
      byCustomer ? 'customer' : 'executive',
      byCustomer ? number : executive.executive_id,
      byCustomer ? name : executive.name,
      lastText,
      lastIso,
    );
    if (byCustomer) {
      lastCustomerAt = lastIso;
    } else {
      lastExecAt = lastIso;
    }
  }
  const lastByCustomer = (count - 1) % 2 === 0;
  db.prepare(
    "INSERT OR IGNORE INTO customers (customer_number, name, email, city, created_at) VALUES (?, ?, NULL, 'Chennai', ?)",
  ).run(number, name, new Date(start).toISOString());
  db.prepare(
    `INSERT INTO chats (chat_id, customer_number, customer_name, stakeholder, status, assigned_executive_id, last_message,
       last_customer_message_at, last_executive_reply_at, unread_count, needs_reply, resolved_at, created_at, updated_at, version)
     VALUES (?, ?, ?, 'customer', 'active', ?, ?, ?, ?, 0, 0, NULL, ?, ?, 1)`,
  ).run(
    LONG_CHAT_ID,
    number,
    name,
    executive.executive_id,
    JSON.stringify({
      preview: lastText,
      message_type: 'text',
      sender_type: lastByCustomer ? 'customer' : 'executive',
      created_at: lastIso,
    }),
    lastCustomerAt || null,
    lastExecAt || null,
    new Date(start).toISOString(),
    lastIso,
  );
}
