import { fillReply, placeholdersIn, variablesOf } from './reply-variables';

describe('reply variables', () => {
  const cab =
    'Hi {customer_name}, your driver {driver_name} ({driver_phone}) is on the way in ' +
    '{cab_number}. Pickup at {pickup_time}.';

  it('fills every variable the chat has a value for', () => {
    expect(
      fillReply(cab, {
        customer_name: 'Geeta Kapoor',
        driver_name: 'Salim Das',
        driver_phone: '+919812345678',
        cab_number: 'KA01AB1234',
        pickup_time: '26 Nov 2026, 3:30 PM',
      }),
    ).toBe(
      'Hi Geeta Kapoor, your driver Salim Das (+919812345678) is on the way in KA01AB1234. ' +
        'Pickup at 26 Nov 2026, 3:30 PM.',
    );
  });

  it('leaves a variable with no value in the text for the executive to fill', () => {
    const filled = fillReply('Your booking {booking_id} is {booking_status}.', {
      booking_status: 'confirmed',
    });
    expect(filled).toBe('Your booking {booking_id} is confirmed.');
    expect(placeholdersIn(filled)).toEqual([{ name: 'booking_id', start: 13, end: 25 }]);
  });

  it('keeps unknown and blank variables as they are', () => {
    expect(fillReply('Code {otp}, cab {cab_number}', { cab_number: '  ' })).toBe(
      'Code {otp}, cab {cab_number}',
    );
  });

  it('greets an unknown contact neutrally, never by a stand-in name', () => {
    expect(fillReply('Hi {customer_name}, thanks.', { customer_name: 'WhatsApp 5678' })).toBe(
      'Hi, thanks.',
    );
    expect(fillReply('Hi {customer_name}, thanks.', {})).toBe('Hi, thanks.');
    expect(fillReply('Sorry for the wait, {customer_name}. On the way.', {})).toBe(
      'Sorry for the wait. On the way.',
    );
    expect(fillReply('Hello {customer_name}!', { customer_name: '+91 98123 45678' })).toBe(
      'Hello!',
    );
  });

  it('lists the variables a reply uses, once each', () => {
    expect(variablesOf('{a} {booking_id} {a}')).toEqual(['a', 'booking_id']);
  });
});
