import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { ConnectionState } from '../../../core/realtime/chat-gateway';
import { clockTime } from '../../../shared/time/time-format';

/**
 * Whether the dashboard is live: "Live" while the gateway is connected, otherwise since when the
 * figures may be behind and what the console is doing about it.
 */
@Component({
  selector: 'app-live-indicator',
  template: `
    <span class="dot" aria-hidden="true"></span>
    <span class="text">{{ text() }}</span>
  `,
  styles: `
    :host {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      padding: 4px 12px;
      border-radius: 999px;
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--dash-chip-font, var(--mat-sys-label-large));
      white-space: nowrap;
    }
    :host(.stale) {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
      border-color: transparent;
    }
    .dot {
      width: 0.75em;
      height: 0.75em;
      border-radius: 50%;
      background: var(--mat-sys-outline);
    }
    :host(.live) .dot {
      background: #1e8e3e;
    }
    :host(.stale) .dot {
      background: var(--mat-sys-error);
    }
  `,
  host: {
    role: 'status',
    '[class.live]': 'live()',
    '[class.stale]': 'staleSince() !== null && !live()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LiveIndicator {
  /** Where the gateway connection stands. */
  readonly state = input.required<ConnectionState>();
  /** When the connection was lost (epoch ms), or null. */
  readonly staleSince = input<number | null>(null);

  protected readonly live = computed(() => this.state() === 'connected');
  protected readonly text = computed(() => {
    if (this.live()) {
      return 'Live';
    }
    const since = this.staleSince();
    if (since === null) {
      return 'Connecting…';
    }
    const doing = this.state() === 'offline' ? 'not connected' : 'reconnecting';
    return `Stale since ${clockTime(since)} — ${doing}`;
  });
}
