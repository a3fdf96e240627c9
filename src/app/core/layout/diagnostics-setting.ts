import { Injectable, computed, inject, signal } from '@angular/core';

import { Session } from '../auth/session';
import { PREFERENCE_STORAGE, loadPreference, savePreference } from '../platform/preference-storage';

/** The `localStorage` key of the "Show diagnostics" choice. */
export const DIAGNOSTICS_SETTING_KEY = 'ccc.show-diagnostics';

function isChoice(value: unknown): value is boolean | null {
  return typeof value === 'boolean' || value === null;
}

/**
 * Whether the toolbar shows the Diagnostics button: on for supervisors, off for executives unless
 * they turn it on in this browser.
 */
@Injectable({ providedIn: 'root' })
export class DiagnosticsSetting {
  private readonly storage = inject(PREFERENCE_STORAGE);
  private readonly session = inject(Session);
  private readonly choice = signal<boolean | null>(
    loadPreference(this.storage, DIAGNOSTICS_SETTING_KEY, isChoice, null),
  );

  /** Whether the Diagnostics button is shown. */
  readonly shown = computed(() => this.choice() ?? this.session.role() === 'supervisor');

  /** Shows or hides the Diagnostics button, and remembers the choice in this browser. */
  set(shown: boolean): void {
    this.choice.set(shown);
    savePreference(this.storage, DIAGNOSTICS_SETTING_KEY, shown);
  }
}
