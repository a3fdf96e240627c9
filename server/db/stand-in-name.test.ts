import assert from 'node:assert/strict';
import { test } from 'node:test';

import { isStandInName, realName } from './stand-in-name';

test('"WhatsApp" with any digits, a bare number or nothing stands in for a name', () => {
  for (const name of [
    'WhatsApp 5678',
    'WhatsApp 9812345678',
    'whatsapp +91 98123 45678',
    'WHATSAPP (981) 234-5678',
    'WhatsApp',
    '+91 98123 45678',
    '  ',
    '',
    null,
    undefined,
  ]) {
    assert.equal(isStandInName(name), true, String(name));
  }
});

test('a real name is kept, trimmed, whatever its script or digits', () => {
  for (const name of ['WhatsApp Support Fan', 'Ravi Kumar 2', 'सुनीता शर्मा', 'Asha 🚕']) {
    assert.equal(isStandInName(name), false, name);
  }
  assert.equal(realName('  Ravi Kumar '), 'Ravi Kumar');
  assert.equal(realName('WhatsApp 5678'), '');
});
