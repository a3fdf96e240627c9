import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { MenuOpener } from '../layout/menu-request';
import { AlertSettingsMenuPanel } from './alert-settings-menu-panel';
import { AlertStore } from './alert-store';

/**
 * The toolbar's alert settings: a mute button for the new-chat chime (on by default), and a menu
 * ({@link AlertSettingsMenuPanel}, loaded when first opened) with the chime, desktop
 * notifications and the Diagnostics button, all remembered in this browser.
 */
@Component({
  selector: 'app-alert-settings-menu',
  imports: [AlertSettingsMenuPanel, MatButtonModule],
  templateUrl: './alert-settings-menu.html',
  styleUrl: './alert-settings-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertSettingsMenu {
  protected readonly alerts = inject(AlertStore);
  protected readonly menu = new MenuOpener();
}
