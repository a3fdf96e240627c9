import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import type {
  ContextHistoryResponse,
  DashboardStats,
  NotesResponse,
  RidesResponse,
  TemplatesResponse,
} from '../../src/contract';
import {
  ASHA,
  SUPERVISOR,
  assertApiError,
  http,
  signIn,
  startTestStack,
  stopTestStack,
  type TestStack,
} from './harness';

describe('PySmartChat REST reads: media, context history, rides, notes, templates, figures', () => {
  let stack: TestStack;
  let token: string;
  let supervisorToken: string;
  let api: string;
  before(async () => {
    stack = await startTestStack();
    token = await signIn(stack, ASHA);
    supervisorToken = await signIn(stack, SUPERVISOR);
    api = `${stack.urls.pySmartChat}/api`;
  });
  after(() => stopTestStack(stack));

  it('serves seeded media with the right content types and dispositions', async () => {
    const media = stack.db
      .prepare(
        `SELECT json_extract(media, '$.media_id') AS id, message_type AS type FROM messages
         WHERE media IS NOT NULL GROUP BY message_type`,
      )
      .all() as { id: string; type: string }[];
    const byType = Object.fromEntries(media.map((row) => [row.type, row.id]));
    const image = await http(`${api}/whatsapp/downloadmedia/${byType['image']}`, { token });
    assert.equal(image.headers.get('content-type'), 'image/png');
    assert.deepEqual(
      [...image.bytes.subarray(0, 8)],
      [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
    );
    assert.match(image.headers.get('content-disposition') ?? '', /^inline; filename=".+\.png"/);
    const pdf = await http(`${api}/whatsapp/downloadmedia/${byType['document']}`, { token });
    assert.equal(pdf.headers.get('content-type'), 'application/pdf');
    assert.equal(pdf.bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    assert.match(pdf.bytes.toString('latin1'), /%%EOF\n$/);
    assert.match(pdf.headers.get('content-disposition') ?? '', /^attachment; filename=".+\.pdf"/);
    const audio = await http(`${api}/whatsapp/downloadmedia/${byType['audio']}`, { token });
    assert.equal(audio.headers.get('content-type'), 'audio/wav');
    assert.equal(audio.bytes.subarray(0, 4).toString('latin1'), 'RIFF');
    assert.equal(audio.bytes.readUInt32LE(40), audio.bytes.length - 44);
    const video = await http(`${api}/whatsapp/downloadmedia/${byType['video']}`, { token });
    assert.equal(video.headers.get('content-type'), 'video/mp4');
    assert.equal(video.bytes.subarray(4, 8).toString('latin1'), 'ftyp');
    assert.equal(Number(video.headers.get('content-length')), video.bytes.length);
    assertApiError(
      await http(`${api}/whatsapp/downloadmedia/media_missing`, { token }),
      404,
      'not_found',
    );
  });

  it('returns the context history newest first and the rides of a customer', async () => {
    const customer = stack.db
      .prepare(
        `SELECT customer_number FROM bookings WHERE pickup_time > ? AND status != 'cancelled'
         AND customer_number IN (SELECT customer_number FROM ride_searches) LIMIT 1`,
      )
      .get(stack.clock.now().toISOString()) as { customer_number: string };
    const number = encodeURIComponent(customer.customer_number);
    const history = await http<ContextHistoryResponse>(`${api}/chats/${number}/context-history`, {
      token,
    });
    assert.equal(history.status, 200);
    assert.equal(history.body.customer_number, customer.customer_number);
    assert.ok(history.body.events.length > 0);
    const times = history.body.events.map((event) => event.created_at);
    assert.deepEqual(times, [...times].sort().reverse());
    assert.ok(
      history.body.events.some((event) => /^OW\d{7}$/.test(event.display_booking_id ?? '')),
    );
    const rides = await http<RidesResponse>(`${api}/chats/${number}/rides`, { token });
    assert.equal(rides.status, 200);
    assert.ok(rides.body.upcoming_rides.length > 0);
    assert.ok(
      rides.body.upcoming_rides.every(
        (ride) => ride.pickup_time >= stack.clock.now().toISOString().slice(0, 10),
      ),
    );
    assert.ok(rides.body.upcoming_rides.every((ride) => ride.fare >= 1500));
    assert.ok(rides.body.search_history.length > 0);
    // A ten-digit number without the country code finds the same customer.
    const short = await http<RidesResponse>(
      `${api}/chats/${customer.customer_number.slice(3)}/rides`,
      { token },
    );
    assert.equal(short.body.customer_number, customer.customer_number);
  });

  it('lists the notes of a chat and the templates per stakeholder', async () => {
    const withNote = stack.db.prepare('SELECT chat_id FROM notes LIMIT 1').get() as {
      chat_id: string;
    };
    const notes = await http<NotesResponse>(`${api}/chats/${withNote.chat_id}/notes`, { token });
    assert.equal(notes.status, 200);
    assert.ok(notes.body.notes.length >= 1);
    assert.ok(
      notes.body.notes.every(
        (note) => note.chat_id === withNote.chat_id && note.author_name.length > 0,
      ),
    );
    for (const stakeholder of ['customer', 'driver'] as const) {
      const templates = await http<TemplatesResponse>(
        `${api}/templates?stakeholder=${stakeholder}`,
        { token },
      );
      assert.equal(templates.status, 200);
      assert.ok(templates.body.templates.length >= 3);
      for (const template of templates.body.templates) {
        assert.equal(template.stakeholder, stakeholder);
        assert.ok(template.variables.length > 0);
        for (const variable of template.variables) {
          assert.ok(template.body.includes(`{{${variable}}}`));
        }
      }
    }
  });

  it('gives supervisors the dashboard figures', async () => {
    const stats = await http<DashboardStats>(`${api}/dashboard/stats`, { token: supervisorToken });
    assert.equal(stats.status, 200);
    const counts = stack.db
      .prepare(
        "SELECT SUM(status = 'active') a, SUM(status = 'pending') p, SUM(status = 'resolved') r FROM chats",
      )
      .get() as { a: number; p: number; r: number };
    assert.deepEqual(
      [stats.body.active, stats.body.pending, stats.body.resolved],
      [counts.a, counts.p, counts.r],
    );
    assert.ok(stats.body.unassigned > 0);
    assert.ok(stats.body.sla_breaches_today > 0);
    assert.equal(stats.body.executives.length, 4);
    assert.ok(stats.body.executives.every((load) => load.open_chats >= load.waiting_chats));
  });
});
