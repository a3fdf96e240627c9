import { AbstractControl, ValidationErrors } from '@angular/forms';

/**
 * Form validator: `{ required: true }` for text that is empty or only spaces, which
 * `Validators.required` lets through.
 */
export function notBlankValidator(
  control: AbstractControl<string | null>,
): ValidationErrors | null {
  return (control.value ?? '').trim() === '' ? { required: true } : null;
}
