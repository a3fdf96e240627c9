import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';

import type { DashboardStats, NotesResponse } from '../../src/contract';
import { createAdjustableClock, startOfDayIso } from '../domain/clock';
import {
  ASHA,
  SUPERVISOR,
  closeSockets,
  connect,
  emitAck,
  http,
  nextEvent,
  nodeSignIn,
  okData,
  signIn,
  startTestStack,
} from './harness';

describe('restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'stack-restart-'));
  const dbFile = join(dir, 'stack.db');
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps everything when the server stops and starts again on the same file', async () => {
    const clock = createAdjustableClock();
    const options = {
      dbFile,
      clock,
      settings: { sla: { first_reply_seconds: 120, warning_seconds: 60 } },
    };
    const first = await startTestStack(options);
    const token = await signIn(first, ASHA);
    const nodeToken = await nodeSignIn(first, ASHA);
    const asha = await connect(first, token);
    const { chat } = first.injectInbound({
      from: '+919876500001',
      text: 'Before the restart',
      name: 'Restart Customer',
    });
    const reply = okData(
      await emitAck(asha, 'send_message', {
        chat_id: chat.chat_id,
        client_message_id: 'keep-1',
        message: 'Noted',
      }),
    );
    okData(await emitAck(asha, 'apply_tag', { chat_id: chat.chat_id, tag: 'Refund' }));
    const note = okData(
      await emitAck(asha, 'add_note', { chat_id: chat.chat_id, content: 'Survives restarts' }),
    );
    const waiting = first.injectInbound({ from: '+919876500002', text: 'Still waiting' }).chat;
    clock.advance(121_000);
    const raised = first.sla.check().filter((alert) => alert.chat_id === waiting.chat_id);
    assert.deepEqual(
      raised.map((alert) => alert.level),
      ['breach'],
    );
    const counts = (stack: typeof first) =>
      stack.db
        .prepare(
          'SELECT (SELECT COUNT(*) FROM chats) AS chats, (SELECT COUNT(*) FROM messages) AS messages, (SELECT COUNT(*) FROM customers) AS customers',
        )
        .get();
    const before = counts(first);
    const chatBefore = first.ctx.chats.get(chat.chat_id);
    closeSockets();
    await first.stop();

    const second = await startTestStack(options);
    try {
      assert.deepEqual(counts(second), before, 'the seed does not run again and nothing is lost');
      assert.deepEqual(second.ctx.chats.get(chat.chat_id), chatBefore);
      const templates = await http(
        `${second.urls.pySmartChat}/api/templates?stakeholder=customer`,
        { token },
      );
      assert.equal(templates.status, 200, 'a JWT issued before the restart is still valid');
      const dco = await http(`${second.urls.nodeAdmin}/getDcoDetails`, {
        token: nodeToken,
        body: { dco_id: 'DCO10001' },
      });
      assert.equal(dco.status, 200, 'a node admin token issued before the restart is still valid');
      const notes = await http<NotesResponse>(
        `${second.urls.pySmartChat}/api/chats/${chat.chat_id}/notes`,
        { token },
      );
      assert.deepEqual(notes.body.notes, [note]);
      const socket = await connect(second, token);
      const history = nextEvent(
        socket,
        'fetch_chats_by_user_response',
        (r) => r.request_id === 'after-restart',
      );
      okData(
        await emitAck(socket, 'fetch_chats_by_user', {
          request_id: 'after-restart',
          chat_id: chat.chat_id,
        }),
      );
      const page = await history;
      assert.deepEqual(
        page.messages.map((m) => m.text),
        ['Before the restart', 'Noted'],
      );
      assert.equal(page.messages[1].message_id, reply.message_id);
      const again = okData(
        await emitAck(socket, 'send_message', {
          chat_id: chat.chat_id,
          client_message_id: 'keep-1',
          message: 'Noted',
        }),
      );
      assert.equal(again.message_id, reply.message_id, 'dedupe survives the restart');
      assert.deepEqual(
        second.sla.check().filter((alert) => alert.chat_id === waiting.chat_id),
        [],
        'alerts are not raised twice',
      );
      const stats = await http<DashboardStats>(`${second.urls.pySmartChat}/api/dashboard/stats`, {
        token: await signIn(second, SUPERVISOR),
      });
      const breaches = second.db
        .prepare("SELECT COUNT(*) FROM sla_alerts WHERE level = 'breach' AND raised_at >= ?")
        .pluck()
        .get(startOfDayIso(clock.now()));
      assert.equal(stats.body.sla_breaches_today, breaches);
      assert.ok(stats.body.sla_breaches_today >= 1);
      assert.ok(
        stats.body.recent_sla_alerts?.some((alert) => alert.chat_id === waiting.chat_id),
        'the SLA feed survives the restart',
      );
      assert.ok((stats.body.day_series?.length ?? 0) > 1, 'the day so far is there');
    } finally {
      closeSockets();
      await second.stop();
    }
  });
});
