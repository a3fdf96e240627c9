import { LastMessagePreview } from '../../../contract';
import { messagePreview, templateTitle } from './message-preview';

function last(overrides: Partial<LastMessagePreview>): LastMessagePreview {
  return {
    preview: 'Hi Ravi, your OneWay.Cab booking OW1234567 from Pune to Mumbai is confirmed.',
    message_type: 'template',
    sender_type: 'executive',
    created_at: '2026-11-25T09:55:00.000Z',
    ...overrides,
  };
}

describe('messagePreview', () => {
  it('names the template a template message was, in words', () => {
    expect(messagePreview(last({ template_name: 'booking_confirmation' }))).toEqual({
      icon: 'article',
      label: 'Template',
      text: 'Booking confirmation',
      fromSupport: true,
    });
  });

  it('falls back to the filled body when the template name is missing', () => {
    const line = messagePreview(last({}));
    expect(line.label).toBe('Template');
    expect(line.text).toBe(
      'Hi Ravi, your OneWay.Cab booking OW1234567 from Pune to Mumbai is confirmed.',
    );
    expect(messagePreview(last({ preview: 'Template', template_name: ' ' })).text).toBe('');
  });

  it('ignores a template name on other kinds of message', () => {
    const line = messagePreview(
      last({ message_type: 'text', preview: 'Thanks!', template_name: 'feedback_request' }),
    );
    expect(line).toEqual({ icon: null, label: null, text: 'Thanks!', fromSupport: true });
  });

  it('turns template names into words', () => {
    expect(templateTitle('driver_details')).toBe('Driver details');
    expect(templateTitle('payment__reminder ')).toBe('Payment reminder');
  });
});
