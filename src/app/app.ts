import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { ThemeStore } from './core/layout/theme-store';
import { UpdatePrompt } from './core/updates/update-prompt';

/** Root: the router decides between login, the executive console and the supervisor dashboard. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, UpdatePrompt],
  // The service worker and its update prompt load once the page is idle, off the first paint.
  template: `
    <router-outlet />
    @defer (on idle) {
      <app-update-prompt />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  constructor() {
    // The saved theme applies from the first page, the login page included.
    inject(ThemeStore);
  }
}
