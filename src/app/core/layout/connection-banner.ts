import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';

import { ConnectionState } from '../realtime/chat-gateway';
import { ResyncPhase } from '../state/resync-store';

/** What the banner says in each connection state; nothing while live. */
export const CONNECTION_BANNER_TEXT: Readonly<Record<ConnectionState, string | null>> = {
  connecting: 'Connecting to the chat server…',
  connected: null,
  reconnecting: 'Reconnecting… your changes are kept',
  offline: 'Offline: check your connection',
};

/** What the banner says once connected, while catching up and just after; nothing when idle. */
export const RESYNC_BANNER_TEXT: Readonly<Record<ResyncPhase, string | null>> = {
  idle: null,
  'catching-up': 'Back online: fetching what you missed…',
  refreshing:
    'Back online after a long time: refreshing every chat, what you saw may be out of date…',
  live: 'Live: chats are up to date',
};

/** What the banner says while not connected after a long time offline. */
export const STALE_BANNER_TEXT =
  'Offline for a while: what you see may be out of date. Reconnecting…';

/**
 * The banner's sentence: the connection state while not connected (with the stale warning after a
 * long time offline), the catch-up phase once connected.
 */
export function bannerText(
  state: ConnectionState,
  phase: ResyncPhase,
  stale: boolean,
): string | null {
  if (state === 'connected') {
    return RESYNC_BANNER_TEXT[phase];
  }
  if (state === 'reconnecting' && stale) {
    return STALE_BANNER_TEXT;
  }
  return CONNECTION_BANNER_TEXT[state];
}

/** A strip under the toolbar that says when the console is not live, and what to do about it. */
@Component({
  selector: 'app-connection-banner',
  imports: [MatButton],
  template: `
    @if (text(); as text) {
      <div
        class="banner"
        [class.offline]="state() === 'offline'"
        [class.live]="state() === 'connected' && phase() === 'live'"
        [attr.role]="state() === 'offline' ? 'alert' : 'status'"
        [attr.data-sync]="state() === 'connected' ? phase() : state()"
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
    .banner.live {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
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
  /** What the console does to catch up after a reconnect. */
  readonly phase = input<ResyncPhase>('idle');
  /** Whether the console has been offline long enough for what it shows to be out of date. */
  readonly stale = input(false);
  /** Why the connection stopped for good, when it did. */
  readonly detail = input<string | null>(null);
  /** The executive asked to try the connection again. */
  readonly reconnect = output<void>();

  protected readonly text = computed(() => bannerText(this.state(), this.phase(), this.stale()));
  protected readonly icon = computed(() => {
    if (this.state() === 'offline') {
      return 'cloud_off';
    }
    return this.state() === 'connected' && this.phase() === 'live'
      ? 'cloud_done'
      : 'progress_activity';
  });
}
