import assert from 'node:assert/strict';
import { test } from 'node:test';

import { greeting } from './suggestion';

test('a suggestion greets a contact by first name', () => {
  assert.equal(greeting('Ravi Kumar'), 'Hi Ravi');
  assert.equal(greeting('  सुनीता शर्मा '), 'Hi सुनीता');
});

test('a suggestion never greets a stand-in name', () => {
  assert.equal(greeting('WhatsApp 5678'), 'Hello');
  assert.equal(greeting('+91 98123 45678'), 'Hello');
  assert.equal(greeting(''), 'Hello');
});
