import { SAMPLE_MESSAGE } from './testing/gateway-fixtures';
import { readAck } from './ack-reader';

describe('readAck', () => {
  it('gives the data of a positive acknowledgement that fits the contract', () => {
    expect(readAck('send_message', { ok: true, data: SAMPLE_MESSAGE })).toEqual({
      ok: true,
      data: SAMPLE_MESSAGE,
    });
  });

  it("raises the server's error of a negative acknowledgement, not a malformed answer", () => {
    const reading = readAck('add_note', {
      ok: false,
      error: { code: 'validation_failed', message: 'Write a note first.', field: 'content' },
    });
    expect(reading.ok).toBeFalse();
    if (!reading.ok) {
      expect(reading.error.code).toBe('validation_failed');
      expect(reading.malformed).toBeNull();
    }
  });

  it('refuses envelopes that do not follow the contract, with the reason', () => {
    const reasons = [undefined, { ok: true }, { ok: false, error: 'bad' }, { ok: 'yes' }].map(
      (response) => {
        const reading = readAck('typing', response);
        return reading.ok ? null : reading.malformed;
      },
    );
    expect(reasons).toEqual([
      'typing: expected object, got undefined',
      'typing.data: expected a value, got undefined',
      'typing.error: expected object, got string',
      'typing.ok: expected one of true|false, got "yes"',
    ]);
  });

  it('refuses acknowledgement data whose values break the contract', () => {
    const reading = readAck('send_message', {
      ok: true,
      data: { ...SAMPLE_MESSAGE, created_at: 'yesterday' },
    });
    expect(reading.ok).toBeFalse();
    if (!reading.ok) {
      expect(reading.error.code).toBe('bad_response');
      expect(reading.malformed).toBe(
        'send_message.data.created_at: expected an ISO-8601 timestamp, got "yesterday"',
      );
    }
  });
});
