import { Highlightable } from '@angular/cdk/a11y';
import { Directive, input, output, signal } from '@angular/core';

/**
 * One option of a list whose focus stays in a text box (the command palette, the `/` quick
 * replies): the CDK's `ActiveDescendantKeyManager` highlights it, the box names it with
 * `aria-activedescendant`, and a click picks it.
 */
@Directive({
  selector: '[appListOption]',
  host: {
    role: 'option',
    '[id]': 'optionId()',
    '[attr.aria-selected]': 'active()',
    '[class.active]': 'active()',
    // The keys arrive through the box, which keeps the focus; this is for the pointer.
    '(click)': 'picked.emit(value())',
  },
})
export class ListOption<T> implements Highlightable {
  /** What the option stands for. */
  readonly value = input.required<T>({ alias: 'appListOption' });
  /** The element id, for `aria-activedescendant`. */
  readonly optionId = input.required<string>();
  /** The option was clicked. */
  readonly picked = output<T>();
  /** Whether the key manager highlights this option. */
  readonly active = signal(false);
  /** Whether the option can be picked; every option can. */
  readonly disabled = false;

  setActiveStyles(): void {
    this.active.set(true);
  }

  setInactiveStyles(): void {
    this.active.set(false);
  }
}
