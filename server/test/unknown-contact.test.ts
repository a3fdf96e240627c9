import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';

import type { ChatGptResponse, SendWhatsappTemplateResponse } from '../../src/contract';
import { clearStandInNames, openDatabase } from '../db/database';
import {
  ASHA,
  type TestStack,
  closeSockets,
  connectAs,
  http,
  nextEvent,
  signIn,
  startTestStack,
} from './harness';

describe('a number nobody knows', () => {
  let stack: TestStack;
  let token: string;
  let api: string;
  before(async () => {
    stack = await startTestStack();
    token = await signIn(stack, ASHA);
    api = `${stack.urls.pySmartChat}/api`;
  });
  after(async () => {
    closeSockets();
    await stack.dispose();
  });

  it('gets no stand-in name, is greeted plainly, and is named by its first profile name', async () => {
    const asha = await connectAs(stack, ASHA);
    const assigned = nextEvent(asha, 'chat_assigned', (a) => a.customer_number === '+919811105678');
    const first = stack.injectInbound({ from: '+919811105678', text: 'Where is my refund?' });
    assert.equal(first.chat.customer_name, '');
    assert.equal(first.message.sender_name, '');
    assert.equal((await assigned).customer_name, '');
    const customer = stack.db
      .prepare('SELECT name FROM customers WHERE customer_number = ?')
      .get('+919811105678') as { name: string };
    assert.equal(customer.name, '');

    const suggested = await http<ChatGptResponse>(`${api}/chats/chat_gpt`, {
      token,
      body: { chat_id: first.chat.chat_id },
    });
    assert.match(suggested.body.suggestion, /^Hello, /);
    assert.doesNotMatch(suggested.body.suggestion, /WhatsApp/);

    const query = new URLSearchParams({ to: '+919811105678', name: 'conversation_follow_up' });
    const sent = await http<SendWhatsappTemplateResponse>(
      `${api}/chats/send_whatsapp_template?${query}`,
      { token },
    );
    assert.equal(sent.status, 200, JSON.stringify(sent.body));
    const template = stack.ctx.messages.recent(first.chat.chat_id, 1)[0];
    assert.match(template.text ?? '', /^Hi, we are following up/);

    const named = stack.injectInbound({
      from: '+919811105678',
      text: 'Thanks',
      name: 'Meena Iyer',
    });
    assert.equal(named.chat.customer_name, 'Meena Iyer');
    assert.equal(named.message.sender_name, 'Meena Iyer');
    const renamed = stack.injectInbound({
      from: '+919811105678',
      text: 'Ok',
      name: 'Someone Else',
    });
    assert.equal(renamed.chat.customer_name, 'Meena Iyer', 'a known name stays');
  });

  it('takes a stand-in profile name for no name, as the console does', () => {
    const first = stack.injectInbound({
      from: '+919811104321',
      text: 'Cab not arrived',
      name: 'WhatsApp 98111 04321',
    });
    assert.equal(first.chat.customer_name, '');
    assert.equal(first.message.sender_name, '');
    const again = stack.injectInbound({ from: '+919811104321', text: 'Hello?', name: '+91 98111' });
    assert.equal(again.chat.customer_name, '', 'a bare number is no name either');
    const named = stack.injectInbound({ from: '+919811104321', text: 'Ok', name: 'Kiran Rao' });
    assert.equal(named.chat.customer_name, 'Kiran Rao');
  });
});

describe('stand-in names stored by earlier stacks', () => {
  it('are emptied when the stack opens the file, once, leaving real names alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ccc-stand-in-'));
    const file = join(dir, 'stack.sqlite');
    try {
      let db = openDatabase(file);
      const at = '2026-01-01T00:00:00Z';
      const chat = db.prepare(
        `INSERT INTO chats (chat_id, customer_number, customer_name, stakeholder, status, created_at, updated_at)
         VALUES (?, ?, ?, 'customer', 'active', '${at}', '${at}')`,
      );
      chat.run('chat_unknown', '+919811105678', 'WhatsApp 5678');
      chat.run('chat_named', '+919811101234', 'WhatsApp Support Fan');
      // Not the last four digits: the console reads any "WhatsApp <digits>" as no name.
      chat.run('chat_other', '+919811109999', 'WhatsApp 1234');
      chat.run('chat_full', '+919811108888', ' whatsapp +91 98111 08888 ');
      chat.run('chat_number', '+919811107777', '9811107777');
      chat.run('chat_hindi', '+919811106666', 'सुनीता शर्मा 2');
      db.prepare(
        `INSERT INTO customers (customer_number, name, email, city, created_at)
         VALUES ('+919811105678', 'WhatsApp 5678', NULL, 'Unknown', '${at}'),
                ('+919811108888', 'WHATSAPP 9811108888', NULL, 'Unknown', '${at}')`,
      ).run();
      const message = db.prepare(
        `INSERT INTO messages (message_id, chat_id, sender_type, sender_id, sender_name, message_type, text, status, created_at)
         VALUES (?, 'chat_unknown', ?, ?, ?, 'text', 'Hi', 'delivered', '${at}')`,
      );
      message.run('msg_customer', 'customer', '+919811105678', 'WhatsApp 5678');
      message.run('msg_driver', 'driver', '+919811105678', 'WhatsApp 98111 05678');
      message.run('msg_executive', 'executive', 'exec_5678', 'WhatsApp 5678');
      db.close();

      db = openDatabase(file);
      const names = db.prepare('SELECT chat_id, customer_name FROM chats ORDER BY chat_id').all();
      assert.deepEqual(names, [
        { chat_id: 'chat_full', customer_name: '' },
        { chat_id: 'chat_hindi', customer_name: 'सुनीता शर्मा 2' },
        { chat_id: 'chat_named', customer_name: 'WhatsApp Support Fan' },
        { chat_id: 'chat_number', customer_name: '' },
        { chat_id: 'chat_other', customer_name: '' },
        { chat_id: 'chat_unknown', customer_name: '' },
      ]);
      const senders = db.prepare(
        'SELECT message_id, sender_name FROM messages ORDER BY message_id',
      );
      assert.deepEqual(senders.all(), [
        { message_id: 'msg_customer', sender_name: '' },
        { message_id: 'msg_driver', sender_name: '' },
        { message_id: 'msg_executive', sender_name: 'WhatsApp 5678' },
      ]);
      const customer = db.prepare('SELECT name FROM customers WHERE customer_number = ?');
      assert.deepEqual(customer.get('+919811105678'), { name: '' });
      assert.deepEqual(customer.get('+919811108888'), { name: '' });
      const found = db
        .prepare('SELECT rowid FROM chats_fts WHERE chats_fts MATCH \'"WhatsApp 5678"\'')
        .all();
      assert.deepEqual(found, [], 'the search forgets the stand-in too');
      assert.equal(clearStandInNames(db), 0, 'a second run changes nothing');
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
