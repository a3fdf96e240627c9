import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatTooltipModule } from '@angular/material/tooltip';

import { ReplyInsertStore } from '../../../core/state/reply-insert-store';
import { BriefConfirmation } from '../../../shared/ui/brief-confirmation';

/**
 * "Insert into reply": adds a ready sentence about a panel value ("Your driver is Salim Das, …")
 * to the end of the open chat's reply, for the executive to read over and send.
 */
@Component({
  selector: 'app-insert-into-reply',
  imports: [MatTooltipModule],
  template: `
    <button
      type="button"
      class="insert"
      [attr.aria-label]="'Insert ' + label() + ' into reply'"
      [matTooltip]="inserted() ? 'Added to your reply' : 'Insert into reply: ' + sentence()"
      (click)="insert()"
    >
      <span class="material-symbols-outlined" aria-hidden="true">{{
        inserted() ? 'check' : 'reply'
      }}</span>
    </button>
    <span class="visually-hidden" role="status">{{ announcement() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      flex: none;
    }
    .insert {
      display: inline-flex;
      padding: 2px;
      border: 0;
      border-radius: 6px;
      background: transparent;
      color: var(--mat-sys-on-surface-variant);
      cursor: pointer;
    }
    .insert:hover {
      background: var(--mat-sys-surface-container-high);
      color: var(--mat-sys-primary);
    }
    .insert:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 1px;
    }
    .material-symbols-outlined {
      font-size: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class InsertIntoReply {
  private readonly inserts = inject(ReplyInsertStore);

  /** The sentence added to the reply. */
  readonly sentence = input.required<string>();
  /** What it is about, for the button's name ("driver's phone number"). */
  readonly label = input.required<string>();

  private readonly confirmation = new BriefConfirmation();
  protected readonly inserted = this.confirmation.done;
  protected readonly announcement = this.confirmation.announcement;

  protected insert(): void {
    const ok = this.inserts.insert(this.sentence());
    this.confirmation.show(
      ok,
      ok ? `Added the ${this.label()} to your reply` : 'Open a chat first.',
    );
  }
}
