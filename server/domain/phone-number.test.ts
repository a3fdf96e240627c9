import assert from 'node:assert/strict';
import { describe, it } from 'node:test';

import { normalizePhoneNumber } from './phone-number';

describe('normalizePhoneNumber', () => {
  it('brings Indian numbers to E.164', () => {
    assert.equal(normalizePhoneNumber('+919812345678'), '+919812345678');
    assert.equal(normalizePhoneNumber('9812345678'), '+919812345678');
    assert.equal(normalizePhoneNumber('91 98123 45678'), '+919812345678');
    assert.equal(normalizePhoneNumber(' 919812345678'), '+919812345678');
    assert.equal(normalizePhoneNumber('+91-98123-45678'), '+919812345678');
  });

  it('refuses what cannot be a number', () => {
    for (const input of [
      '',
      'abc',
      '12',
      '+0123456789',
      '98123x45678',
      '+'.repeat(3),
      '1'.repeat(16),
    ]) {
      assert.equal(normalizePhoneNumber(input), null, input);
    }
  });
});
