import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';

import { DiagnosticsSetting } from '../layout/diagnostics-setting';
import { MenuAnchor } from '../layout/menu-anchor';
import { MenuPanel } from '../layout/menu-panel';
import { AlertSound } from '../platform/alert-sound';
import { AlertStore } from './alert-store';

/**
 * The alert settings menu: the chime, desktop notifications and the Diagnostics button, all
 * remembered in this browser (loaded on first use; see {@link AlertSettingsMenu}).
 */
@Component({
  selector: 'app-alert-settings-menu-panel',
  imports: [MenuAnchor, MatDividerModule, MatIconModule, MatMenuModule],
  templateUrl: './alert-settings-menu-panel.html',
  styleUrl: './alert-settings-menu-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertSettingsMenuPanel extends MenuPanel {
  protected readonly alerts = inject(AlertStore);
  protected readonly sound = inject(AlertSound);
  protected readonly diagnostics = inject(DiagnosticsSetting);

  protected toggleDesktop(): void {
    void this.alerts.setDesktop(!this.alerts.desktopActive());
  }
}
