import { CLIENT_EVENTS, SERVER_EVENTS } from '../../../contract';
import {
  ACK_DATA_CHECKS,
  SERVER_EVENT_CHECKS,
  checkAckEnvelope,
  checkMessage,
  checkTyping,
  isAckData,
  isServerEventPayload,
} from './event-guards';
import {
  ACK_DATA_SAMPLES,
  MALFORMED_SERVER_EVENTS,
  SAMPLE_IMAGE_MESSAGE,
  SAMPLE_MESSAGE,
  SERVER_EVENT_SAMPLES,
} from './testing/gateway-fixtures';

describe('event guards', () => {
  it('has one check per server event and per client acknowledgement', () => {
    expect(Object.keys(SERVER_EVENT_CHECKS).sort()).toEqual([...SERVER_EVENTS].sort());
    expect(Object.keys(ACK_DATA_CHECKS).sort()).toEqual([...CLIENT_EVENTS].sort());
  });

  for (const event of SERVER_EVENTS) {
    it(`accepts a well-formed ${event} and names the broken field of a malformed one`, () => {
      expect(isServerEventPayload(event, SERVER_EVENT_SAMPLES[event])).toBeTrue();
      const broken = MALFORMED_SERVER_EVENTS[event];
      expect(isServerEventPayload(event, broken.payload)).toBeFalse();
      expect(SERVER_EVENT_CHECKS[event](broken.payload, event)).toContain(broken.reason);
    });
  }

  for (const event of CLIENT_EVENTS) {
    it(`accepts well-formed ${event} ack data and rejects a bare string`, () => {
      expect(isAckData(event, ACK_DATA_SAMPLES[event])).toBeTrue();
      expect(isAckData(event, 'done')).toBeFalse();
    });
  }

  it('allows null in nullable fields but not a missing required one', () => {
    expect(checkMessage({ ...SAMPLE_MESSAGE, text: null }, 'm')).toBeNull();
    const withoutText: Record<string, unknown> = { ...SAMPLE_MESSAGE };
    delete withoutText['text'];
    expect(checkMessage(withoutText, 'm')).toBe('m.text: expected string, got undefined');
  });

  it('allows optional fields to be absent but checks them when present', () => {
    expect(checkMessage(SAMPLE_IMAGE_MESSAGE, 'm')).toBeNull();
    const media = { ...SAMPLE_IMAGE_MESSAGE.media, duration_seconds: 'long' };
    expect(checkMessage({ ...SAMPLE_IMAGE_MESSAGE, media }, 'm')).toBe(
      'm.media.duration_seconds: expected number, got string',
    );
    expect(checkTyping({ chat_id: 'c', sender: 'customer', sender_name: 3 }, 't')).toBe(
      't.sender_name: expected string, got number',
    );
  });

  it('ignores fields the contract does not know', () => {
    expect(checkMessage({ ...SAMPLE_MESSAGE, reactions: ['+1'] }, 'm')).toBeNull();
  });

  it('rejects numbers that are not finite', () => {
    expect(checkMessage({ ...SAMPLE_MESSAGE, seq: Number.NaN }, 'm')).toBe(
      'm.seq: expected number, got NaN',
    );
  });

  describe('checkAckEnvelope', () => {
    it('accepts a positive and a negative acknowledgement', () => {
      expect(checkAckEnvelope({ ok: true, data: null }, 'a')).toBeNull();
      expect(checkAckEnvelope({ ok: false, error: { code: 'x', message: 'y' } }, 'a')).toBeNull();
      expect(
        checkAckEnvelope({ ok: false, error: { code: 'x', message: 'y', field: 'z' } }, 'a'),
      ).toBeNull();
    });

    it('rejects envelopes that do not follow the contract', () => {
      expect(checkAckEnvelope(undefined, 'a')).toBe('a: expected object, got undefined');
      expect(checkAckEnvelope({ ok: true }, 'a')).toBe('a.data: missing');
      expect(checkAckEnvelope({ ok: false, error: 'bad' }, 'a')).toBe(
        'a.error: expected object, got string',
      );
      expect(checkAckEnvelope({ ok: false, error: { code: 'x' } }, 'a')).toBe(
        'a.error.message: expected string, got undefined',
      );
      expect(checkAckEnvelope({ ok: 'yes' }, 'a')).toBe('a.ok: expected boolean, got string');
    });
  });
});
