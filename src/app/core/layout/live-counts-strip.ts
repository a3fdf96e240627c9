import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { LiveCountsStore } from '../state/live-counts-store';

/** The toolbar's compact team figures for executives: active, pending and resolved chats. */
@Component({
  selector: 'app-live-counts-strip',
  template: `
    <dl class="strip" aria-label="Team chats right now">
      @for (item of items(); track item.label) {
        <div class="item">
          <dt>{{ item.label }}</dt>
          <dd>{{ item.value }}</dd>
        </div>
      }
    </dl>
  `,
  styles: `
    .strip {
      display: flex;
      gap: 16px;
      margin: 0;
    }
    .item {
      display: flex;
      align-items: baseline;
      gap: 6px;
    }
    dt {
      font: var(--mat-sys-label-medium);
      color: var(--mat-sys-on-surface-variant);
    }
    dd {
      margin: 0;
      font: var(--mat-sys-title-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LiveCountsStrip {
  private readonly store = inject(LiveCountsStore);

  protected readonly items = computed(() => {
    const counts = this.store.counts();
    const mine = this.store.myLoad();
    // A dash until the first figures arrive: a zero would claim nobody is waiting.
    const show = (value: number | undefined) => (value === undefined ? '–' : String(value));
    return [
      { label: 'Active', value: show(counts?.active) },
      { label: 'Pending', value: show(counts?.pending) },
      { label: 'Resolved', value: show(counts?.resolved) },
      { label: 'Yours open', value: show(mine?.open_chats) },
    ];
  });
}
