import { FormControl } from '@angular/forms';

import { indianMobileValidator, normalizeIndianMobile } from './indian-mobile-number';

describe('normalizeIndianMobile', () => {
  it('accepts +91 followed by 10 digits, with spaces or dashes', () => {
    expect(normalizeIndianMobile('+919812345678')).toBe('+919812345678');
    expect(normalizeIndianMobile(' +91 98123-45678 ')).toBe('+919812345678');
  });

  it('adds +91 to a bare 10-digit mobile number and to 0 / 91 / 0091 prefixes', () => {
    expect(normalizeIndianMobile('9812345678')).toBe('+919812345678');
    expect(normalizeIndianMobile('09812345678')).toBe('+919812345678');
    expect(normalizeIndianMobile('919812345678')).toBe('+919812345678');
    expect(normalizeIndianMobile('00919812345678')).toBe('+919812345678');
  });

  it('rejects numbers that are not Indian mobiles', () => {
    expect(normalizeIndianMobile('+91981234567')).toBeNull();
    expect(normalizeIndianMobile('+9198123456789')).toBeNull();
    expect(normalizeIndianMobile('+915812345678')).toBeNull();
    expect(normalizeIndianMobile('+449812345678')).toBeNull();
    expect(normalizeIndianMobile('98123abc78')).toBeNull();
    expect(normalizeIndianMobile('')).toBeNull();
  });
});

describe('indianMobileValidator', () => {
  it('flags an invalid number and lets a valid or empty one through', () => {
    expect(indianMobileValidator(new FormControl('12345'))).toEqual({ indianMobile: true });
    expect(indianMobileValidator(new FormControl('+91 98123 45678'))).toBeNull();
    expect(indianMobileValidator(new FormControl(''))).toBeNull();
  });
});
