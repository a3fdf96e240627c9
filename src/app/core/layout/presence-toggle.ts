import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatSlideToggle, MatSlideToggleChange } from '@angular/material/slide-toggle';
import { MatTooltip } from '@angular/material/tooltip';

import { PresenceStore } from '../state/presence-store';

/** The executive's online / offline switch. */
@Component({
  selector: 'app-presence-toggle',
  imports: [MatSlideToggle, MatTooltip],
  template: `
    <mat-slide-toggle
      [checked]="presence.isOnline()"
      [disabled]="presence.saving() || !connected()"
      (change)="onChange($event)"
      [matTooltip]="hint()"
      aria-describedby="presence-hint"
    >
      {{ presence.isOnline() ? 'Online' : 'Offline' }}
    </mat-slide-toggle>
    <span id="presence-hint" class="visually-hidden">{{ hint() }}</span>
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

  protected onChange(event: MatSlideToggleChange): void {
    this.presence.setStatus(event.checked ? 'online' : 'offline');
    // The switch shows the server's answer, not the click, until the change is confirmed.
    event.source.checked = this.presence.isOnline();
  }
}
