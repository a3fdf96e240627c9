import type { LocationPayload, MediaAttachment, Message, Stakeholder } from '../../src/contract';
import { previewOf } from '../db/chat-rows';
import type { Db } from '../db/database';
import { contactContext, templateParamsOf } from '../domain/contact-context';
import { MessageStore } from '../domain/message-store';
import type { StackSettings } from '../domain/stack-settings';
import { TemplateCatalog, renderTemplate } from '../domain/template-catalog';
import { paymentLinkFor } from '../domain/template-sender';
import { MINUTE, PLAN_CYCLE, cutTurns, endTime } from './conversation-plan';
import { CUSTOMER_SCRIPTS, DRIVER_SCRIPTS } from './conversation-scripts';
import { DEMO_LOGINS } from './demo-staff';
import { sampleMedia } from './media-files';
import { Prng } from './prng';
import type { SeededPeople } from './seed-people';

const CITY_COORDINATES: Record<string, [number, number]> = {
  Bengaluru: [12.9716, 77.5946],
  Mumbai: [19.076, 72.8777],
  Delhi: [28.6139, 77.209],
  Chennai: [13.0827, 80.2707],
  Hyderabad: [17.385, 78.4867],
  Pune: [18.5204, 73.8567],
  Kolkata: [22.5726, 88.3639],
  Ahmedabad: [23.0225, 72.5714],
  Jaipur: [26.9124, 75.7873],
  Kochi: [9.9312, 76.2673],
};

interface ChatSubject {
  number: string;
  name: string;
  stakeholder: Stakeholder;
  city: string;
  fill: Record<string, string>;
}

