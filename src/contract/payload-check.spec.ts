import {
  ACK_DATA_SAMPLES,
  MALFORMED_SERVER_EVENTS,
  SAMPLE_CHAT,
  SAMPLE_DASHBOARD,
  SAMPLE_IMAGE_MESSAGE,
  SAMPLE_MESSAGE,
  SERVER_EVENT_SAMPLES,
} from '../app/core/realtime/testing/gateway-fixtures';
import {
  CLIENT_EVENTS,
  CLIENT_EVENT_SCHEMAS,
  ChatsSchema,
  DashboardStatsSchema,
  MAX_REASON_LENGTH,
  MessageSchema,
  SERVER_EVENTS,
  SERVER_EVENT_SCHEMAS,
  TypingPayloadSchema,
  checkPayload,
} from './index';

describe('contract payload checks', () => {
  it('has one schema per server event and per client event', () => {
    expect(Object.keys(SERVER_EVENT_SCHEMAS)).toEqual([...SERVER_EVENTS]);
    expect(Object.keys(CLIENT_EVENT_SCHEMAS)).toEqual([...CLIENT_EVENTS]);
    expect(SERVER_EVENTS.length).toBe(16);
    expect(CLIENT_EVENTS.length).toBe(13);
  });

  for (const event of SERVER_EVENTS) {
    it(`accepts a well-formed ${event} and names the broken field of a malformed one`, () => {
      const schema = SERVER_EVENT_SCHEMAS[event];
      expect(checkPayload(schema, SERVER_EVENT_SAMPLES[event], event)).toBeNull();
      const broken = MALFORMED_SERVER_EVENTS[event];
      expect(checkPayload(schema, broken.payload, event)).toContain(broken.reason);
    });
  }

  for (const event of CLIENT_EVENTS) {
    it(`accepts well-formed ${event} ack data and rejects a bare string`, () => {
      const schema = CLIENT_EVENT_SCHEMAS[event].ack;
      expect(checkPayload(schema, ACK_DATA_SAMPLES[event], event)).toBeNull();
      expect(checkPayload(schema, 'done', event)).toBe(`${event}: expected object, got string`);
    });
  }

  it('allows null in nullable fields but not a missing required one', () => {
    expect(checkPayload(MessageSchema, { ...SAMPLE_MESSAGE, text: null }, 'm')).toBeNull();
    const withoutText: Record<string, unknown> = { ...SAMPLE_MESSAGE };
    delete withoutText['text'];
    expect(checkPayload(MessageSchema, withoutText, 'm')).toBe(
      'm.text: expected string, got undefined',
    );
  });

  it('allows optional fields to be absent but checks them when present', () => {
    expect(checkPayload(MessageSchema, SAMPLE_IMAGE_MESSAGE, 'm')).toBeNull();
    const media = { ...SAMPLE_IMAGE_MESSAGE.media, duration_seconds: 'long' };
    expect(checkPayload(MessageSchema, { ...SAMPLE_IMAGE_MESSAGE, media }, 'm')).toBe(
      'm.media.duration_seconds: expected number, got string',
    );
    const typing = { chat_id: 'c', sender: 'customer', sender_name: 3 };
    expect(checkPayload(TypingPayloadSchema, typing, 't')).toBe(
      't.sender_name: expected string, got number',
    );
  });

  it('ignores fields the contract does not know', () => {
    expect(checkPayload(MessageSchema, { ...SAMPLE_MESSAGE, reactions: ['+1'] }, 'm')).toBeNull();
  });

  it('checks values, not only presence', () => {
    const notADate = { ...SAMPLE_CHAT, last_customer_message_at: 'not a date' };
    expect(checkPayload(ChatsSchema, notADate, 'room_update')).toBe(
      'room_update.last_customer_message_at: expected an ISO-8601 timestamp, got "not a date"',
    );
    const impossibleDate = { ...SAMPLE_CHAT, created_at: '2026-13-45T99:00:00Z' };
    expect(checkPayload(ChatsSchema, impossibleDate, 'c')).toContain('c.created_at: expected');
    expect(checkPayload(ChatsSchema, { ...SAMPLE_CHAT, unread_count: -1 }, 'c')).toBe(
      'c.unread_count: expected at least 0, got -1',
    );
    expect(checkPayload(ChatsSchema, { ...SAMPLE_CHAT, version: 2.5 }, 'c')).toBe(
      'c.version: expected whole number, got 2.5',
    );
    expect(checkPayload(ChatsSchema, { ...SAMPLE_CHAT, status: 'closed' }, 'c')).toBe(
      'c.status: expected one of active|pending|resolved, got "closed"',
    );
    const negative = { ...SAMPLE_DASHBOARD, pending: -3 };
    expect(checkPayload(DashboardStatsSchema, negative, 'dashboard_stats')).toBe(
      'dashboard_stats.pending: expected at least 0, got -3',
    );
  });

  it('rejects numbers that are not finite', () => {
    expect(checkPayload(MessageSchema, { ...SAMPLE_MESSAGE, seq: Number.NaN }, 'm')).toBe(
      'm.seq: expected number, got NaN',
    );
  });

  it('cuts a long reason to a readable length', () => {
    const root = 'x'.repeat(300);
    const reason = checkPayload(MessageSchema, null, root) ?? '';
    expect(reason.length).toBe(MAX_REASON_LENGTH);
    expect(reason.endsWith('…')).toBeTrue();
  });
});
