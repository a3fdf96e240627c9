import { aMessage } from '../../../testing/payload-fixtures';
import { bookingMentions, normalizeBookingId } from './booking-mentions';

describe('bookingMentions', () => {
  it('lists the ids mentioned, newest mention first, each once', () => {
    const messages = [
      aMessage({ text: 'My booking OW1111111 and OW2222222' }),
      aMessage({ text: 'Sorry, I meant ow3333333' }),
      aMessage({ text: 'OW1111111 again' }),
    ];
    expect(bookingMentions(messages)).toEqual(['OW1111111', 'OW3333333', 'OW2222222']);
  });

  it('reads media captions and ignores ids of the wrong length', () => {
    const messages = [
      aMessage({ text: 'OW12345 and OW123456789 are not ids' }),
      aMessage({
        text: null,
        media: {
          media_id: 'm',
          mime_type: 'application/pdf',
          file_name: 'invoice.pdf',
          size_bytes: 1,
          caption: 'Invoice for OW7654321',
        },
      }),
    ];
    expect(bookingMentions(messages)).toEqual(['OW7654321']);
  });

  it('offers at most six ids', () => {
    const messages = Array.from({ length: 10 }, (_, i) => aMessage({ text: `OW100000${i}` }));
    expect(bookingMentions(messages)).toEqual([
      'OW1000009',
      'OW1000008',
      'OW1000007',
      'OW1000006',
      'OW1000005',
      'OW1000004',
    ]);
  });
});

describe('normalizeBookingId', () => {
  it('accepts what customers type and rejects anything else', () => {
    expect(normalizeBookingId(' ow7573276 ')).toBe('OW7573276');
    expect(normalizeBookingId('OW757327')).toBeNull();
    expect(normalizeBookingId('XX7573276')).toBeNull();
  });
});
