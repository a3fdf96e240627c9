import { withoutPlaceholderGreeting } from './suggestion-greeting';

describe('suggestion greeting', () => {
  it('never greets a stand-in name', () => {
    expect(withoutPlaceholderGreeting('Hi WhatsApp, I have checked the refund.')).toBe(
      'Hello, I have checked the refund.',
    );
    expect(withoutPlaceholderGreeting('Hi WhatsApp 5678, thanks for writing in.')).toBe(
      'Hello, thanks for writing in.',
    );
    expect(withoutPlaceholderGreeting('Hi +919812345678, thanks.')).toBe('Hello, thanks.');
  });

  it('leaves a greeting by name, and text with no greeting, as they are', () => {
    expect(withoutPlaceholderGreeting('Hi Ravi, thanks.')).toBe('Hi Ravi, thanks.');
    expect(withoutPlaceholderGreeting('Thanks for writing in.')).toBe('Thanks for writing in.');
  });
});
