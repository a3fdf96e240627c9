import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { describe, it } from 'node:test';

import { openDatabase } from '../db/database';
import { DEFAULT_SETTINGS } from '../domain/stack-settings';
import { mp4Stub, pdfDocument, pngPhoto, wavTone } from './media-files';
import { Prng } from './prng';
import { LONG_CHAT_ID, seedIfEmpty } from './seed';

describe('seed', () => {
  it('is deterministic and realistic', () => {
    const now = new Date('2026-11-25T06:30:00.000Z');
    const snapshot = () => {
      const db = openDatabase(':memory:');
      assert.equal(seedIfEmpty(db, now, DEFAULT_SETTINGS), true);
      assert.equal(
        seedIfEmpty(db, now, DEFAULT_SETTINGS),
        false,
        'a seeded database is left alone',
      );
      const rows = {
        customers: db
          .prepare('SELECT customer_number, name, city FROM customers ORDER BY customer_number')
          .all(),
        chats: db
          .prepare(
            'SELECT chat_id, customer_number, status, assigned_executive_id FROM chats ORDER BY chat_id',
          )
          .all(),
        messages: db
          .prepare('SELECT message_id, text, message_type FROM messages ORDER BY seq')
          .all(),
      };
      const facts = {
        customers: db.prepare('SELECT COUNT(*) FROM customers').pluck().get(),
        drivers: db.prepare('SELECT COUNT(*) FROM drivers').pluck().get(),
        executives: db.prepare("SELECT COUNT(*) FROM staff WHERE role = 'executive'").pluck().get(),
        supervisors: db
          .prepare("SELECT COUNT(*) FROM staff WHERE role = 'supervisor'")
          .pluck()
          .get(),
        statuses: db.prepare('SELECT DISTINCT status FROM chats ORDER BY status').pluck().all(),
        types: db
          .prepare('SELECT DISTINCT message_type FROM messages ORDER BY message_type')
          .pluck()
          .all(),
        badNumbers: db
          .prepare(
            "SELECT COUNT(*) FROM customers WHERE customer_number NOT GLOB '+91[6-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'",
          )
          .pluck()
          .get(),
        badBookings: db
          .prepare(
            "SELECT COUNT(*) FROM bookings WHERE display_booking_id NOT GLOB 'OW[0-9][0-9][0-9][0-9][0-9][0-9][0-9]'",
          )
          .pluck()
          .get(),
        badCabs: db
          .prepare(
            "SELECT COUNT(*) FROM drivers WHERE cab_number NOT GLOB '[A-Z][A-Z][0-9][0-9][A-Z][A-Z][0-9][0-9][0-9][0-9]'",
          )
          .pluck()
          .get(),
        longestWallet: db
          .prepare(
            'SELECT MAX(n) FROM (SELECT COUNT(*) AS n FROM dco_transactions GROUP BY dco_id)',
          )
          .pluck()
          .get(),
        templateStakeholders: db
          .prepare('SELECT DISTINCT stakeholder FROM templates ORDER BY stakeholder')
          .pluck()
          .all(),
      };
      db.close();
      return { rows, facts };
    };
    const first = snapshot();
    assert.deepEqual(snapshot(), first);
    assert.deepEqual(first.facts, {
      customers: 200,
      drivers: 50,
      executives: 4,
      supervisors: 1,
      statuses: ['active', 'pending', 'resolved'],
      types: ['audio', 'document', 'image', 'location', 'template', 'text', 'video'],
      badNumbers: 0,
      badBookings: 0,
      badCabs: 0,
      longestWallet: first.facts.longestWallet,
      templateStakeholders: ['customer', 'driver'],
    });
    assert.ok((first.facts.longestWallet as number) >= 60);
  });

  it('adds benchmark chats on request', () => {
    const db = openDatabase(':memory:');
    seedIfEmpty(db, new Date(), DEFAULT_SETTINGS, { extraChats: 500 });
    assert.equal(
      db.prepare("SELECT COUNT(*) FROM chats WHERE chat_id LIKE 'chat_x%'").pluck().get(),
      500,
    );
    db.close();
  });

  it('writes one long conversation on request, newest in its list', () => {
    const db = openDatabase(':memory:');
    const now = new Date('2026-11-25T06:30:00.000Z');
    seedIfEmpty(db, now, DEFAULT_SETTINGS, { extraChats: 20, longChatMessages: 1000 });
    assert.equal(
      db.prepare('SELECT COUNT(*) FROM messages WHERE chat_id = ?').pluck().get(LONG_CHAT_ID),
      1000,
    );
    const chat = db
      .prepare(
        'SELECT assigned_executive_id, updated_at, last_message FROM chats WHERE chat_id = ?',
      )
      .get(LONG_CHAT_ID) as {
      assigned_executive_id: string;
      updated_at: string;
      last_message: string;
    };
    assert.equal(chat.assigned_executive_id, 'exec_asha');
    assert.equal(chat.updated_at, now.toISOString());
    assert.match(JSON.parse(chat.last_message).preview, /^Message 1000:/);
    assert.equal(
      db
        .prepare(
          "SELECT chat_id FROM chats WHERE assigned_executive_id = 'exec_asha' ORDER BY updated_at DESC LIMIT 1",
        )
        .pluck()
        .get(),
      LONG_CHAT_ID,
    );
    db.close();
  });

  it('draws the same numbers from the same seed', () => {
    const a = new Prng(42);
    const b = new Prng(42);
    assert.deepEqual(
      [a.int(0, 1000), a.digits(9), a.letters(2)],
      [b.int(0, 1000), b.digits(9), b.letters(2)],
    );
  });
});

describe('generated media', () => {
  it('writes a PNG whose chunks check out', () => {
    const png = pngPhoto(120, 16, 8);
    assert.equal(png.readUInt32BE(16), 16);
    assert.equal(png.readUInt32BE(20), 8);
    const idatLength = png.readUInt32BE(33);
    assert.equal(png.subarray(37, 41).toString('latin1'), 'IDAT');
    assert.equal(inflateSync(png.subarray(41, 41 + idatLength)).length, (16 * 3 + 1) * 8);
    assert.equal(png.subarray(-8, -4).toString('latin1'), 'IEND');
  });

  it('writes a PDF whose cross-reference table points at its objects', () => {
    const pdf = pdfDocument('Invoice (OW1234567)', ['Fare: Rs 2,450']).toString('latin1');
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    assert.equal(pdf.slice(xrefAt, xrefAt + 4), 'xref');
    const offsets = [...pdf.slice(xrefAt).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) =>
      Number(m[1]),
    );
    offsets.forEach((offset, index) =>
      assert.equal(pdf.slice(offset, offset + `${index + 1} 0 obj`.length), `${index + 1} 0 obj`),
    );
  });

  it('writes a WAV and an MP4 container with correct headers', () => {
    const wav = wavTone(440, 0.5);
    assert.equal(wav.subarray(8, 12).toString('latin1'), 'WAVE');
    assert.equal(wav.readUInt32LE(4), wav.length - 8);
    assert.equal(wav.readUInt32LE(24), 8000);
    const mp4 = mp4Stub();
    assert.equal(mp4.readUInt32BE(0), 24);
    assert.equal(mp4.subarray(4, 12).toString('latin1'), 'ftypisom');
  });
});
