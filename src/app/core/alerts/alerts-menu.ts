import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { MenuOpener } from '../layout/menu-request';
import { AlertStore } from './alert-store';
import { AlertsMenuPanel } from './alerts-menu-panel';

/**
 * The toolbar's bell, with a count of the alerts not seen yet; the list ({@link AlertsMenuPanel})
 * loads the first time it is opened.
 */
@Component({
  selector: 'app-alerts-menu',
  imports: [AlertsMenuPanel, MatButtonModule],
  templateUrl: './alerts-menu.html',
  styleUrl: './alerts-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsMenu {
  protected readonly store = inject(AlertStore);
  protected readonly menu = new MenuOpener();

  protected readonly label = computed(() => {
    const count = this.store.unseenCount();
    return count === 0 ? 'Alerts' : `Alerts, ${count} new`;
  });
}
