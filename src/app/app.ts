import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterOutlet } from '@angular/router';

import { ThemeStore } from './core/layout/theme-store';
import { PageUsable, TOASTS_STYLESHEET } from './core/platform/page-usable';
import { UpdatePrompt } from './core/updates/update-prompt';

/** Root: the router decides between login, the executive console and the supervisor dashboard. */
@Component({
  selector: 'app-root',
  imports: [RouterOutlet, UpdatePrompt],
  // The service worker and its update prompt load once the first page is usable and idle.
  template: `
    <router-outlet />
    @defer (when page.settled()) {
      <app-update-prompt />
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {
  protected readonly page = inject(PageUsable);

  constructor() {
    // The saved theme applies from the first page, the login page included.
    inject(ThemeStore);
    // Bundles of the build (angular.json) no first page needs: faces for Indian scripts and
    // emoji (text in Latin letters shows without them), and the toasts of the signed-in console.
    this.page.addStylesheet('script-fonts.css');
    this.page.addStylesheet(TOASTS_STYLESHEET);
  }
}
