import { ContactNamePipe, contactName, knownName, readableNumber } from './contact-name';

describe('contact names', () => {
  it('knows a name, whatever its script, and nothing in a stand-in', () => {
    expect(knownName('  Ritika Thakur ')).toBe('Ritika Thakur');
    expect(knownName('विक्रम 😀')).toBe('विक्रम 😀');
    expect(knownName('WhatsApp Support Fan')).toBe('WhatsApp Support Fan');
    for (const standIn of [
      '',
      '  ',
      'WhatsApp 5678',
      'whatsapp',
      'WhatsApp +91-5678',
      'whatsapp +91 5678',
      '9812345678',
      '+91 98123 45678',
      'Unknown',
      'customer',
    ]) {
      expect(knownName(standIn)).withContext(standIn).toBeNull();
    }
    expect(knownName(null)).toBeNull();
    expect(knownName(undefined)).toBeNull();
  });

  it('writes an Indian mobile number in groups and leaves any other number as it is', () => {
    expect(readableNumber('+919812345678')).toBe('+91 98123 45678');
    expect(readableNumber('09812345678')).toBe('+91 98123 45678');
    expect(readableNumber('98123-45678')).toBe('+91 98123 45678');
    expect(readableNumber('+915544361147')).toBe('+915544361147');
    expect(readableNumber(' +447700900123 ')).toBe('+447700900123');
  });

  it('calls a contact by name once known, by number until then', () => {
    expect(contactName('Ritika Thakur', '+919812345678')).toBe('Ritika Thakur');
    expect(contactName('WhatsApp 5678', '+919812345678')).toBe('+91 98123 45678');
    expect(contactName('', '+919812345678')).toBe('+91 98123 45678');
    expect(contactName('', '')).toBe('Unknown contact');
    expect(
      new ContactNamePipe().transform({
        customer_name: 'WhatsApp 5678',
        customer_number: '+919812345678',
      }),
    ).toBe('+91 98123 45678');
  });
});
