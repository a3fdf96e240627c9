import { ComponentFixture } from '@angular/core/testing';

/** The items of the menu open in the overlay, by their text. */
export function openMenuItems(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.mat-mdc-menu-panel [mat-menu-item]'));
}

/**
 * Clicks `button`, a lazily loaded menu's button, and waits until its menu is open in the overlay
 * (the first time, the menu's code loads first); returns the open menu's items.
 */
export async function openLazyMenu(
  fixture: ComponentFixture<unknown>,
  button: HTMLElement,
): Promise<HTMLElement[]> {
  button.click();
  for (let i = 0; i < 200; i++) {
    await fixture.whenStable();
    const panel = document.querySelector('.mat-mdc-menu-panel');
    if (panel) {
      return openMenuItems();
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('The menu did not open');
}

/** Clicks the open menu's item whose text matches `text`. */
export function clickMenuItem(text: RegExp): void {
  const item = openMenuItems().find((candidate) => text.test(candidate.textContent ?? ''));
  if (!item) {
    throw new Error(`No menu item matches ${text}`);
  }
  item.click();
}

/** Waits until no menu is open in the overlay (its closing animation ended). */
export async function menuClosed(fixture: ComponentFixture<unknown>): Promise<void> {
  for (let i = 0; i < 200 && document.querySelector('.mat-mdc-menu-panel'); i++) {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
