import { ChangeDetectionStrategy, Component, inject } from '@angular/core';

import { AppUpdates } from './app-updates';

/**
 * "A new version is ready · Reload": shown once a newer build of the console is cached and waits.
 * Nothing is lost by waiting: drafts and the session survive the reload, so it is the executive's
 * call when.
 */
@Component({
  selector: 'app-update-prompt',
  template: `
    @if (updates.ready()) {
      <div class="prompt" role="status">
        <span>A new version is ready</span>
        <button type="button" (click)="updates.reload()">Reload</button>
      </div>
    }
  `,
  styles: `
    .prompt {
      position: fixed;
      left: 16px;
      bottom: 16px;
      z-index: 1000;
      display: flex;
      align-items: center;
      gap: 12px;
      padding: 8px 8px 8px 16px;
      border-radius: 8px;
      font: var(--mat-sys-body-medium);
      color: var(--mat-sys-inverse-on-surface);
      background: var(--mat-sys-inverse-surface);
      box-shadow: var(--mat-sys-level3);
    }
    button {
      border: 0;
      border-radius: 16px;
      padding: 6px 12px;
      cursor: pointer;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-inverse-primary);
      background: transparent;
    }
    button:hover {
      background: color-mix(in srgb, var(--mat-sys-inverse-primary) 12%, transparent);
    }
    button:focus-visible {
      outline: 2px solid var(--mat-sys-inverse-primary);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UpdatePrompt {
  protected readonly updates = inject(AppUpdates);

  constructor() {
    void this.updates.start();
  }
}
