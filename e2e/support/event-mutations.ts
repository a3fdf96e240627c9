import type { ServerEventName } from '../../src/contract';
import { SERVER_EVENTS, SERVER_EVENT_SCHEMAS, checkPayload } from '../../src/contract';
import { SERVER_EVENT_SAMPLES } from '../../src/app/core/realtime/testing/gateway-fixtures';

/** One crafted server event and whether the contract allows it. */
export interface EventCase {
  event: ServerEventName;
  /** What was done to the well-formed sample, for failure messages. */
  change: string;
  payload: unknown;
  /** Whether the payload breaks the contract (the console must drop it). */
  malformed: boolean;
}

/** Long enough to stress layout and storage, short enough to keep a run quick. */
const HUGE = 'Ω'.repeat(16 * 1024);

const WHOLE: readonly [string, unknown][] = [
  ['null payload', null],
  ['number payload', 42],
  ['string payload', 'new_message'],
  ['array payload', []],
  ['empty object', {}],
  ['boolean payload', true],
];

const FIELD: readonly [string, (value: unknown) => unknown][] = [
  ['removed', () => undefined],
  // The wrong kind of value: a number where text belongs, an object where anything else does.
  ['wrong type', (value) => (typeof value === 'string' ? 12345 : { nested: true })],
  ['huge string', () => HUGE],
];

function mutateField(sample: Record<string, unknown>, key: string, value: unknown): object {
  const copy: Record<string, unknown> = { ...sample };
  if (value === undefined) {
    delete copy[key];
  } else {
    copy[key] = value;
  }
  return copy;
}

function unknownIds(sample: Record<string, unknown>, tag: string): object {
  const copy: Record<string, unknown> = { ...sample };
  for (const key of Object.keys(copy)) {
    if (key.endsWith('_id') && typeof copy[key] === 'string') {
      copy[key] = `unknown-${tag}-${key}`;
    }
  }
  return copy;
}

/**
 * Every server event, broken every way a faulty or hostile gateway could: the whole payload of the
 * wrong kind, each top-level field removed or of the wrong type or huge, the first item of each
 * list broken, and well-formed payloads about chats, messages and people that do not exist.
 * `chatId` is put into chat-bound events, so the open conversation receives them too.
 */
export function malformedEventCases(chatId: string): EventCase[] {
  const cases: { event: ServerEventName; change: string; payload: unknown }[] = [];
  for (const event of SERVER_EVENTS) {
    const sample = SERVER_EVENT_SAMPLES[event] as unknown as Record<string, unknown>;
    for (const [change, payload] of WHOLE) {
      cases.push({ event, change, payload });
    }
    for (const key of Object.keys(sample)) {
      for (const [kind, make] of FIELD) {
        cases.push({
          event,
          change: `${key} ${kind}`,
          payload: mutateField(sample, key, make(sample[key])),
        });
      }
      const value = sample[key];
      if (Array.isArray(value) && value.length > 0) {
        cases.push({
          event,
          change: `${key}[0] null`,
          payload: mutateField(sample, key, [null, ...value.slice(1)]),
        });
      }
    }
    cases.push({ event, change: 'unknown ids', payload: unknownIds(sample, event) });
    if ('chat_id' in sample) {
      cases.push({
        event,
        change: 'open chat, huge strings',
        payload: { ...sample, chat_id: chatId, ...hugeStrings(sample) },
      });
    }
  }
  return cases.map((c) => ({
    ...c,
    malformed: checkPayload(SERVER_EVENT_SCHEMAS[c.event], c.payload, c.event) !== null,
  }));
}

function hugeStrings(sample: Record<string, unknown>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of ['text', 'customer_name', 'content', 'author_name', 'sender_name', 'preview']) {
    if (typeof sample[key] === 'string') {
      out[key] = HUGE;
    }
  }
  return out;
}
