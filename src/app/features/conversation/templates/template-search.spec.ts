import { WhatsappTemplate } from '../../../../contract';
import { filterTemplates, prefillValues, variableLabel } from './template-search';

function template(name: string, body: string): WhatsappTemplate {
  return {
    template_id: name,
    name,
    stakeholder: 'customer',
    category: 'utility',
    language: 'en',
    body,
    variables: [],
  };
}

describe('template-search', () => {
  const templates = [
    template('booking_confirmed', 'Your booking {{booking_id}} is confirmed.'),
    template('payment_reminder', 'Pay {{amount}} here: {{payment_link}}'),
  ];

  it('matches the name, with underscores read as spaces, and the body', () => {
    expect(filterTemplates(templates, 'booking conf').map((t) => t.name)).toEqual([
      'booking_confirmed',
    ]);
    expect(filterTemplates(templates, 'PAY HERE').map((t) => t.name)).toEqual(['payment_reminder']);
  });

  it('returns everything for a blank query and nothing for a word no template has', () => {
    expect(filterTemplates(templates, '  ')).toBe(templates);
    expect(filterTemplates(templates, 'refund')).toEqual([]);
  });

  it('prefills the name for the chat stakeholder and leaves other fields empty', () => {
    const customer = { customer_name: 'Ravi Kumar', customer_number: '+919800000001' };
    expect(
      prefillValues(
        ['customer_name', 'booking_id'],
        { ...customer, stakeholder: 'customer' },
        null,
      ),
    ).toEqual({ customer_name: 'Ravi', booking_id: '' });
    expect(
      prefillValues(
        ['driver_name', 'customer_name', 'executive_name'],
        { ...customer, stakeholder: 'driver' },
        'Asha',
      ),
    ).toEqual({ driver_name: 'Ravi', customer_name: '', executive_name: 'Asha' });
  });

  it('prefills no name for a contact known only by number', () => {
    for (const customer_name of ['', 'WhatsApp 0001', '+919800000001']) {
      const chat = {
        customer_name,
        customer_number: '+919800000001',
        stakeholder: 'customer' as const,
      };
      expect(prefillValues(['customer_name', 'customer_number'], chat, null))
        .withContext(customer_name)
        .toEqual({ customer_name: '', customer_number: '+919800000001' });
    }
  });

  it('labels variables in plain words', () => {
    expect(variableLabel('booking_id')).toBe('Booking id');
  });
});
