import { STACK_URL } from './bench-env';

/** An inbound WhatsApp message, as `POST /dev/inject` takes it. */
export interface Inbound {
  number: string;
  text: string;
}

/** Why inbound messages were refused or lost on the way, with counts (for the report). */
export const injectFailures = new Map<string, number>();

// At most this many requests open at once: a busy stack otherwise drops connections (ECONNRESET)
// rather than queueing them. Messages beyond it wait here, so a slow stack shows as a slow send.
const MAX_IN_FLIGHT = 16;
let inFlight = 0;
const waiting: (() => void)[] = [];

/** Sends one inbound message through the stack; resolves whether the stack took it. */
export async function inject(message: Inbound): Promise<boolean> {
  return (await injectBatch([message])) === 1;
}

/** Sends inbound messages as one batch; resolves how many the stack took. */
async function injectBatch(messages: readonly Inbound[]): Promise<number> {
  if (inFlight >= MAX_IN_FLIGHT) {
    await new Promise<void>((resolve) => waiting.push(resolve));
  }
  inFlight++;
  try {
    return await send(messages.length === 1 ? messages[0] : { messages }, messages.length);
  } finally {
    inFlight--;
    waiting.shift()?.();
  }
}

async function send(
  body: Inbound | { messages: readonly Inbound[] },
  count: number,
): Promise<number> {
  let failure: string;
  try {
    const response = await fetch(`${STACK_URL}/dev/inject`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    if (response.ok) {
      return count;
    }
    failure = `${response.status} ${text.slice(0, 100)}`;
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    failure = cause?.code ?? cause?.message ?? String(error);
  }
  injectFailures.set(failure, (injectFailures.get(failure) ?? 0) + count);
  return 0;
}

export interface PacedResult {
  sent: number;
  accepted: number;
  /** Wall time from the first send to the last answer. */
  seconds: number;
  /** Most messages sent and not yet answered at once (the stack falling behind). */
  maxInFlight: number;
}

/**
 * Sends `rate` inbound messages a second for `seconds`, in 10 ms ticks, without waiting for
 * answers (as customers do); `make(n)` builds message `n` (0-based). The messages due in a tick go
 * to the stack as one batch request, so the HTTP round trips of the load generator do not cap the
 * rate; the stack still writes and broadcasts each message on its own. Stops sending after three
 * times `seconds` if the stack has not taken them all by then.
 */
export async function paced(
  rate: number,
  seconds: number,
  make: (n: number) => Inbound,
  onSent?: (n: number, message: Inbound) => void,
): Promise<PacedResult> {
  const total = Math.round(rate * seconds);
  const start = Date.now();
  let sent = 0;
  let accepted = 0;
  let open = 0;
  let maxInFlight = 0;
  const answers: Promise<void>[] = [];
  // A stack that cannot keep up gets the rest of the messages dropped, not the run prolonged.
  const cutoff = start + seconds * 3000;
  while (sent < total && Date.now() < cutoff) {
    const due = Math.min(total, Math.floor(((Date.now() - start) / 1000) * rate) + 1);
    const batch: Inbound[] = [];
    while (sent < due) {
      const n = sent++;
      const message = make(n);
      onSent?.(n, message);
      batch.push(message);
    }
    if (batch.length > 0) {
      open += batch.length;
      maxInFlight = Math.max(maxInFlight, open);
      answers.push(
        injectBatch(batch).then((taken) => {
          open -= batch.length;
          accepted += taken;
        }),
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await Promise.all(answers);
  return { sent, accepted, seconds: (Date.now() - start) / 1000, maxInFlight };
}

/** The p-th percentile (0-100) of `values`, nearest rank; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) {
    return NaN;
  }
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Resolves after `ms` milliseconds. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Signs a staff member in through the REST login; returns the gateway token. */
export async function staffToken(email: string, password: string): Promise<string> {
  const response = await fetch(`${STACK_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!response.ok) {
    throw new Error(`Sign-in of ${email} refused (${response.status})`);
  }
  return ((await response.json()) as { access_token: string }).access_token;
}
