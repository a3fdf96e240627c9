import type { ComponentType } from '@angular/cdk/portal';
import { Injectable, Injector, PendingTasks, inject } from '@angular/core';
import type { MatDialog, MatDialogConfig, MatDialogRef } from '@angular/material/dialog';

/**
 * Opens dialogs whose code is fetched on first use: the dialog service (with its overlay
 * container) and each dialog's component, forms, lists and selects. Pages load none of it until
 * someone asks for a dialog.
 */
@Injectable({ providedIn: 'root' })
export class LazyDialog {
  private readonly injector = inject(Injector);
  private readonly tasks = inject(PendingTasks);

  /**
   * Loads the dialog component with `load` (a dynamic `import()`), then opens it with `config`.
   * The application counts as busy until the dialog is open.
   */
  open<T, D = unknown, R = unknown>(
    load: () => Promise<ComponentType<T>>,
    config?: MatDialogConfig<D>,
  ): Promise<MatDialogRef<T, R>> {
    return this.run(load, (dialog, component) => dialog.open<T, D, R>(component, config));
  }

  /**
   * Loads the dialog service and whatever `load` fetches, then hands both to `use` (for callers
   * that decide how to open, such as reusing a dialog already open). Busy until `use` returns.
   */
  async run<C, R>(load: () => Promise<C>, use: (dialog: MatDialog, loaded: C) => R): Promise<R> {
    const done = this.tasks.add();
    try {
      const [dialogs, loaded] = await Promise.all([import('@angular/material/dialog'), load()]);
      return use(this.injector.get(dialogs.MatDialog), loaded);
    } finally {
      done();
    }
  }
}
