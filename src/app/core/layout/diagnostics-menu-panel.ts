import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';

import { DiagnosticsStore } from '../state/diagnostics-store';
import { MenuAnchor } from './menu-anchor';
import { MenuPanel } from './menu-panel';

/**
 * The diagnostics list: data the console received but could not read and dropped, one line per
 * event or endpoint with a count (loaded on first use; see {@link DiagnosticsMenu}). Plain text,
 * so a hostile payload shows as characters.
 */
@Component({
  selector: 'app-diagnostics-menu-panel',
  imports: [MenuAnchor, MatDividerModule, MatIconModule, MatMenuModule],
  templateUrl: './diagnostics-menu-panel.html',
  styleUrl: './diagnostics-menu-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiagnosticsMenuPanel extends MenuPanel {
  protected readonly store = inject(DiagnosticsStore);
}
