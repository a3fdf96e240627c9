import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ListFocusRoute } from './list-focus';

/**
 * The bar above a focused chat list ("Unassigned · 12 chats ✕ Clear"), or the note that a link
 * asked for a list this console does not know.
 */
@Component({
  selector: 'app-list-focus-bar',
  imports: [MatButtonModule],
  template: `
    @if (route.summary(); as summary) {
      <div class="bar" role="status">
        <span class="material-symbols-outlined" aria-hidden="true">filter_alt</span>
        <span class="text"
          ><strong>{{ summary.label }}</strong> · {{ summary.count }}
          {{ summary.noun ? summary.noun + ' ' : ''
          }}{{ summary.count === 1 ? 'chat' : 'chats' }}</span
        >
        <button mat-button type="button" class="clear" (click)="route.show(null)">
          <span class="material-symbols-outlined" aria-hidden="true">close</span>
          Clear<span class="visually-hidden"> the filter: show all chats</span>
        </button>
      </div>
    } @else if (route.unknown(); as unknown) {
      <div class="bar note" role="status">
        <span class="material-symbols-outlined" aria-hidden="true">info</span>
        <span class="text"
          >The link asked for “{{ unknown }}”, which this list cannot show: here are all
          chats.</span
        >
        <button mat-button type="button" class="clear" (click)="route.show(null)">OK</button>
      </div>
    }
  `,
  styles: `
    .bar {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 2px 4px 2px 12px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-body-medium);
    }
    .text {
      flex: 1;
      min-width: 0;
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .note .text {
      white-space: normal;
    }
    .material-symbols-outlined {
      font-size: 20px;
    }
    .clear .material-symbols-outlined {
      font-size: 18px;
      vertical-align: middle;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ListFocusBar {
  protected readonly route = inject(ListFocusRoute);
}
