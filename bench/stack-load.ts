import { io as connectSocket, type Socket } from 'socket.io-client';

import { STACK_URL, benchChatId, benchChatNumber } from './bench-env';
import { inject, percentile, sleep, staffToken } from './traffic';
import { DEMO_LOGINS } from '../server/seed/demo-staff';

export interface StackLoadResult {
  consoles: number;
  /** Every console sending its next message as soon as the last is acknowledged. */
  saturated: {
    seconds: number;
    acked: number;
    perSecond: number;
    p50: number;
    p95: number;
    errors: number;
  };
  /** All consoles together at a fixed rate. */
  paced: { rate: number; seconds: number; acked: number; p50: number; p95: number; errors: number };
  /** new_message events the consoles received while saturated. */
  deliveredEvents: number;
}

interface Console {
  socket: Socket;
  chatId: string;
}

function connect(token: string): Promise<Socket> {
  const socket = connectSocket(STACK_URL, {
    path: '/ws',
    transports: ['websocket'],
    query: { token },
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/**
 * `count` consoles (socket.io clients with executive tokens, dealt round robin to the four demo
 * executives), each replying in one of its executive's chats: first as fast as acknowledgements
 * come back, then at a fixed total rate.
 */
export async function measureStackLoad(
  count: number,
  options: { saturateSeconds: number; rate: number; pacedSeconds: number },
): Promise<StackLoadResult> {
  const executives = DEMO_LOGINS.filter((login) => login.role === 'executive');
  const tokens = await Promise.all(executives.map((e) => staffToken(e.email, e.password)));
  const consoles: Console[] = [];
  for (let i = 0; i < count; i++) {
    const e = i % executives.length;
    // The seed deals benchmark chat i to executive i % 4 (every tenth unassigned).
    const index = 8000 + 20 * Math.floor(i / executives.length) + e;
    // A customer message first, so the WhatsApp window is open for free-form replies.
    await inject({ number: benchChatNumber(index), text: 'Please call me back.' });
    consoles.push({ socket: await connect(tokens[e]), chatId: benchChatId(index) });
  }
  let delivered = 0;
  for (const c of consoles) {
    c.socket.on('new_message', () => delivered++);
  }
  let serial = 0;
  const send = async (c: Console): Promise<number | null> => {
    const started = performance.now();
    const ack = (await c.socket
      .timeout(10_000)
      .emitWithAck('send_message', {
        chat_id: c.chatId,
        client_message_id: `load-${serial++}`,
        message: 'Your cab is on the way.',
      })
      .catch(() => null)) as { ok: boolean } | null;
    return ack?.ok ? performance.now() - started : null;
  };

  const saturatedLatencies: number[] = [];
  let saturatedErrors = 0;
  const until = Date.now() + options.saturateSeconds * 1000;
  const started = Date.now();
  await Promise.all(
    consoles.map(async (c) => {
      while (Date.now() < until) {
        const ms = await send(c);
        if (ms === null) {
          saturatedErrors++;
        } else {
          saturatedLatencies.push(ms);
        }
      }
    }),
  );
  const saturatedSeconds = (Date.now() - started) / 1000;
  const deliveredEvents = delivered;
  await sleep(1_000);

  const pacedLatencies: number[] = [];
  let pacedErrors = 0;
  const total = options.rate * options.pacedSeconds;
  const pending: Promise<void>[] = [];
  const begin = Date.now();
  for (let n = 0; n < total; n++) {
    const due = begin + (n / options.rate) * 1000;
    const wait = due - Date.now();
    if (wait > 0) {
      await sleep(wait);
    }
    pending.push(
      send(consoles[n % consoles.length]).then((ms) => {
        if (ms === null) {
          pacedErrors++;
        } else {
          pacedLatencies.push(ms);
        }
      }),
    );
  }
  await Promise.all(pending);
  for (const c of consoles) {
    c.socket.close();
  }
  return {
    consoles: count,
    saturated: {
      seconds: saturatedSeconds,
      acked: saturatedLatencies.length,
      perSecond: saturatedLatencies.length / saturatedSeconds,
      p50: percentile(saturatedLatencies, 50),
      p95: percentile(saturatedLatencies, 95),
      errors: saturatedErrors,
    },
    paced: {
      rate: options.rate,
      seconds: options.pacedSeconds,
      acked: pacedLatencies.length,
      p50: percentile(pacedLatencies, 50),
      p95: percentile(pacedLatencies, 95),
      errors: pacedErrors,
    },
    deliveredEvents,
  };
}
