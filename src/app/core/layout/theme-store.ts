import { DOCUMENT, Injectable, effect, inject, signal } from '@angular/core';

import { PREFERENCE_STORAGE, loadPreference, savePreference } from '../platform/preference-storage';

/** The executive's choice of colours: follow the operating system, or force light or dark. */
export type ThemePreference = 'system' | 'light' | 'dark';

/** The `localStorage` key of the theme choice. */
export const THEME_STORAGE_KEY = 'ccc.theme';

const THEMES: readonly ThemePreference[] = ['system', 'light', 'dark'];

/** The choices as the theme menu lists them. */
export const THEME_OPTIONS: readonly { value: ThemePreference; label: string; icon: string }[] = [
  { value: 'system', label: 'Same as my computer', icon: 'brightness_auto' },
  { value: 'light', label: 'Light', icon: 'light_mode' },
  { value: 'dark', label: 'Dark', icon: 'dark_mode' },
];

function isTheme(value: unknown): value is ThemePreference {
  return THEMES.includes(value as ThemePreference);
}

/**
 * The theme choice, saved in `localStorage` and applied as `theme-light` / `theme-dark` on `<html>`
 * (no class follows the operating system; see `styles.scss`).
 */
@Injectable({ providedIn: 'root' })
export class ThemeStore {
  private readonly storage = inject(PREFERENCE_STORAGE);
  private readonly root = inject(DOCUMENT).documentElement;
  private readonly choice = signal<ThemePreference>(
    loadPreference(this.storage, THEME_STORAGE_KEY, isTheme, 'system'),
  );

  /** The current choice. */
  readonly preference = this.choice.asReadonly();

  constructor() {
    effect(() => {
      const theme = this.choice();
      this.root.classList.toggle('theme-light', theme === 'light');
      this.root.classList.toggle('theme-dark', theme === 'dark');
    });
  }

  /** Switches the theme and remembers the choice. */
  set(theme: ThemePreference): void {
    this.choice.set(theme);
    savePreference(this.storage, THEME_STORAGE_KEY, theme);
  }
}
