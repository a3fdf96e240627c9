import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';

import { ConnectionState } from '../realtime/chat-gateway';

/** What the banner says in each connection state; nothing while live. */
export const CONNECTION_BANNER_TEXT: Readonly<Record<ConnectionState, string | null>> = {
  connecting: 'Connecting to the chat server…',
  connected: null,
  reconnecting: 'Reconnecting… your changes are kept',
  offline: 'Offline: check your connection',
};

/** A strip under the toolbar that says when the console is not live, and what to do about it. */
@Component({
  selector: 'app-connection-banner',
  imports: [MatButton],
  template: `
    @if (text(); as text) {
      <div
        class="banner"
        [class.offline]="state() === 'offline'"
        [attr.role]="state() === 'offline' ? 'alert' : 'status'"
      >
        <span class="material-symbols-outlined" aria-hidden="true">{{ icon() }}</span>
        <span class="text">
          {{ text }}
          @if (state() === 'offline' && detail()) {
            <span class="detail">{{ detail() }}</span>
          }
        </span>
        @if (state() === 'offline') {
          <button mat-button type="button" (click)="reconnect.emit()">Reconnect</button>
        }
      </div>
    }
  `,
  styles: `
    .banner {
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 4px 16px;
      min-height: 40px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-body-medium);
    }
    .banner.offline {
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .text {
      flex: 1;
    }
    .detail {
      margin-inline-start: 8px;
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConnectionBanner {
  /** Where the gateway connection stands. */
  readonly state = input.required<ConnectionState>();
  /** Why the connection stopped for good, when it did. */
  readonly detail = input<string | null>(null);
  /** The executive asked to try the connection again. */
  readonly reconnect = output<void>();

  protected readonly text = computed(() => CONNECTION_BANNER_TEXT[this.state()]);
  protected readonly icon = computed(() =>
    this.state() === 'offline' ? 'cloud_off' : 'progress_activity',
  );
}
