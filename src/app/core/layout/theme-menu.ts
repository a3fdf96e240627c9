import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { MenuOpener } from './menu-request';
import { ThemeMenuPanel } from './theme-menu-panel';
import { THEME_OPTIONS, ThemeStore } from './theme-store';

/**
 * The toolbar's theme switch: follow the computer, light or dark. The menu's code loads the first
 * time it is opened ({@link ThemeMenuPanel}).
 */
@Component({
  selector: 'app-theme-menu',
  imports: [MatButtonModule, ThemeMenuPanel],
  template: `
    <button
      mat-icon-button
      type="button"
      aria-haspopup="menu"
      [attr.aria-expanded]="menu.expanded()"
      [attr.aria-label]="'Theme: ' + current().label"
      title="Theme"
      (click)="menu.ask($event)"
    >
      <span class="material-symbols-outlined" aria-hidden="true">{{ current().icon }}</span>
    </button>
    @defer (when menu.request()) {
      <app-theme-menu-panel [request]="menu.request()" (expandedChange)="menu.settle($event)" />
    }
  `,
  styles: `
    :host {
      position: relative;
      display: inline-flex;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThemeMenu {
  protected readonly theme = inject(ThemeStore);
  protected readonly menu = new MenuOpener();
  protected readonly current = computed(
    () =>
      THEME_OPTIONS.find((option) => option.value === this.theme.preference()) ?? THEME_OPTIONS[0],
  );
}
