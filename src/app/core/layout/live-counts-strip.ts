import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { LiveCountsStore } from '../state/live-counts-store';

/**
 * The toolbar's compact figures for executives, each group saying whose they are: the team's
 * active, pending and resolved chats, then the executive's own open chats.
 */
@Component({
  selector: 'app-live-counts-strip',
  template: `
    <div class="strip">
      <div class="group">
        <span class="whose" aria-hidden="true">Team:</span>
        <dl aria-label="Team chats right now">
          @for (item of team(); track item.label) {
            <div class="item">
              <dt>{{ item.label }}</dt>
              <dd>{{ item.value }}</dd>
            </div>
          }
        </dl>
      </div>
      <div class="group">
        <span class="whose" aria-hidden="true">Yours:</span>
        <dl aria-label="Your chats right now">
          <div class="item">
            <dt>open</dt>
            <dd>{{ yoursOpen() }}</dd>
          </div>
        </dl>
      </div>
    </div>
  `,
  styles: `
    .strip {
      display: flex;
      gap: 20px;
    }
    .group,
    dl {
      display: flex;
      align-items: baseline;
      gap: 6px;
      margin: 0;
    }
    .item {
      display: flex;
      align-items: baseline;
      gap: 4px;
    }
    .item + .item::before {
      content: '·';
      margin-right: 2px;
      color: var(--mat-sys-on-surface-variant);
    }
    .whose,
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

  protected readonly team = computed(() => {
    const counts = this.store.counts();
    return [
      { label: 'Active', value: shown(counts?.active) },
      { label: 'Pending', value: shown(counts?.pending) },
      { label: 'Resolved', value: shown(counts?.resolved) },
    ];
  });
  protected readonly yoursOpen = computed(() => shown(this.store.myLoad()?.open_chats));
}

/** A dash until the first figures arrive: a zero would claim nobody is waiting. */
function shown(value: number | undefined): string {
  return value === undefined ? '–' : String(value);
}
