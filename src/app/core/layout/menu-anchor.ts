import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatMenuModule, MatMenuPanel, MatMenuTrigger } from '@angular/material/menu';

import { MenuRequest } from './menu-request';

/**
 * The invisible trigger of a lazily loaded menu (see {@link MenuPanel}): laid over the button that
 * asked for the menu (whose host is positioned), or moved to the request's point.
 */
@Component({
  selector: 'app-menu-anchor',
  imports: [MatMenuModule],
  template: `<span
    #anchor
    class="menu-anchor"
    aria-hidden="true"
    [matMenuTriggerFor]="menu()"
    [matMenuTriggerRestoreFocus]="false"
    (menuOpened)="expandedChange.emit(true)"
    (menuClosed)="expandedChange.emit(false)"
  ></span>`,
  styleUrl: './menu-anchor.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MenuAnchor {
  /** The menu to open. */
  readonly menu = input.required<MatMenuPanel>();
  /** Whether the menu is open. */
  readonly expandedChange = output<boolean>();

  private readonly trigger = viewChild.required(MatMenuTrigger);
  private readonly anchor = viewChild.required<ElementRef<HTMLElement>>('anchor');

  /** Opens the menu for `request`: at its point, or over the button. */
  open(request: MenuRequest): void {
    const anchor = this.anchor().nativeElement;
    anchor.classList.toggle('at-point', !!request.at);
    anchor.style.left = '';
    anchor.style.top = '';
    if (request.at) {
      // A fixed element is placed against the nearest ancestor that contains its layout (the
      // console's panes do), not always the window: measure once and correct by the difference.
      const { x, y } = request.at;
      anchor.style.left = `${x}px`;
      anchor.style.top = `${y}px`;
      const placed = anchor.getBoundingClientRect();
      anchor.style.left = `${2 * x - placed.left}px`;
      anchor.style.top = `${2 * y - placed.top}px`;
    }
    const trigger = this.trigger();
    trigger.openMenu();
    if (request.fromKeyboard) {
      trigger.menu?.focusFirstItem?.('keyboard');
    }
  }
}
