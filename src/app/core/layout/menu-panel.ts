import { Directive, afterRenderEffect, input, output, untracked, viewChild } from '@angular/core';

import { MenuAnchor } from './menu-anchor';
import { MenuRequest } from './menu-request';

/**
 * The lazily loaded half of a menu (see {@link MenuRequest}): its template holds a `mat-menu` and
 * `<app-menu-anchor [menu]="menu" (expandedChange)="expandedChange.emit($event)" />`; each new
 * `request` opens the menu. The button that asked keeps the focus and `aria-expanded`.
 */
@Directive()
export abstract class MenuPanel {
  /** The latest request to open; a new object opens the menu again. */
  readonly request = input.required<MenuRequest | null>();
  /** Whether the menu is open; on `false` the button takes the focus back. */
  readonly expandedChange = output<boolean>();

  private readonly anchor = viewChild.required(MenuAnchor);

  constructor() {
    afterRenderEffect(() => {
      const request = this.request();
      if (request) {
        untracked(() => this.anchor().open(request));
      }
    });
  }
}
