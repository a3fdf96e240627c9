import { ChangeDetectionStrategy, Component, input } from '@angular/core';

import { DialogSubmit } from './dialog-submit';

/** Why a dialog's last save failed and what to do, announced as it appears. */
@Component({
  selector: 'app-dialog-submit-error',
  template: `
    @if (submit().error(); as message) {
      <p class="error" role="alert">
        <span class="material-symbols-outlined" aria-hidden="true">error</span>
        <span>{{ message }}</span>
      </p>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .error {
      display: flex;
      align-items: flex-start;
      gap: 8px;
      margin: 8px 0 0;
      color: var(--mat-sys-error);
      overflow-wrap: anywhere;
    }
    .material-symbols-outlined {
      font-size: 20px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DialogSubmitError {
  /** The dialog's save step. */
  readonly submit = input.required<Pick<DialogSubmit<unknown>, 'error'>>();
}
