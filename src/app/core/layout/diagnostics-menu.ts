import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatBadge } from '@angular/material/badge';
import { MatIconButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatTooltip } from '@angular/material/tooltip';

import { DiagnosticsStore } from '../state/diagnostics-store';

/**
 * The toolbar's diagnostics: data the console received but could not read and dropped, one line
 * per event or endpoint with a count. Plain text, so a hostile payload shows as characters.
 */
@Component({
  selector: 'app-diagnostics-menu',
  imports: [
    MatBadge,
    MatDivider,
    MatIcon,
    MatIconButton,
    MatMenu,
    MatMenuItem,
    MatMenuTrigger,
    MatTooltip,
  ],
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
