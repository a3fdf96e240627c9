import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';

import { CLIENT_EVENTS } from '../../src/contract';
import {
  ASHA,
  assertApiError,
  closeSockets,
  connect,
  emitRaw,
  http,
  nodeSignIn,
  signIn,
  startTestStack,
  writes,
  type TestStack,
} from './harness';

/** Shapes a careless or hostile client might send in place of a proper payload. */
const JUNK: unknown[] = [
  null,
  0,
  -1,
  1e308,
  true,
  'text',
  '',
  [],
  [{}],
  {},
  { __proto__: { polluted: true } },
  JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}'),
  { chat_id: { $ne: null } },
  { chat_id: ['a', 'b'], customer_number: {}, status: 1, request_id: null },
  {
    chat_id: "chat_s001' OR 1=1 --",
    request_id: 'r',
    query: '%',
    tag: '%',
    content: '\u0000',
    message: '\uD800',
  },
  { request_id: 'r', chat_id: 'chat_s001', limit: Number.MAX_SAFE_INTEGER + 2, before_seq: -0.5 },
  {
    dco_id: 'DCO10001',
    page: 1e9,
    page_size: 1e9,
    partner_id: 'x'.repeat(5000),
    main_tag_ids: new Array(500).fill('MT01'),
  },
];

/** More shapes: control characters, deep nesting, long lists, odd numbers and keys. */
const MORE_JUNK: unknown[] = [
  '\u0000\u0001\u001f',
  '\u202e\u200b'.repeat(100),
  'ñ'.repeat(4097),
  Number.MIN_VALUE,
  -1e308,
  { request_id: 'r', chat_id: 'chat_s001', status: 'deleted', limit: -5, cursor: '%%%' },
  { request_id: 'r', chat_id: 'chat_s001', client_message_id: 'c', message: 'x'.repeat(50_000) },
  { chat_id: 'chat_s001', customer_number: '+91'.padEnd(400, '9'), status: 'resolved' },
  { chat_id: 'chat_s001', to_executive_id: 'exec_asha\u0000', reason: 1 },
  { chat_id: 'chat_s001', tag: ' '.repeat(61) },
  { chat_id: 'chat_s001', content: '' },
  { status: 'busy' },
  { email: 'asha@oneway.local', password: { $gt: '' } },
  { sso_token: 'e30.e30.' },
  { display_booking_id: ['OW1'], booking_id: 1, dco_id: null, driver_id: true },
  { partner_id: 'P1', amount: -100, phone: '0'.repeat(100) },
  { main_tag_ids: [1, null, {}], dco_id: 'DCO10001', status: 'gone', remarks: 5 },
  Array.from({ length: 2000 }, (_, i) => i),
  JSON.parse('['.repeat(300) + ']'.repeat(300)),
  JSON.parse('{"a":'.repeat(200) + '1' + '}'.repeat(200)),
  Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`k${i}`, i])),
];

/** Every malformed request and event sent by this file, and what came back. */
const tally = { requests: 0, events: 0, serverErrors: 0 };

