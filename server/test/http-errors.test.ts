import assert from 'node:assert/strict';
import { connect as netConnect } from 'node:net';
import { after, before, describe, it } from 'node:test';

import type { ApiErrorBody } from '../../src/contract';
import { startTestStack, type TestStack } from './harness';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: ApiErrorBody;
}

/** Writes raw bytes (in timed pieces) and reads the whole answer until the server closes. */
function raw(url: string, pieces: (string | number)[]): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = netConnect(Number(port), hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, body = ''] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(
        lines.map((line) => {
          const at = line.indexOf(':');
          return [line.slice(0, at).toLowerCase(), line.slice(at + 1).trim()];
        }),
      );
      try {
        resolve({
          status: Number(statusLine.split(' ')[1]),
          headers,
          body: JSON.parse(body) as ApiErrorBody,
        });
      } catch (error) {
        reject(new Error(`not a JSON answer: ${JSON.stringify(text)} (${String(error)})`));
      }
    });
    void (async () => {
      for (const piece of pieces) {
        if (typeof piece === 'number') {
          await new Promise((done) => setTimeout(done, piece));
        } else if (!socket.destroyed) {
          socket.write(piece);
        }
      }
    })();
  });
}

function assertJsonError(response: RawResponse, status: number, code: string): void {
  assert.equal(response.status, status, JSON.stringify(response));
  assert.match(response.headers['content-type'] ?? '', /^application\/json/);
  assert.equal(response.headers['connection'], 'close');
  assert.equal(response.body.error.code, code);
  assert.ok(response.body.error.message.length > 10);
}

describe('errors Node answers before express', () => {
  let stack: TestStack;
  before(
    async () => (stack = await startTestStack({ requestTimeoutMs: 600, headersTimeoutMs: 600 })),
  );
  after(() => stack.dispose());

  it('answers headers over 16 kB with 431 and a JSON error on every back end', async () => {
    for (const url of [stack.urls.pySmartChat, stack.urls.nodeAdmin, stack.urls.webApi]) {
      const response = await raw(url, [
        `GET /health HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
      ]);
      assertJsonError(response, 431, 'headers_too_large');
    }
  });

  it('answers a malformed request line or a non-HTTP protocol with 400 and a JSON error', async () => {
    for (const request of [
      'GARBAGE\r\n\r\n',
      'GET /health HTTP/9.9\r\nHost: localhost\r\n\r\n',
      'GET /he alth HTTP/1.1\r\nHost: localhost\r\n\r\n',
      'SSH-2.0-OpenSSH_9.6\r\n\r\n',
    ]) {
      assertJsonError(await raw(stack.urls.nodeAdmin, [request]), 400, 'bad_request');
    }
  });

  it('answers a body that trickles in beyond the request timeout with 408 and a JSON error', async () => {
    const body = JSON.stringify({ email: 'asha@oneway.local', password: 'asha123' });
    const response = await raw(stack.urls.pySmartChat, [
      'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        `Content-Length: ${body.length}\r\n\r\n`,
      ...[...body.slice(0, 10)].flatMap((char) => [char, 150]),
    ]);
    assertJsonError(response, 408, 'request_timeout');
  });

  it('answers headers that trickle in beyond the headers timeout with 408 and a JSON error', async () => {
    const response = await raw(stack.urls.webApi, [
      'GET /health HTTP/1.1\r\n',
      ...Array.from({ length: 10 }, (_, i) => [`X-Slow-${i}: x\r\n`, 150]).flat(),
    ]);
    assertJsonError(response, 408, 'request_timeout');
  });
});
