import { Signal, inject } from '@angular/core';
import { AbstractControl } from '@angular/forms';
import { MatDialogRef } from '@angular/material/dialog';

import { FormSubmit, SaveOutcome } from '../../forms/form-submit';

export { SAVE_FAILED_MESSAGE } from '../../forms/form-submit';
export type { SaveOutcome } from '../../forms/form-submit';

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
 * The save step every dialog that saves shares (`FormSubmit` in a dialog): the form is checked
 * first; while saving it is disabled and the dialog cannot be dismissed (nothing half-sent is lost
 * by an Escape); a saved value closes the dialog with it; a failure keeps the dialog open with the
 * form as it was and the reason, which says what to do, for `DialogSubmitError` to show.
 *
 * Create it in the dialog's injection context (a field initializer), after the form.
 */
export class DialogSubmit<T> {
  private readonly dialogRef = inject<MatDialogRef<unknown, T>>(MatDialogRef);
  private readonly step: FormSubmit<T>;

  /** Whether a save is under way: the dialog's buttons and fields wait for it. */
  readonly saving: Signal<boolean>;
  /** Why the last save failed and what to do, or null. */
  readonly error: Signal<string | null>;

  constructor(private readonly options: DialogSubmitOptions<T> = {}) {
    const disableClose = this.dialogRef.disableClose;
    this.step = new FormSubmit<T>({
      form: options.form,
      hold: (saving) => (this.dialogRef.disableClose = saving ? true : disableClose),
    });
    this.saving = this.step.saving;
    this.error = this.step.error;
  }

  /**
   * Saves with `save`, unless a save is under way or the form has a problem (then every problem
   * shows). `save` is called before the form is disabled, so it may read the form's value.
   * Resolves whether it was saved.
   */
  submit(save: () => Promise<SaveOutcome<T>>): Promise<boolean> {
    return this.step.submit(save, (value) => {
      if (this.options.done) {
        this.options.done(value);
      } else {
        this.dialogRef.close(value);
      }
    });
  }

  /** Forgets the last failure (the executive changed what they are saving). */
  clearError(): void {
    this.step.clearError();
  }
}
