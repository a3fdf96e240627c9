import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { ThemeStore } from './core/layout/theme-store';

/** Root: the router decides between login, the executive console and the supervisor dashboard. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet],
  template: '<router-outlet />',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  constructor() {
    // The saved theme applies from the first page, the login page included.
    inject(ThemeStore);
  }
}
