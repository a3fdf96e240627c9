import { Signal, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';

/** The answer of a save: the saved value, or what went wrong and what to do. */
export type SaveOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Shown when a save fails without saying why (it threw instead of answering). */
export const SAVE_FAILED_MESSAGE = 'This was not saved. Check your connection, then try again.';

/** How a form saves. */
export interface FormSubmitOptions {
  /** The form: checked before saving (every problem then shows), disabled while saving. */
  readonly form?: AbstractControl;
  /** Told when a save starts (true) and ends (false): a dialog keeps from being dismissed. */
  readonly hold?: (saving: boolean) => void;
}

/**
 * The save step every form that saves shares: the form is checked first; while saving it is
 * disabled (one save at a time, nothing typed over what is being sent); a failure keeps the form
 * as it was, with the reason, which says what to do. `DialogSubmit` is this step in a dialog.
 */
export class FormSubmit<T> {
  private readonly savingState = signal(false);
  private readonly errorState = signal<string | null>(null);

  /** Whether a save is under way: the form's buttons and fields wait for it. */
  readonly saving: Signal<boolean> = this.savingState.asReadonly();
  /** Why the last save failed and what to do, or null. */
  readonly error: Signal<string | null> = this.errorState.asReadonly();

  constructor(private readonly options: FormSubmitOptions = {}) {}

  /**
   * Saves with `save`, unless a save is under way or the form has a problem (then every problem
   * shows), and hands the saved value to `saved`. `save` is called before the form is disabled,
   * so it may read the form's value. Resolves whether it was saved.
   */
  async submit(save: () => Promise<SaveOutcome<T>>, saved: (value: T) => void): Promise<boolean> {
    const form = this.options.form;
    if (this.savingState()) {
      return false;
    }
    if (form?.invalid) {
      form.markAllAsTouched();
      return false;
    }
    const pending = save();
    this.savingState.set(true);
    this.errorState.set(null);
    this.options.hold?.(true);
    form?.disable({ emitEvent: false });
    const outcome = await pending.catch((): SaveOutcome<T> => ({
      ok: false,
      message: SAVE_FAILED_MESSAGE,
    }));
    form?.enable({ emitEvent: false });
    this.options.hold?.(false);
    this.savingState.set(false);
    if (!outcome.ok) {
      this.errorState.set(outcome.message);
      return false;
    }
    saved(outcome.value);
    return true;
  }

  /** Forgets the last failure (what is being saved changed). */
  clearError(): void {
    this.errorState.set(null);
  }
}
