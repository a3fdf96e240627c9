import { aMessage as message } from '../../testing/payload-fixtures';
import {
  ConversationMessage,
  fromServer,
  lastServerSeq,
  markFailed,
  markPending,
  mergeMessages,
} from './message-merge';

function optimistic(clientId: string, text: string): ConversationMessage {
  return {
    ...fromServer(message({ message_id: `local:${clientId}`, client_message_id: clientId, text })),
    sender_type: 'executive',
    local: 'pending',
  };
}

describe('message merge', () => {
  it('dedupes by message id and orders by seq', () => {
    const held = [fromServer(message({ message_id: 'm2', seq: 5 }))];
    const merged = mergeMessages(held, [
      message({ message_id: 'm1', seq: 2 }),
      message({ message_id: 'm2', seq: 5 }),
      message({ message_id: 'm3', seq: 9 }),
    ]);
    expect(merged.map((m) => m.message_id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('returns the same array when nothing changes', () => {
    const held = [fromServer(message())];
    expect(mergeMessages(held, [message()])).toBe(held);
    expect(mergeMessages(held, [])).toBe(held);
  });

  it('replaces an optimistic message by its acknowledged twin', () => {
    const held = [fromServer(message({ seq: 1 })), optimistic('k1', 'On my way')];
    const acked = message({ message_id: 'm9', client_message_id: 'k1', seq: 7, text: 'On my way' });
    const merged = mergeMessages(held, [acked]);
    expect(merged.length).toBe(2);
    expect(merged[1].message_id).toBe('m9');
    expect(merged[1].local).toBeNull();
    expect(mergeMessages(merged, [acked])).toBe(merged);
  });

  it('keeps pending messages after confirmed ones even when newer messages arrive', () => {
    const held = [optimistic('k1', 'typing a reply')];
    const merged = mergeMessages(held, [message({ message_id: 'm5', seq: 50 })]);
    expect(merged.map((m) => m.message_id)).toEqual(['m5', 'local:k1']);
  });

  it('updates the delivery status of a held message', () => {
    const held = [fromServer(message({ status: 'sent' }))];
    const merged = mergeMessages(held, [message({ status: 'read' })]);
    expect(merged[0].status).toBe('read');
  });

  it('marks a send failed and pending again for a retry', () => {
    const held = [optimistic('k1', 'hi')];
    const failed = markFailed(held, 'k1', 'No connection');
    expect(failed[0].local).toBe('failed');
    expect(failed[0].local_error).toBe('No connection');
    expect(markPending(failed, 'k1')[0].local).toBe('pending');
  });

  it('finds the last confirmed seq, skipping optimistic messages', () => {
    expect(lastServerSeq([])).toBeNull();
    const held = [fromServer(message({ seq: 4 })), optimistic('k1', 'x')];
    expect(lastServerSeq(held)).toBe(4);
  });
});