/** Writes chats in every status with histories that use every message type, notes, tags and alerts. */
export function seedChats(
  db: Db,
  prng: Prng,
  now: Date,
  people: SeededPeople,
  settings: StackSettings,
  counts: { customerChats: number; driverChats: number },
): void {
  const messages = new MessageStore(db);
  const templates = new TemplateCatalog(db);
  const executives = DEMO_LOGINS.filter((login) => login.role === 'executive');
  let messageSeq = 1;
  let mediaSeq = 1;
  const subjects: ChatSubject[] = [
    ...people.customers.slice(0, counts.customerChats).map((customer): ChatSubject => ({
      number: customer.number,
      name: customer.name,
      stakeholder: 'customer',
      city: customer.city.name,
      fill: bookingFill(people, customer.number, null),
    })),
    ...people.drivers.slice(0, counts.driverChats).map((driver): ChatSubject => ({
      number: driver.phone,
      name: driver.name,
      stakeholder: 'driver',
      city: 'Bengaluru',
      fill: bookingFill(people, null, driver.driver_id),
    })),
  ];
  const insertChat = db.prepare(
    `INSERT INTO chats (chat_id, customer_number, customer_name, stakeholder, status, assigned_executive_id, last_message,
       last_customer_message_at, last_executive_reply_at, unread_count, needs_reply, waiting_since, sla_kind, sla_due_at,
       resolved_at, created_at, updated_at, version)
     VALUES (@chat_id, @customer_number, @customer_name, @stakeholder, @status, @assigned_executive_id, @last_message,
       @last_customer_message_at, @last_executive_reply_at, @unread_count, @needs_reply, @waiting_since, @sla_kind, @sla_due_at,
       @resolved_at, @created_at, @updated_at, @version)`,
  );
  const insertTag = db.prepare(
    'INSERT OR IGNORE INTO chat_tags (chat_id, tag, created_at) VALUES (?, ?, ?)',
  );
  const insertNote = db.prepare(
    'INSERT INTO notes (note_id, chat_id, content, author_id, author_name, created_at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertAlert = db.prepare(
    `INSERT INTO sla_alerts (alert_id, chat_id, executive_id, level, kind, waiting_since, due_at, raised_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertRating = db.prepare(
    'INSERT INTO ratings (chat_id, rating, comment, rated_by, rated_at) VALUES (?, ?, ?, ?, ?)',
  );

  subjects.forEach((subject, index) => {
    const chatId = `chat_s${String(index + 1).padStart(3, '0')}`;
    const plan = PLAN_CYCLE[index % PLAN_CYCLE.length];
    const scripts = subject.stakeholder === 'driver' ? DRIVER_SCRIPTS : CUSTOMER_SCRIPTS;
    const script = scripts[index % scripts.length];
    const turns = cutTurns(script, plan);
    const executive = plan === 'unassigned' ? null : executives[index % executives.length];
    const end = endTime(plan, prng, now);
    const times: number[] = [];
    let cursor = end;
    for (let t = turns.length - 1; t >= 0; t--) {
      times.unshift(cursor);
      cursor -= prng.int(1, 7) * MINUTE + prng.int(0, 59) * 1000;
    }
    const written: Message[] = [];
    turns.forEach((turn, t) => {
      const at = new Date(times[t]).toISOString();
      const byThem = turn.by === 'them';
      const kind = turn.kind ?? 'text';
      let media: MediaAttachment | null = null;
      let location: LocationPayload | null = null;
      let template: Message['template'] = null;
      let text: string | null = fillText(turn.text, subject);
      if (kind === 'image' || kind === 'document' || kind === 'audio' || kind === 'video') {
        const label =
          kind === 'document' ? `${text} ${subject.fill['booking'] ?? ''}`.trim() : text;
        const file = sampleMedia(kind, mediaSeq, label);
        const mediaId = `media_s${String(mediaSeq++).padStart(4, '0')}`;
        messages.insertMedia({
          media_id: mediaId,
          mime_type: file.mime_type,
          file_name: file.file_name,
          size_bytes: file.bytes.length,
          duration_seconds: file.duration_seconds ?? null,
          bytes: file.bytes,
        });
        media = {
          media_id: mediaId,
          mime_type: file.mime_type,
          file_name: file.file_name,
          size_bytes: file.bytes.length,
          caption: kind === 'audio' ? null : text,
          duration_seconds: file.duration_seconds ?? null,
        };
        text = kind === 'audio' ? null : text;
      } else if (kind === 'location') {
        const [lat, lng] = CITY_COORDINATES[subject.city] ?? CITY_COORDINATES['Bengaluru'];
        location = {
          latitude: round(lat + (prng.next() - 0.5) / 20),
          longitude: round(lng + (prng.next() - 0.5) / 20),
          name: text,
          address: `Near ${subject.city} railway station`,
        };
        text = null;
      } else if (kind === 'template') {
        const rendered = seededTemplate(db, templates, subject, now);
        text = rendered.text;
        template = rendered.template;
      }
      written.push(
        messages.insert({
          message_id: `msg_s${String(messageSeq++).padStart(6, '0')}`,
          client_message_id: null,
          chat_id: chatId,
          sender_type: byThem
            ? subject.stakeholder === 'driver'
              ? 'driver'
              : 'customer'
            : 'executive',
          sender_id: byThem ? subject.number : (executive?.executive_id ?? 'exec_asha'),
          sender_name: byThem ? subject.name : (executive?.name ?? 'Asha Nair'),
          message_type: kind,
          text,
          media,
          location,
          template,
          status: byThem ? 'read' : prng.pick(['delivered', 'read'] as const),
          created_at: at,
        }),
      );
    });
    const last = written[written.length - 1];
    const lastThem = [...written].reverse().find((m) => m.sender_type !== 'executive') ?? null;
    const lastExec = [...written].reverse().find((m) => m.sender_type === 'executive') ?? null;
    const trailing =
      written.length - 1 - written.findLastIndex((m) => m.sender_type === 'executive');
    const waiting =
      plan === 'waiting_fresh' || plan === 'waiting_breached' || plan === 'unassigned';
    const waitingSince = waiting ? written[written.length - trailing].created_at : null;
    const kind = lastExec ? 'next_reply' : 'first_reply';
    const limit =
      kind === 'first_reply' ? settings.sla.first_reply_seconds : settings.sla.next_reply_seconds;
    const dueAt = waitingSince
      ? new Date(Date.parse(waitingSince) + limit * 1000).toISOString()
      : null;
    const status = plan.startsWith('resolved')
      ? 'resolved'
      : plan.startsWith('pending')
        ? 'pending'
        : 'active';
    const resolvedAt =
      status === 'resolved'
        ? new Date(Date.parse(last.created_at) + 5 * MINUTE).toISOString()
        : null;
    insertChat.run({
      chat_id: chatId,
      customer_number: subject.number,
      customer_name: subject.name,
      stakeholder: subject.stakeholder,
      status,
      assigned_executive_id: executive?.executive_id ?? null,
      last_message: JSON.stringify(previewOf(last)),
      last_customer_message_at: lastThem?.created_at ?? null,
      last_executive_reply_at: lastExec?.created_at ?? null,
      unread_count: waiting ? trailing : 0,
      needs_reply: Number(waiting),
      waiting_since: waitingSince,
      sla_kind: waiting ? kind : null,
      sla_due_at: dueAt,
      resolved_at: resolvedAt,
      created_at: written[0].created_at,
      updated_at: resolvedAt ?? last.created_at,
      version: written.length + 1,
    });
    for (const tag of script.tags) {
      insertTag.run(chatId, tag, written[0].created_at);
    }
    if (index % 7 === 3) {
      insertTag.run(chatId, 'Escalated', last.created_at);
    }
    if (executive && index % 3 === 0) {
      insertNote.run(
        `note_s${index + 1}a`,
        chatId,
        noteText(script.topic, subject),
        executive.executive_id,
        executive.name,
        last.created_at,
      );
    }
    if (waitingSince && dueAt) {
      const warnAt = Date.parse(dueAt) - settings.sla.warning_seconds * 1000;
      if (warnAt <= now.getTime()) {
        insertAlert.run(
          `sla_s${index + 1}w`,
          chatId,
          executive?.executive_id ?? null,
          'warning',
          kind,
          waitingSince,
          dueAt,
          new Date(warnAt).toISOString(),
        );
      }
      if (Date.parse(dueAt) <= now.getTime()) {
        insertAlert.run(
          `sla_s${index + 1}b`,
          chatId,
          executive?.executive_id ?? null,
          'breach',
          kind,
          waitingSince,
          dueAt,
          dueAt,
        );
      }
    }
    if (status === 'resolved' && executive && index % 2 === 0) {
      insertRating.run(
        chatId,
        prng.int(3, 5),
        prng.pick([null, 'Quick help, thanks', 'Driver was polite']),
        executive.executive_id,
        resolvedAt,
      );
    }
  });
}

function bookingFill(
  people: SeededPeople,
  customerNumber: string | null,
  driverId: string | null,
): Record<string, string> {
  const booking = people.bookings.find((b) =>
    customerNumber ? b.customer_number === customerNumber : b.driver_id === driverId,
  );
  if (!booking) {
    return { amount: '₹1,250' };
  }
  const driver = people.drivers.find((d) => d.driver_id === booking.driver_id);
  return {
    booking: booking.display_booking_id,
    from: booking.pickup_city,
    to: booking.drop_city,
    fare: `₹${booking.fare.toLocaleString('en-IN')}`,
    amount: `₹${Math.round(booking.fare * 0.3).toLocaleString('en-IN')}`,
    driver: driver?.name ?? 'the driver',
    cab: driver?.cab_number ?? 'the cab',
  };
}

function fillText(text: string, subject: ChatSubject): string {
  return text.replace(/\{(\w+)\}/g, (_, key: string) =>
    key === 'name'
      ? subject.name.split(' ')[0]
      : (subject.fill[key] ?? (key === 'booking' ? 'my booking' : key)),
  );
}

function seededTemplate(
  db: Db,
  templates: TemplateCatalog,
  subject: ChatSubject,
  now: Date,
): { text: string; template: Message['template'] } {
  const params = templateParamsOf(
    contactContext(db, subject.number, now, subject.name),
    paymentLinkFor(subject.number),
  );
  const preferred =
    subject.stakeholder === 'driver'
      ? ['partner_payment_due', 'driver_follow_up']
      : ['payment_reminder', 'conversation_follow_up'];
  for (const name of preferred) {
    const template = templates.byName(name);
    if (template && template.variables.every((variable) => params[variable])) {
      return {
        text: renderTemplate(template, params),
        template: { template_id: template.template_id, name: template.name },
      };
    }
  }
  return {
    text: `Hi ${subject.name.split(' ')[0]}, we are following up on your query.`,
    template: null,
  };
}

function noteText(topic: string, subject: ChatSubject): string {
  const booking = subject.fill['booking'] ?? 'the booking';
  const notes: Record<string, string> = {
    refund: `Refund for ${booking} raised with accounts, ticket RF-${subject.number.slice(-4)}.`,
    driver_late: `Called the driver twice for ${booking}; he confirmed he is on the way.`,
    payment_dues: 'Partner promised to clear dues by Friday. Do not unblock before payment.',
    documents: 'RC uploaded; verification team informed.',
  };
  return notes[topic] ?? `Customer is a repeat traveller. Check ${booking} before replying.`;
}

function round(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
