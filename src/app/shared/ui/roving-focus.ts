import { Directive, ElementRef, booleanAttribute, inject, input } from '@angular/core';

const STEPS: Readonly<Record<string, (index: number, count: number) => number>> = {
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  ArrowUp: (index, count) => (index - 1 + count) % count,
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowDown: (index, count) => (index + 1) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

/**
 * Arrow keys, Home and End for a row of plain buttons drawn as tabs or radios (`role="tab"` /
 * `role="radio"` children, the selected one with `tabindex="0"`, the others `-1`): the focus moves
 * along the row and wraps. With `rovingPicks` the move also picks the item, as a radio group does;
 * tabs wait for Enter or Space.
 */
@Directive({
  selector: '[appRovingFocus]',
  host: { '(keydown)': 'onKeydown($event)' },
})
export class RovingFocus {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  /** Whether the item the focus moves to is also picked (clicked). */
  readonly rovingPicks = input(false, { transform: booleanAttribute });

  protected onKeydown(event: KeyboardEvent): void {
    const step = STEPS[event.key];
    if (!step || event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    const items = Array.from(
      this.host.nativeElement.querySelectorAll<HTMLElement>('[role="tab"], [role="radio"]'),
    );
    const index = items.indexOf(event.target as HTMLElement);
    if (index < 0) {
      return;
    }
    event.preventDefault();
    const next = items[step(index, items.length)];
    next.focus();
    if (this.rovingPicks()) {
      next.click();
    }
  }
}
