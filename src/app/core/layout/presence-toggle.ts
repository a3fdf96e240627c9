import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatTooltip } from '@angular/material/tooltip';

import { PresenceStore } from '../state/presence-store';

/**
 * The executive's online / offline switch: a native button with the `switch` role, drawn in the
 * theme's colours, so the toolbar does not load the slide-toggle module. It shows the server's
 * answer, not the click, until the change is confirmed.
 */
@Component({
  selector: 'app-presence-toggle',
  imports: [MatTooltip],
  template: `
    <button
      class="switch"
      type="button"
      role="switch"
      [attr.aria-checked]="presence.isOnline()"
      [disabled]="presence.saving() || !connected()"
      (click)="toggle()"
      [matTooltip]="hint()"
      aria-describedby="presence-hint"
    >
      <span class="track" aria-hidden="true"><span class="thumb"></span></span>
      <span class="label">{{ presence.isOnline() ? 'Online' : 'Offline' }}</span>
    </button>
    <span id="presence-hint" class="visually-hidden">{{ hint() }}</span>
  `,
  styles: `
    .switch {
      display: inline-flex;
      align-items: center;
      gap: 8px;
      height: 40px;
      padding: 0 8px 0 4px;
      border: 0;
      border-radius: var(--mat-sys-corner-full);
      background: none;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-medium);
      cursor: pointer;

      &:focus-visible {
        outline: 2px solid var(--mat-sys-primary);
      }
      &:disabled {
        cursor: default;
        color: color-mix(in srgb, var(--mat-sys-on-surface) 38%, transparent);
      }
    }
    .track {
      position: relative;
      width: 44px;
      height: 24px;
      box-sizing: border-box;
      border: 2px solid var(--mat-sys-outline);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-highest);
      transition: background-color 150ms;
    }
    .thumb {
      position: absolute;
      top: 4px;
      left: 4px;
      width: 12px;
      height: 12px;
      border-radius: 50%;
      background: var(--mat-sys-outline);
      transition: transform 150ms;
    }
    [aria-checked='true'] {
      .track {
        border-color: var(--mat-sys-primary);
        background: var(--mat-sys-primary);
      }
      .thumb {
        top: 2px;
        width: 16px;
        height: 16px;
        background: var(--mat-sys-on-primary);
        transform: translateX(18px);
      }
    }
    .switch:disabled .track {
      opacity: 0.38;
    }
    @media (prefers-reduced-motion: reduce) {
      .track,
      .thumb {
        transition: none;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PresenceToggle {
  protected readonly presence = inject(PresenceStore);

  /** Whether the gateway is connected; the switch waits for it. */
  readonly connected = input(true);

  protected readonly hint = computed(() => {
    if (!this.connected()) {
      return 'You can change your status once the console is connected again.';
    }
    return this.presence.isOnline()
      ? 'You are online: new chats are assigned to you. Switch off to stop new chats.'
      : 'You are offline: no new chats are assigned to you. Switch on to take chats.';
  });

  protected toggle(): void {
    this.presence.setStatus(this.presence.isOnline() ? 'offline' : 'online');
  }
}