describe('malformed input never causes a 500 or a write', () => {
  let stack: TestStack;
  let rowsBefore: Record<string, number>;
  let token: string;
  let nodeToken: string;
  let accessKey: string;
  before(async () => {
    stack = await startTestStack();
    token = await signIn(stack, ASHA);
    nodeToken = await nodeSignIn(stack, ASHA);
    const key = await http<{ access_key: string }>(`${stack.urls.webApi}/getAccessKey`, {
      token: nodeToken,
      body: { client: 'tests' },
    });
    accessKey = key.body.access_key;
    rowsBefore = rowCounts(stack);
  });
  after(async () => {
    const rowsAfter = rowCounts(stack);
    closeSockets();
    await stack.dispose();
    const total = tally.requests + tally.events;
    const rowsWritten = Object.keys(rowsAfter).reduce(
      (sum, table) => sum + Math.abs(rowsAfter[table] - (rowsBefore[table] ?? 0)),
      0,
    );
    // The figure docs/reliability.md quotes.
    console.warn(
      `Malformed input: ${total} sent (${tally.requests} HTTP requests, ${tally.events} socket events), ` +
        `${tally.serverErrors} server errors, ${rowsWritten} rows written`,
    );
    assert.ok(total >= 1000, `at least 1,000 malformed inputs, sent ${total}`);
    assert.equal(tally.serverErrors, 0);
    assert.deepEqual(rowsAfter, rowsBefore, 'no table gained or lost a row');
  });

  /** Sends one malformed HTTP request and counts it. */
  async function send(...args: Parameters<typeof http>) {
    const result = await http(...args);
    tally.requests += 1;
    if (result.status >= 500) {
      tally.serverErrors += 1;
    }
    return result;
  }

  /** Emits one malformed client event and counts it. */
  async function emit(...args: Parameters<typeof emitRaw>) {
    const ack = await emitRaw(...args);
    tally.events += 1;
    if (!ack.ok && ack.error.code === 'internal_error') {
      tally.serverErrors += 1;
    }
    return ack;
  }

  function postEndpoints(): [string, Record<string, string>][] {
    const py = { Authorization: `Bearer ${token}` };
    const node = { Authorization: `Bearer ${nodeToken}` };
    return [
      [`${stack.urls.pySmartChat}/api/auth/login`, {}],
      [`${stack.urls.pySmartChat}/api/chats/chat_gpt`, py],
      [`${stack.urls.pySmartChat}/api/chats/chat_s003/rate`, py],
      [`${stack.urls.nodeAdmin}/login`, {}],
      [`${stack.urls.nodeAdmin}/getBookingDetailsByDisplayBookingId`, node],
      [`${stack.urls.nodeAdmin}/getDriverDetailsOfBooking`, node],
      [`${stack.urls.nodeAdmin}/getDcoDetails`, node],
      [`${stack.urls.nodeAdmin}/dcoTransactionHistory`, node],
      [`${stack.urls.webApi}/getAccessKey`, node],
      [`${stack.urls.webApi}/getDriverAndCabImages`, { 'x-access-key': accessKey }],
      ...[
        'getAlternateNumbers',
        'getPartner',
        'resendPaytmPaymentLink',
        'fetchAllTagsForFreelancer',
        'fetchMainTags',
        'fetchSubTagsForMainTags',
        'updateDCOStatusByFreelancer',
      ].map((path): [string, Record<string, string>] => [
        `${stack.urls.partnerEnrol}/${path}`,
        node,
      ]),
    ];
  }

  it('refuses malformed JSON, wrong content types and huge bodies on every POST endpoint', async () => {
    const endpoints = postEndpoints();
    assert.equal(endpoints.length, 17);
    const before = writes(stack);
    for (const [url, headers] of endpoints) {
      assertApiError(await send(url, { headers, body: '{"broken": ' }), 400, 'malformed_json');
      assertApiError(
        await send(url, { headers: { ...headers, 'Content-Type': 'text/plain' }, body: '{}' }),
        415,
        'unsupported_media_type',
      );
      assertApiError(
        await send(url, {
          headers: { ...headers, 'Content-Type': 'multipart/form-data; boundary=x' },
          body: '--x--',
        }),
        415,
      );
      assertApiError(
        await send(url, { headers, body: JSON.stringify({ blob: 'x'.repeat(200_000) }) }),
        413,
        'payload_too_large',
      );
      assertApiError(
        await send(url, {
          headers: { ...headers, 'Content-Type': 'application/json; charset=latin1' },
          body: '{}',
        }),
        415,
      );
      assertApiError(await send(url, { headers, body: '"just a string"' }), 400);
      assertApiError(
        await send(url, { headers, method: 'PUT', body: {} }),
        405,
        'method_not_allowed',
      );
    }
    assert.equal(writes(stack), before);
  });

  it('answers junk bodies on every POST endpoint with 2xx or 4xx JSON, never 500, and writes nothing', async () => {
    const before = writes(stack);
    for (const [url, headers] of postEndpoints()) {
      for (const junk of JUNK) {
        const result = await send(url, { headers, body: JSON.stringify(junk) });
        assert.ok(
          result.status < 500,
          `${url} with ${JSON.stringify(junk)?.slice(0, 80)} gave ${result.status}`,
        );
        if (result.status >= 400) {
          assertApiError(result, result.status);
        }
      }
    }
    assert.equal(writes(stack), before);
    assert.equal(({} as Record<string, unknown>)['polluted'], undefined);
  });

  it('answers junk query strings and paths on every GET endpoint with 4xx JSON', async () => {
    const base = stack.urls.pySmartChat;
    const urls = [
      `${base}/api/chats/send_whatsapp_template?to[]=1&name[a]=b`,
      `${base}/api/chats/send_whatsapp_template?to=${'9'.repeat(40)}&name=x`,
      `${base}/api/whatsapp/downloadmedia/%00`,
      `${base}/api/whatsapp/downloadmedia/%ZZ`,
      `${base}/api/chats/%ZZ/context-history`,
      `${base}/api/chats/${'1'.repeat(300)}/rides`,
      `${base}/api/chats/%00/notes`,
      `${base}/api/templates?stakeholder=customer&stakeholder=driver`,
      `${base}/api/templates?stakeholder[$ne]=x`,
      `${stack.urls.webApi}/images/drivers/%2e%2e/driver.svg`,
    ];
    const before = writes(stack);
    for (const url of urls) {
      const result = await send(url, { token });
      assert.ok(result.status >= 400 && result.status < 500, `${url} gave ${result.status}`);
      assertApiError(result, result.status);
    }
    assert.equal(writes(stack), before);
  });

  it('answers junk payloads on every client event with an acknowledgement, never an internal error', async () => {
    const socket = await connect(stack, token);
    const before = writes(stack);
    let acknowledged = 0;
    for (const event of CLIENT_EVENTS) {
      for (const junk of JUNK) {
        const ack = await emit(socket, event, junk);
        acknowledged += 1;
        if (!ack.ok) {
          assert.notEqual(
            ack.error.code,
            'internal_error',
            `${event} with ${JSON.stringify(junk)?.slice(0, 80)}`,
          );
        }
      }
      const noPayload = await emit(socket, event);
      assert.ok(noPayload.ok || noPayload.error.code !== 'internal_error');
    }
    assert.equal(acknowledged, CLIENT_EVENTS.length * JUNK.length);
    assert.ok(socket.connected, 'junk does not cost the connection');
    assert.equal(writes(stack) - before, 0, 'junk writes nothing');
  });

  it('answers more junk on every POST endpoint and client event, never 500, and writes nothing', async () => {
    const socket = await connect(stack, token);
    const before = writes(stack);
    for (const junk of MORE_JUNK) {
      for (const [url, headers] of postEndpoints()) {
        const result = await send(url, { headers, body: JSON.stringify(junk) });
        assert.ok(result.status < 500, `${url} with ${JSON.stringify(junk)?.slice(0, 80)}`);
      }
      for (const event of CLIENT_EVENTS) {
        const ack = await emit(socket, event, junk);
        assert.ok(ack.ok || ack.error.code !== 'internal_error', `${event}`);
      }
    }
    assert.ok(socket.connected, 'junk does not cost the connection');
    assert.equal(writes(stack), before);
  });
});

/** Rows per table, to show that nothing was written or deleted. */
function rowCounts(stack: TestStack): Record<string, number> {
  const tables = stack.db
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(
    tables.map(({ name }) => [
      name,
      (stack.db.prepare(`SELECT COUNT(*) AS n FROM "${name}"`).get() as { n: number }).n,
    ]),
  );
}
