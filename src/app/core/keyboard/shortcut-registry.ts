import { Injectable, Signal, computed, signal } from '@angular/core';

import { ShortcutDefinition, ShortcutId, shortcutFor } from './shortcuts';

/**
 * Runs a shortcut. Return `false` when it does not apply right now (say, `composer.send` while the
 * focus is in another field): the key then reaches the page as if no shortcut existed.
 */
export type ShortcutHandler = (event: KeyboardEvent) => boolean | void;

/** Fields where letters are typing, not commands. */
const TEXT_FIELD_SELECTOR =
  'input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit])' +
  ':not([type=reset]):not([type=range]):not([type=color]):not([type=file]),' +
  'textarea, select, [contenteditable=""], [contenteditable="true"],' +
  '[role=textbox], [role=searchbox], [role=combobox], [role=spinbutton]';

/** Dialogs, menus and select panels: their keys belong to them. */
const OVERLAY_SELECTOR = '.cdk-overlay-container';

interface Registration {
  readonly id: ShortcutId;
  readonly handler: ShortcutHandler;
}

/**
 * The console's keyboard shortcuts. Features register a handler per shortcut id while they are on
 * screen; the app shell passes every `keydown` of the document to {@link handleKeydown}. When two
 * features register the same id, the latest registration runs until it is removed.
 */
@Injectable({ providedIn: 'root' })
export class ShortcutRegistry {
  private readonly registrations = signal<readonly Registration[]>([]);

  /** Ids that have a handler now, so the overlay can tell what works on this page. */
  readonly active: Signal<ReadonlySet<ShortcutId>> = computed(
    () => new Set(this.registrations().map((registration) => registration.id)),
  );

  /**
   * Registers `handler` for the shortcut `id` and returns the function that removes it. Call the
   * returned function when the feature leaves the screen (`DestroyRef.onDestroy`).
   */
  register(id: ShortcutId, handler: ShortcutHandler): () => void {
    const registration: Registration = { id, handler };
    this.registrations.update((list) => [...list, registration]);
    return () => this.registrations.update((list) => list.filter((r) => r !== registration));
  }

  /** Whether a handler is registered for `id`. */
  isActive(id: ShortcutId): boolean {
    return this.active().has(id);
  }

  /**
   * Runs the shortcut a key press stands for, if one is registered and the press is meant for it,
   * and then stops the browser's own handling of the key. Returns whether a shortcut ran.
   */
  handleKeydown(event: KeyboardEvent): boolean {
    if (event.defaultPrevented || event.isComposing) {
      return false;
    }
    const shortcut = shortcutFor(event);
    if (!shortcut || (event.repeat && !shortcut.repeats) || !this.isMeantFor(event, shortcut)) {
      return false;
    }
    const handled = this.invoke(shortcut.id, event);
    if (handled) {
      event.preventDefault();
    }
    return handled;
  }

  /** Runs the latest handler of `id` as if its key had been pressed; returns whether one ran. */
  run(id: ShortcutId, event: KeyboardEvent = new KeyboardEvent('keydown')): boolean {
    return this.invoke(id, event);
  }

  private invoke(id: ShortcutId, event: KeyboardEvent): boolean {
    const list = this.registrations();
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i].id === id) {
        return list[i].handler(event) !== false;
      }
    }
    return false;
  }

  private isMeantFor(event: KeyboardEvent, shortcut: ShortcutDefinition): boolean {
    const target = event.composedPath?.()[0] ?? event.target;
    if (!(target instanceof Element)) {
      return true;
    }
    if (target.closest(OVERLAY_SELECTOR)) {
      return false;
    }
    return shortcut.inTextFields === true || !target.closest(TEXT_FIELD_SELECTOR);
  }
}
