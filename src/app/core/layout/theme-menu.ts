import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';

import { ThemePreference, ThemeStore } from './theme-store';

const OPTIONS: readonly { value: ThemePreference; label: string; icon: string }[] = [
  { value: 'system', label: 'Same as my computer', icon: 'brightness_auto' },
  { value: 'light', label: 'Light', icon: 'light_mode' },
  { value: 'dark', label: 'Dark', icon: 'dark_mode' },
];

/** The toolbar's theme switch: follow the computer, light or dark. */
@Component({
  selector: 'app-theme-menu',
  imports: [MatButtonModule, MatIconModule, MatMenuModule],
  template: `
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'Theme: ' + current().label"
      title="Theme"
    >
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">{{
        current().icon
      }}</mat-icon>
    </button>
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
export class ThemeMenu {
  protected readonly theme = inject(ThemeStore);
  protected readonly options = OPTIONS;
  protected readonly current = computed(
    () => OPTIONS.find((option) => option.value === this.theme.preference()) ?? OPTIONS[0],
  );
}
