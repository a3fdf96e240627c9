import assert from 'node:assert/strict';

import type { RunningStack } from '../stack';
import { assertAckError, barrier, emitRaw, record, writes, type ClientSocket } from './harness';

/** A malformed client event: its name, its arguments, the error code and field its refusal names. */
export type RefusedEmit = [event: string, args: unknown[], code: string, field?: string];

/**
 * Sends each case from `sender` and checks that the gateway refuses it with its code and field,
 * writes nothing, and broadcasts none of the write events to `watcher`.
 */
export async function assertEmitsRefused(
  stack: RunningStack,
  sender: ClientSocket,
  watcher: ClientSocket,
  cases: readonly RefusedEmit[],
): Promise<void> {
  const events = record(watcher);
  const before = writes(stack);
  for (const [event, args, code, field] of cases) {
    assertAckError(await emitRaw(sender, event, ...args), code, field);
  }
  assert.equal(writes(stack), before);
  await barrier(watcher);
  for (const event of [
    'new_message',
    'tag_updated',
    'chat_reassigned',
    'note_added',
    'executive_status',
  ] as const) {
    assert.equal(events.of(event).length, 0, `no ${event} after refused requests`);
  }
}
