import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';

import { DiagnosticsStore } from '../state/diagnostics-store';

/**
 * The toolbar's diagnostics: data the console received but could not read and dropped, one line
 * per event or endpoint with a count. Plain text, so a hostile payload shows as characters.
 */
@Component({
  selector: 'app-diagnostics-menu',
  imports: [MatBadgeModule, MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule],
  templateUrl: './diagnostics-menu.html',
  styleUrl: './diagnostics-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiagnosticsMenu {
  protected readonly store = inject(DiagnosticsStore);

  protected readonly label = computed(() => {
    const total = this.store.total();
    return total === 0 ? 'Diagnostics' : `Diagnostics, ${total} dropped`;
  });
}
