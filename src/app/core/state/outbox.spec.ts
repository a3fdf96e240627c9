import { aMessage } from '../../testing/payload-fixtures';
import { fromServer } from './message-merge';
import {
  OUTBOX_MAX_ATTEMPTS,
  OUTBOX_MAX_DELAY_MS,
  OutboxEntry,
  backoffDelay,
  KEPT_REASON,
  enqueue,
  holdAll,
  isTransient,
  nextDue,
  readOutbox,
  recordFailure,
  removeEntry,
  requeue,
  wakeAll,
  withOutbox,
} from './outbox';

const NOW = Date.parse('2026-11-25T10:00:00Z');

function anEntry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    clientMessageId: 'k1',
    chatId: 'c1',
    message: { text: 'Your cab is on the way' },
    senderId: 'e1',
    senderName: 'Asha Verma',
    createdAt: new Date(NOW).toISOString(),
    attempts: 0,
    nextAttemptAt: NOW,
    state: 'pending',
    error: null,
    ...overrides,
  };
}

const transient = { transient: true, offline: false, reason: 'No answer.' };

describe('outbox', () => {
  it('doubles the retry delay up to a cap, with jitter in the upper half', () => {
    expect(backoffDelay(1, () => 1)).toBe(1000);
    expect(backoffDelay(2, () => 1)).toBe(2000);
    expect(backoffDelay(3, () => 0)).toBe(2000);
    expect(backoffDelay(20, () => 1)).toBe(OUTBOX_MAX_DELAY_MS);
  });

  it('never queues the same client id twice', () => {
    const once = enqueue([], anEntry());
    expect(enqueue(once, anEntry({ message: { text: 'other' } })).length).toBe(1);
  });

  it('retries transient failures after the backoff and gives up on refusals', () => {
    const retried = recordFailure([anEntry()], 'k1', transient, NOW, () => 1);
    expect(retried[0]).toEqual(
      jasmine.objectContaining({ state: 'pending', attempts: 1, nextAttemptAt: NOW + 1000 }),
    );
    const refused = recordFailure(
      [anEntry()],
      'k1',
      { transient: false, offline: false, reason: 'Window closed.' },
      NOW,
    );
    expect(refused[0]).toEqual(
      jasmine.objectContaining({ state: 'failed', error: 'Window closed.' }),
    );
  });

  it('stops retrying by itself after the last automatic attempt', () => {
    const entries = [anEntry({ attempts: OUTBOX_MAX_ATTEMPTS - 1 })];
    expect(recordFailure(entries, 'k1', transient, NOW)[0].state).toBe('failed');
  });

  it('does not use an attempt when the socket was simply down', () => {
    const entries = recordFailure(
      [anEntry({ attempts: 2 })],
      'k1',
      { transient: true, offline: true, reason: 'Offline.' },
      NOW,
    );
    expect(entries[0]).toEqual(jasmine.objectContaining({ state: 'pending', attempts: 2 }));
    expect(nextDue(entries, NOW)).toBeNull();
    expect(nextDue(wakeAll(entries, NOW), NOW)?.clientMessageId).toBe('k1');
  });

  it('sends the oldest due entry first and skips failed ones', () => {
    const entries = [
      anEntry({ clientMessageId: 'late', createdAt: '2026-11-25T10:00:02.000Z' }),
      anEntry({ clientMessageId: 'early', createdAt: '2026-11-25T10:00:01.000Z' }),
      anEntry({
        clientMessageId: 'gave-up',
        createdAt: '2026-11-25T09:00:00.000Z',
        state: 'failed',
      }),
      anEntry({
        clientMessageId: 'waiting',
        createdAt: '2026-11-25T08:00:00.000Z',
        nextAttemptAt: NOW + 5000,
      }),
    ];
    expect(nextDue(entries, NOW)?.clientMessageId).toBe('early');
    expect(nextDue(entries, NOW, true)?.clientMessageId).toBe('waiting');
  });

  it('puts a failed entry back in line when the executive retries', () => {
    const entries = requeue([anEntry({ state: 'failed', attempts: 8, error: 'x' })], 'k1', NOW);
    expect(entries[0]).toEqual(
      jasmine.objectContaining({ state: 'pending', attempts: 0, error: null, nextAttemptAt: NOW }),
    );
    expect(removeEntry(entries, 'k1')).toEqual([]);
  });

  it('holds pending entries of a session that ended for the executive to retry', () => {
    const entries = holdAll(
      [anEntry(), anEntry({ clientMessageId: 'k2', state: 'failed', error: 'Refused.' })],
      KEPT_REASON,
    );
    expect(entries.map((e) => [e.state, e.error])).toEqual([
      ['failed', KEPT_REASON],
      ['failed', 'Refused.'],
    ]);
    expect(nextDue(entries, NOW, true)).toBeNull();
  });

  it('shows entries of the open chat after the history, unless the server already has them', () => {
    const held = [fromServer(aMessage({ message_id: 'm1', seq: 1, client_message_id: 'k1' }))];
    const entries = [
      anEntry({ clientMessageId: 'k1' }),
      anEntry({ clientMessageId: 'k2', state: 'failed', error: 'Refused.' }),
      anEntry({ clientMessageId: 'k3', chatId: 'other' }),
    ];
    const shown = withOutbox(held, entries, 'c1');
    expect(shown.map((m) => [m.message_id, m.local, m.local_error])).toEqual([
      ['m1', null, null],
      ['local:k2', 'failed', 'Refused.'],
    ]);
    expect(withOutbox(held, [], 'c1')).toBe(held);
  });

  it('reads back what it stored and drops malformed or expired entries', () => {
    const kept = anEntry();
    const raw = JSON.stringify([
      kept,
      { ...kept, clientMessageId: 3 },
      { ...kept, clientMessageId: 'old', createdAt: '2026-10-01T00:00:00.000Z' },
      null,
    ]);
    expect(readOutbox(raw, NOW)).toEqual([kept]);
    expect(readOutbox('{not json', NOW)).toEqual([]);
    expect(readOutbox(null, NOW)).toEqual([]);
  });

  it('retries network trouble by itself but not a refusal', () => {
    expect(isTransient('timeout')).toBeTrue();
    expect(isTransient('offline')).toBeTrue();
    expect(isTransient('validation_failed')).toBeFalse();
  });
});
