import { Signal, inject, signal } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';

/** The answer of a dialog's save: the value to close with, or what went wrong and what to do. */
export type SaveOutcome<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/** Shown when a save fails without saying why (it threw instead of answering). */
export const SAVE_FAILED_MESSAGE = 'This was not saved. Check your connection, then try again.';

/** How a dialog saves. */
export interface DialogSubmitOptions<T> {
  /** The dialog's form: checked before saving (every problem then shows), disabled while saving. */
  readonly form?: AbstractControl;
  /**
   * What to do with the saved value instead of closing the dialog with it (a dialog that shows
   * its own "done" step).
   */
  readonly done?: (value: T) => void;
}

/**
 * The save step every dialog that saves shares: the form is checked first; while saving it is
 * disabled and the dialog cannot be dismissed (nothing half-sent is lost by an Escape); a saved
 * value closes the dialog with it; a failure keeps the dialog open with the form as it was and
 * the reason, which says what to do, for `DialogSubmitError` to show.
 *
 * Create it in the dialog's injection context (a field initializer), after the form.
 */
export class DialogSubmit<T> {
  private readonly dialogRef = inject<MatDialogRef<unknown, T>>(MatDialogRef);
  private readonly savingState = signal(false);
  private readonly errorState = signal<string | null>(null);

  /** Whether a save is under way: the dialog's buttons and fields wait for it. */
  readonly saving: Signal<boolean> = this.savingState.asReadonly();
  /** Why the last save failed and what to do, or null. */
  readonly error: Signal<string | null> = this.errorState.asReadonly();

  constructor(private readonly options: DialogSubmitOptions<T> = {}) {}

  /**
   * Saves with `save`, unless a save is under way or the form has a problem (then every problem
   * shows). `save` is called before the form is disabled, so it may read the form's value.
   * Resolves whether it was saved.
   */
  async submit(save: () => Promise<SaveOutcome<T>>): Promise<boolean> {
    const form = this.options.form;
    if (this.savingState()) {
      return false;
    }
    if (form?.invalid) {
      form.markAllAsTouched();
      return false;
    }
    const pending = save();
    const disableClose = this.dialogRef.disableClose;
    this.savingState.set(true);
    this.errorState.set(null);
    this.dialogRef.disableClose = true;
    form?.disable({ emitEvent: false });
    const outcome = await pending.catch((): SaveOutcome<T> => ({
      ok: false,
      message: SAVE_FAILED_MESSAGE,
    }));
    form?.enable({ emitEvent: false });
    this.dialogRef.disableClose = disableClose;
    this.savingState.set(false);
    if (!outcome.ok) {
      this.errorState.set(outcome.message);
      return false;
    }
    if (this.options.done) {
      this.options.done(outcome.value);
    } else {
      this.dialogRef.close(outcome.value);
    }
    return true;
  }

  /** Forgets the last failure (the executive changed what they are saving). */
  clearError(): void {
    this.errorState.set(null);
  }
}
