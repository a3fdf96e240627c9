import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ConnectionCause, ConnectionState } from '../realtime/chat-gateway';
import { ResyncPhase } from '../state/resync-store';

/** What the banner says in each connection state when no cause is known; nothing while live. */
export const CONNECTION_BANNER_TEXT: Readonly<Record<ConnectionState, string | null>> = {
  connecting: 'Connecting to the chat server…',
  connected: null,
  reconnecting: 'Reconnecting… your changes are kept',
  offline: 'Not connected to the chat server.',
};

/** What the banner says while reconnecting, by what the console knows of the cause. */
export const CAUSE_BANNER_TEXT: Readonly<Record<ConnectionCause, string>> = {
  'server-closed':
    'The chat server closed the connection (an update or a restart). Reconnecting by itself… your changes are kept',
  unreachable: 'The chat server cannot be reached. Reconnecting by itself… your changes are kept',
  refused:
    'The chat server is not taking connections right now. Retrying by itself… your changes are kept',
  network: 'The connection dropped. Reconnecting by itself… your changes are kept',
  'no-network':
    'This computer has no network: check the cable or Wi-Fi. The console reconnects by itself once it is back.',
};

/** What the banner says once connected, while catching up and just after; nothing when idle. */
export const RESYNC_BANNER_TEXT: Readonly<Record<ResyncPhase, string | null>> = {
  idle: null,
  'catching-up': 'Back online: fetching what you missed…',
  refreshing:
    'Back online after a long time: refreshing every chat, what you saw may be out of date…',
  live: 'Live: chats are up to date',
};

/** What the banner says first while not connected after a long time offline. */
export const STALE_BANNER_TEXT = 'Offline for a while: what you see may be out of date.';

/**
 * The banner's sentence: why the console is not connected and that it reconnects by itself (with
 * the stale warning after a long time offline), the catch-up phase once connected.
 */
export function bannerText(
  state: ConnectionState,
  phase: ResyncPhase,
  stale: boolean,
  cause: ConnectionCause | null = null,
): string | null {
  if (state === 'connected') {
    return RESYNC_BANNER_TEXT[phase];
  }
  const text =
    state === 'reconnecting' && cause !== null
      ? CAUSE_BANNER_TEXT[cause]
      : CONNECTION_BANNER_TEXT[state];
  return stale && state !== 'offline' ? `${STALE_BANNER_TEXT} ${text}` : text;
}

/** A strip under the toolbar that says when the console is not live, why, and that it reconnects. */
@Component({
  selector: 'app-connection-banner',
  imports: [MatButtonModule],
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
        <span class="text">{{ text }}</span>
        @if (state() === 'reconnecting') {
          <button mat-button type="button" (click)="retry.emit()">Retry now</button>
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
  /** Why the console is not connected, when it can tell. */
  readonly cause = input<ConnectionCause | null>(null);
  /** The executive asked to try the connection now rather than after the backoff. */
  readonly retry = output<void>();

  protected readonly text = computed(() =>
    bannerText(this.state(), this.phase(), this.stale(), this.cause()),
  );
  protected readonly icon = computed(() => {
    if (this.state() === 'offline') {
      return 'cloud_off';
    }
    return this.state() === 'connected' && this.phase() === 'live'
      ? 'cloud_done'
      : 'progress_activity';
  });
}
