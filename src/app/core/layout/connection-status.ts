import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { ConnectionState } from '../realtime/chat-gateway';

const LABELS: Readonly<Record<ConnectionState, string>> = {
  connecting: 'Connecting',
  connected: 'Live',
  reconnecting: 'Reconnecting',
  offline: 'Offline',
};

const HINTS: Readonly<Record<ConnectionState, string>> = {
  connecting: 'Connecting to the chat server.',
  connected: 'Connected: chats update as they happen.',
  reconnecting: 'Not live: reconnecting by itself. Your changes are kept meanwhile.',
  offline: 'Not connected: new messages will not arrive until you sign in again.',
};

/** The toolbar's small connection indicator: a coloured dot and a word. */
@Component({
  selector: 'app-connection-status',
  template: `
    <span class="status" [title]="hint()" tabindex="0" [attr.aria-label]="ariaLabel()">
      <span class="dot" aria-hidden="true"></span>
      {{ label() }}
    </span>
  `,
  styles: `
    .status {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      padding: 2px 10px;
      border-radius: 999px;
      border: 1px solid var(--mat-sys-outline-variant);
      font: var(--mat-sys-label-large);
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
      background: var(--mat-sys-outline);
    }
    :host(.connected) .dot {
      background: #1e8e3e;
    }
    :host(.reconnecting) .dot,
    :host(.connecting) .dot {
      background: #f9ab00;
    }
    :host(.offline) .dot {
      background: var(--mat-sys-error);
    }
  `,
  host: { '[class]': 'state()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConnectionStatus {
  /** Where the gateway connection stands. */
  readonly state = input.required<ConnectionState>();

  protected readonly label = computed(() => LABELS[this.state()]);
  protected readonly hint = computed(() => HINTS[this.state()]);
  protected readonly ariaLabel = computed(() => `Connection: ${this.label()}. ${this.hint()}`);
}
