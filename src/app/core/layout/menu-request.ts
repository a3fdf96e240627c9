import { signal } from '@angular/core';

/**
 * A request to open a menu whose code loads on first use: the toolbar and the chat list draw a
 * plain button, and the menu's panel (Material's menu and the overlay under it) loads the first
 * time the button is pressed, then opens on each new request.
 */
export interface MenuRequest {
  /** Whether it was asked for from the keyboard: the first item then shows its focus. */
  readonly fromKeyboard: boolean;
  /** Where to open, in the window's coordinates; without it, under the menu's button. */
  readonly at?: { readonly x: number; readonly y: number };
}

/** A new request for `event` (Enter or Space on a button clicks it with `detail` 0). */
export function menuRequest(event: MouseEvent, at?: MenuRequest['at']): MenuRequest {
  return { fromKeyboard: event.detail === 0, at };
}

/**
 * The button side of a lazily loaded menu: the latest request (bind it to the panel's `request`
 * and to a `@defer (when …)`) and whether the menu is open (for `aria-expanded`). When the menu
 * closes, the focus goes back to the button that opened it.
 */
export class MenuOpener {
  private readonly latest = signal<MenuRequest | null>(null);
  private readonly open = signal(false);
  private button: HTMLElement | null = null;

  /** The latest request to open, or null before the first. */
  readonly request = this.latest.asReadonly();
  /** Whether the menu is open. */
  readonly expanded = this.open.asReadonly();

  /** Asks for the menu from a click on its button (or at `at`, a point of the window). */
  ask(event: MouseEvent, at?: MenuRequest['at']): void {
    this.button = event.currentTarget instanceof HTMLElement ? event.currentTarget : null;
    this.latest.set(menuRequest(event, at));
  }

  /** Follows the panel's `expandedChange`; on closing, focuses `returnTo` or the button. */
  settle(open: boolean, returnTo?: HTMLElement): void {
    this.open.set(open);
    if (!open) {
      (returnTo ?? this.button)?.focus();
    }
  }
}
