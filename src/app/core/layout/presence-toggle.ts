import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { PresenceStore } from '../state/presence-store';

/**
 * The executive's online / offline switch: a native button with the `switch` role, drawn in the
 * theme's colours, so the toolbar does not load the slide-toggle module. It shows the server's
 * answer, not the click, until the change is confirmed.
 */
@Component({
  selector: 'app-presence-toggle',
  templateUrl: './presence-toggle.html',
  styleUrl: './presence-toggle.scss',
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
