import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';

import { MenuAnchor } from './menu-anchor';
import { MenuPanel } from './menu-panel';
import { THEME_OPTIONS, ThemeStore } from './theme-store';

/** The theme menu's list (loaded on first use; see {@link ThemeMenu}). */
@Component({
  selector: 'app-theme-menu-panel',
  imports: [MenuAnchor, MatIconModule, MatMenuModule],
  template: `
    <app-menu-anchor [menu]="menu" (expandedChange)="expandedChange.emit($event)" />
    <mat-menu #menu="matMenu" aria-label="Theme">
      @for (option of options; track option.value) {
        <button
          mat-menu-item
          role="menuitemradio"
          [attr.aria-checked]="option.value === theme.preference()"
          (click)="theme.set(option.value)"
        >
          <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">{{
            option.value === theme.preference() ? 'check' : option.icon
          }}</mat-icon>
          <span>{{ option.label }}</span>
        </button>
      }
    </mat-menu>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ThemeMenuPanel extends MenuPanel {
  protected readonly theme = inject(ThemeStore);
  protected readonly options = THEME_OPTIONS;
}
