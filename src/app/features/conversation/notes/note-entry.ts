import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isValid, parseISO } from 'date-fns';

import { InternalNote } from '../../../../contract';
import { clockTime } from '../../../shared/time/time-format';

/**
 * An internal note in the conversation's timeline. Set apart from the messages (its own colour, a
 * lock, "Internal note") so nobody mistakes it for something the customer sees: notes are never
 * sent to the customer.
 */
@Component({
  selector: 'app-note-entry',
  template: `
    <article class="note" [attr.aria-label]="'Internal note by ' + note().author_name">
      <p class="meta">
        <span class="material-symbols-outlined lock" aria-hidden="true">lock</span>
        <span>Internal note · {{ author() }}</span>
        @if (time()) {
          <span aria-hidden="true">·</span>
          <time [attr.datetime]="note().created_at">{{ time() }}</time>
        }
      </p>
      <p class="content">{{ note().content }}</p>
    </article>
  `,
  styles: `
    :host {
      display: block;
      padding-inline: 16px;
    }
    .note {
      max-width: min(560px, 85%);
      margin-inline: auto;
      padding: 6px 12px 8px;
      border: 1px dashed var(--mat-sys-tertiary);
      border-radius: 12px;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .meta {
      display: flex;
      align-items: center;
      gap: 4px;
      margin: 0 0 2px;
      font: var(--mat-sys-label-medium);
    }
    .lock {
      font-size: 16px;
    }
    .content {
      margin: 0;
      font: var(--mat-sys-body-medium);
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NoteEntry {
  /** The note shown. */
  readonly note = input.required<InternalNote>();
  /** Whether the signed-in executive wrote it: then it says "You". */
  readonly mine = input(false);

  protected readonly author = computed(() => (this.mine() ? 'You' : this.note().author_name));
  protected readonly time = computed(() => {
    const at = parseISO(this.note().created_at);
    return isValid(at) ? clockTime(at) : '';
  });
}
