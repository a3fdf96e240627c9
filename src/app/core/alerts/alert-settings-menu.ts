import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatDividerModule } from '@angular/material/divider';
import { MatMenuModule } from '@angular/material/menu';

import { AlertSound } from '../platform/alert-sound';
import { AlertStore } from './alert-store';
import { DiagnosticsSetting } from '../layout/diagnostics-setting';

/**
 * The toolbar's alert settings: a mute button for the new-chat chime (on by default), and a menu
 * with the chime, desktop notifications and the Diagnostics button, all remembered in this browser.
 */
@Component({
  selector: 'app-alert-settings-menu',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule],
  templateUrl: './alert-settings-menu.html',
  styleUrl: './alert-settings-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertSettingsMenu {
  protected readonly alerts = inject(AlertStore);
  protected readonly sound = inject(AlertSound);
  protected readonly diagnostics = inject(DiagnosticsSetting);

  protected toggleDesktop(): void {
    void this.alerts.setDesktop(!this.alerts.desktopActive());
  }
}
