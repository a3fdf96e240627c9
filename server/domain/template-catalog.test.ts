import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import type { WhatsappTemplate } from '../../src/contract';
import { DomainError } from './domain-error';
import { greetingVariable, renderTemplate, templateVariables } from './template-catalog';
import { isWindowOpen } from './whatsapp-window';

const template: WhatsappTemplate = {
  template_id: 'tpl_x',
  name: 'x',
  stakeholder: 'customer',
  category: 'utility',
  language: 'en',
  body: 'Hi {{customer_name}}, booking {{ booking_id }} for {{customer_name}}.',
  variables: ['customer_name', 'booking_id'],
};

describe('templates', () => {
  it('lists each variable once in order of use', () => {
    assert.deepEqual(templateVariables(template.body), ['customer_name', 'booking_id']);
  });

  it('fills every placeholder', () => {
    assert.equal(
      renderTemplate(template, { customer_name: 'Asha', booking_id: 'OW1234567' }),
      'Hi Asha, booking OW1234567 for Asha.',
    );
  });

  it('names the first missing or blank variable', () => {
    assert.throws(
      () => renderTemplate(template, { customer_name: 'Asha', booking_id: ' ' }),
      (error: unknown) =>
        error instanceof DomainError && error.field === 'template_params.booking_id',
    );
  });

  it('greets plainly when the greeting has no name, and still needs a name used elsewhere', () => {
    const followUp: WhatsappTemplate = {
      ...template,
      body: 'Hi {{customer_name}}, we are following up on {{booking_id}}.',
    };
    assert.equal(greetingVariable(followUp.body), 'customer_name');
    assert.equal(
      renderTemplate(followUp, { customer_name: ' ', booking_id: 'OW1234567' }),
      'Hi, we are following up on OW1234567.',
    );
    assert.equal(
      renderTemplate(followUp, { booking_id: 'OW1234567' }),
      'Hi, we are following up on OW1234567.',
    );
    assert.throws(
      () => renderTemplate(template, { booking_id: 'OW1234567' }),
      (error: unknown) =>
        error instanceof DomainError && error.field === 'template_params.customer_name',
    );
    assert.equal(greetingVariable('Your booking {{booking_id}} is confirmed.'), null);
  });
});

describe('WhatsApp window', () => {
  const now = new Date('2026-11-25T12:00:00.000Z');
  it('is open for 24 hours after the customer last wrote', () => {
    assert.equal(isWindowOpen('2026-11-24T12:00:01.000Z', now, 24), true);
    assert.equal(isWindowOpen('2026-11-24T12:00:00.000Z', now, 24), false);
    assert.equal(isWindowOpen(null, now, 24), false);
  });
});
