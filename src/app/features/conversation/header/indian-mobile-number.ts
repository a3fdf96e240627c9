import { AbstractControl, ValidationErrors, ValidatorFn } from '@angular/forms';

/**
 * An Indian mobile number in E.164 (`+919812345678`), or null when the input is not one. Accepts
 * `+91` followed by 10 digits starting with 6 to 9, with spaces or dashes, and the same 10 digits
 * written with a leading `0`, `91` or `0091`, or on their own.
 */
export function normalizeIndianMobile(input: string): string | null {
  const compact = input.trim().replace(/[\s\-().]/g, '');
  const match = /^(?:\+91|0091|91|0)?([6-9]\d{9})$/.exec(compact);
  return match ? `+91${match[1]}` : null;
}

/** Form validator: `{ indianMobile: true }` unless the value is an Indian mobile number. */
export const indianMobileValidator: ValidatorFn = (
  control: AbstractControl,
): ValidationErrors | null => {
  const value: unknown = control.value;
  if (typeof value !== 'string' || value.trim() === '') {
    return null;
  }
  return normalizeIndianMobile(value) === null ? { indianMobile: true } : null;
};
