import { InjectionToken } from '@angular/core';

/** The browser's storage of that kind, or null where the browser refuses it. */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | null {
  try {
    return globalThis[kind] ?? null;
  } catch {
    return null;
  }
}

/**
 * Where the executive's console preferences (theme, alert settings) are kept: `localStorage`, so
 * they outlast the tab and the session, unlike credentials. Null when the browser refuses storage;
 * preferences then last until the page is left.
 */
export const PREFERENCE_STORAGE = new InjectionToken<Storage | null>('PreferenceStorage', {
  providedIn: 'root',
  factory: () => browserStorage('localStorage'),
});

/** Reads a stored preference; `fallback` when it is missing, unreadable or refused by `accept`. */
export function loadPreference<T>(
  storage: Storage | null,
  key: string,
  accept: (value: unknown) => value is T,
  fallback: T,
): T {
  try {
    const raw = storage?.getItem(key);
    if (raw === null || raw === undefined) {
      return fallback;
    }
    const value: unknown = JSON.parse(raw);
    return accept(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** Stores a preference; a full or refused storage only costs it surviving a reload. */
export function savePreference(storage: Storage | null, key: string, value: unknown): void {
  try {
    storage?.setItem(key, JSON.stringify(value));
  } catch {
    // The preference still applies for this page.
  }
}
