import assert from 'node:assert/strict';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';

import { READ_ONLY_CALLS, runProbe, type ProbeConfig } from '../../scripts/probe';
import { REST_ENDPOINTS } from '../../src/contract';
import { SUPERVISOR, startTestStack, type TestStack } from './harness';

function configOf(stack: TestStack, rateUrl?: string): ProbeConfig {
  const { pySmartChat, nodeAdmin, webApi, partnerEnrol } = stack.urls;
  return {
    pySmartChatUrl: `${pySmartChat}/`,
    pySmartChatUrlForChat: pySmartChat,
    pySmartChatV2AuthUrl: `${pySmartChat}/api/auth/login`,
    pySmartChatV2RateUrl: rateUrl ?? `${pySmartChat}/api/chats`,
    nodejsOnewayAdminUrl: `${nodeAdmin}/`,
    webApiURL: `${webApi}/`,
    partnerEnrollApi: `${partnerEnrol}/`,
  };
}

/** A proxy in front of PySmartChat that rewrites one field of the `fetchRides` answer. */
function startRewritingProxy(target: string): Promise<Server> {
  const server = createServer((req, res) => {
    const upstream = request(`${target}${req.url}`, { method: req.method, headers: req.headers });
    upstream.on('response', (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        let body = Buffer.concat(chunks).toString('utf8');
        if (req.url?.endsWith('/rides') && answer.statusCode === 200) {
          const rides = JSON.parse(body) as { customer_number: unknown };
          rides.customer_number = 919800000000;
          body = JSON.stringify(rides);
        }
        res.writeHead(answer.statusCode ?? 502, { 'content-type': 'application/json' });
        res.end(body);
      });
    });
    req.pipe(upstream);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('npm run probe', () => {
  let stack: TestStack;

  before(async () => (stack = await startTestStack()));

  after(() => stack.dispose());

  it('only ever reads', () => {
    for (const name of READ_ONLY_CALLS) {
      if (name in REST_ENDPOINTS) {
        assert.ok(REST_ENDPOINTS[name as keyof typeof REST_ENDPOINTS].readOnly, name);
      }
    }
    for (const write of ['send_message', 'rateChat', 'updateDCOStatusByFreelancer', 'logout']) {
      assert.ok(!READ_ONLY_CALLS.has(write as never), write);
    }
  });

  it('finds no difference between the local stack and the contract', async () => {
    const results = await runProbe(configOf(stack), SUPERVISOR);
    const differing = results.filter((result) => result.outcome !== 'ok');
    assert.deepEqual(differing, []);
    const names = results.map((result) => result.name);
    for (const expected of [
      'config',
      'fetch_all_chats',
      'fetchRides',
      'getPartner',
      'partnerStats',
    ]) {
      assert.ok(names.includes(expected), `${expected} was probed`);
    }
  });

  it('reports a changed field with its path and value', async () => {
    const proxy = await startRewritingProxy(stack.urls.pySmartChat);
    try {
      const { port } = proxy.address() as AddressInfo;
      const results = await runProbe(
        configOf(stack, `http://127.0.0.1:${port}/api/chats`),
        SUPERVISOR,
      );
      const rides = results.find((result) => result.name === 'fetchRides');
      assert.equal(rides?.outcome, 'differs');
      assert.deepEqual(rides?.details, ['fetchRides.customer_number: expected string, got number']);
      const others = results.filter((result) => result.name !== 'fetchRides');
      assert.ok(others.every((result) => result.outcome === 'ok'));
    } finally {
      await new Promise((resolve) => proxy.close(resolve));
    }
  });
});
