import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

import type { Message } from '../../src/contract';
import { TrafficSimulator } from '../sim/traffic-simulator';
import {
  ASHA,
  SUPERVISOR,
  assertApiError,
  closeSockets,
  connectAs,
  http,
  nextEvent,
  startTestStack,
  stopTestStack,
  writes,
  type TestStack,
} from './harness';

const run = promisify(execFile);

/** Polls a condition that a socket closing makes true a moment later. */
async function waitUntil(condition: () => Promise<boolean>): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await condition()) {
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.fail('The condition did not hold within 2 s.');
}

/** A POST with a chosen Host header (fetch does not let a caller set it). */
function postWithHost(
  url: string,
  host: string,
  body: unknown,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          Host: host,
          'Content-Type': 'application/json',
          'Content-Length': Buffer.byteLength(payload),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(payload);
  });
}

describe('traffic simulator and inject command', () => {
  let stack: TestStack;
  before(async () => (stack = await startTestStack()));
  after(() => stopTestStack(stack));

  it('makes customers and drivers write in, typing first', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    const simulator = new TrafficSimulator(stack.ctx, 600, () => undefined, 7);
    const messages = stack.db.prepare('SELECT COUNT(*) AS n FROM messages').pluck();
    const before = messages.get() as number;
    const inbound = nextEvent(
      supervisor,
      'new_message',
      (m) => m.sender_type === 'customer' || m.sender_type === 'driver',
      10_000,
    );
    simulator.start();
    try {
      const message = await inbound;
      assert.ok(message.text || message.media || message.location);
    } finally {
      simulator.stop();
    }
    for (let i = 0; i < 20; i++) {
      simulator.writeOne();
    }
    assert.ok((messages.get() as number) >= before + 21);
  });

  it('injects an inbound message over loopback HTTP, live, once per WhatsApp id', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    const url = `${stack.urls.pySmartChat}/dev/inject`;
    const live = nextEvent(supervisor, 'new_message', (m) => m.text === 'Where is my cab?');
    const first = await http<{ message: Message; duplicate: boolean }>(url, {
      body: { number: '+919812300001', text: 'Where is my cab?', client_message_id: 'wamid.x' },
    });
    assert.equal(first.status, 200);
    assert.equal((await live).message_id, first.body.message.message_id);
    const second = await http<{ message: Message; duplicate: boolean }>(url, {
      body: { number: '+919812300001', text: 'Where is my cab?', client_message_id: 'wamid.x' },
    });
    assert.equal(second.body.duplicate, true);
    assert.equal(second.body.message.message_id, first.body.message.message_id);
    const photo = await http<{ message: Message }>(url, {
      body: { number: '9812300001', type: 'image', text: 'Cab photo' },
    });
    assert.equal(photo.body.message.media?.mime_type, 'image/png');
    const writesBefore = writes(stack);
    assertApiError(await http(url, { body: {} }), 400, 'validation_failed', 'number');
    assertApiError(
      await http(url, { body: { number: 'abc', text: 'x' } }),
      400,
      'invalid_number',
      'number',
    );
    assertApiError(
      await http(url, { body: { number: '+919812300001' } }),
      400,
      'validation_failed',
      'text',
    );
    assertApiError(
      await http(url, { body: { number: '+919812300001', type: 'sticker' } }),
      400,
      'validation_failed',
      'type',
    );
    assert.equal(writes(stack), writesBefore);
  });

  it('injects a batch, checked whole before any message is written', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    const url = `${stack.urls.pySmartChat}/dev/inject`;
    const writesBefore = writes(stack);
    assertApiError(
      await http(url, {
        body: { messages: [{ number: '+919812300002', text: 'One' }, { number: '+919812300002' }] },
      }),
      400,
      'validation_failed',
      'messages.1.text',
    );
    assertApiError(
      await http(url, { body: { messages: [] } }),
      400,
      'validation_failed',
      'messages',
    );
    assert.equal(writes(stack), writesBefore);
    const texts = ['Batch one', 'Batch two', 'Batch three'];
    const live = Promise.all(
      texts.map((text) => nextEvent(supervisor, 'new_message', (m) => m.text === text)),
    );
    const batch = await http<{ results: { message: Message }[] }>(url, {
      body: { messages: texts.map((text) => ({ number: '+919812300002', text })) },
    });
    assert.equal(batch.status, 200);
    const delivered = await live;
    assert.deepEqual(
      delivered.map((m) => m.message_id),
      batch.body.results.map((r) => r.message.message_id),
    );
    assert.deepEqual(
      batch.body.results.map((r) => r.message.seq),
      [0, 1, 2].map((i) => batch.body.results[0].message.seq + i),
    );
  });

  it('injects only through a loopback Host name (no DNS rebinding)', async () => {
    const url = `${stack.urls.pySmartChat}/dev/inject`;
    const port = new URL(url).port;
    const writesBefore = writes(stack);
    for (const host of [
      'evil.example',
      `evil.example:${port}`,
      'localhost.evil.example',
      '127.0.0.2',
    ]) {
      const refused = await postWithHost(url, host, { number: '+919812300003', text: 'Rebound' });
      assert.equal(refused.status, 403, `Host ${host}`);
      assert.equal((refused.body as { error: { code: string } }).error.code, 'forbidden');
    }
    assert.equal(writes(stack), writesBefore);
    for (const host of [`localhost:${port}`, 'LOCALHOST', `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const accepted = await postWithHost(url, host, {
        number: '+919812300003',
        text: `Via ${host}`,
      });
      assert.equal(accepted.status, 200, host);
    }
  });

  it('says over loopback who round-robin would give a new chat to, as consoles come and go', async () => {
    const url = `${stack.urls.pySmartChat}/dev/online`;
    const online = async () => (await http<{ executives: string[] }>(url)).body.executives;
    closeSockets();
    await waitUntil(async () => !(await online()).includes(ASHA.executive_id));
    const socket = await connectAs(stack, ASHA);
    assert.ok((await online()).includes(ASHA.executive_id));
    socket.close();
    await waitUntil(async () => !(await online()).includes(ASHA.executive_id));
  });

  it('runs the inject command against the running stack', async () => {
    const supervisor = await connectAs(stack, SUPERVISOR);
    const live = nextEvent(
      supervisor,
      'new_message',
      (m) => m.text === 'Sent from the command line',
      30_000,
    );
    const { stdout } = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        'server/inject.ts',
        '--url',
        stack.urls.pySmartChat,
        '--number',
        '+919812300002',
        '--text',
        'Sent from the command line',
      ],
      { cwd: process.cwd() },
    );
    assert.match(stdout, /^Delivered msg_\w+ \(seq \d+\) to chat chat_\w+/);
    assert.equal((await live).sender_type, 'customer');
  });
});
