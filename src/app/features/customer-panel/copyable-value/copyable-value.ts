import { Clipboard } from '@angular/cdk/clipboard';
import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';

import { InsertIntoReply } from './insert-into-reply';
import { BriefConfirmation } from '../../../shared/ui/brief-confirmation';

/**
 * A number or id the executive copies with one click, with a spoken and visible confirmation; with
 * a `reply` sentence, also a button that adds the sentence to the reply being written.
 */
@Component({
  selector: 'app-copyable-value',
  imports: [InsertIntoReply, MatTooltipModule],
  template: `
    <button
      type="button"
      class="copy"
      [attr.aria-label]="'Copy ' + label() + ' ' + value()"
      [matTooltip]="copied() ? 'Copied' : 'Click to copy'"
      (click)="copy()"
    >
      <span class="value">{{ value() }}</span>
      <span class="material-symbols-outlined icon" aria-hidden="true">{{
        copied() ? 'check' : 'content_copy'
      }}</span>
    </button>
    @if (reply(); as sentence) {
      <app-insert-into-reply [sentence]="sentence" [label]="label()" />
    }
    <span class="visually-hidden" role="status">{{ announcement() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      min-width: 0;
      max-width: 100%;
    }
    .copy {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      min-width: 0;
      max-width: 100%;
      /* No start padding, so the value lines up with the text above and below it. */
      padding: 2px 4px 2px 0;
      border: 0;
      border-radius: 6px;
      background: transparent;
      color: inherit;
      font: inherit;
      cursor: pointer;
    }
    .copy:hover {
      background: var(--mat-sys-surface-container-high);
    }
    .copy:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 1px;
    }
    /* A long id (40 characters, no spaces) wraps rather than being cut. */
    .value {
      min-width: 0;
      overflow-wrap: anywhere;
      text-align: start;
      font-variant-numeric: tabular-nums;
    }
    .icon {
      font-size: 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CopyableValue {
  private readonly clipboard = inject(Clipboard);

  /** The text copied. */
  readonly value = input.required<string>();
  /** What it is, for the button's name ("phone number", "booking id"). */
  readonly label = input.required<string>();
  /** A sentence quoting the value for the customer, offered as "Insert into reply"; none: no button. */
  readonly reply = input<string | null>(null);

  private readonly confirmation = new BriefConfirmation();
  protected readonly copied = this.confirmation.done;
  protected readonly announcement = this.confirmation.announcement;

  protected copy(): void {
    const ok = this.clipboard.copy(this.value());
    this.confirmation.show(
      ok,
      ok ? `Copied ${this.label()}` : `Could not copy. Select the ${this.label()} and copy it.`,
    );
  }
}
