import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { DiagnosticsStore } from '../state/diagnostics-store';
import { DiagnosticsMenuPanel } from './diagnostics-menu-panel';
import { MenuOpener } from './menu-request';

/**
 * The toolbar's diagnostics button with the count of dropped data; the list
 * ({@link DiagnosticsMenuPanel}) loads the first time it is opened.
 */
@Component({
  selector: 'app-diagnostics-menu',
  imports: [DiagnosticsMenuPanel, MatButtonModule],
  templateUrl: './diagnostics-menu.html',
  styleUrl: './diagnostics-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiagnosticsMenu {
  protected readonly store = inject(DiagnosticsStore);
  protected readonly menu = new MenuOpener();

  protected readonly label = computed(() => {
    const total = this.store.total();
    return total === 0 ? 'Diagnostics' : `Diagnostics, ${total} dropped`;
  });
}
