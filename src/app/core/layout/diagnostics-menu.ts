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
  template: `
    <button
      mat-icon-button
      type="button"
      class="diagnostics-trigger"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="label()"
      matTooltip="Diagnostics"
      [matBadge]="store.total()"
      [matBadgeHidden]="store.total() === 0"
      matBadgeColor="accent"
    >
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">troubleshoot</mat-icon>
    </button>
    <mat-menu #menu="matMenu" aria-label="Diagnostics" class="diagnostics-panel">
      <div class="diagnostics" role="region" aria-label="Dropped data">
        <h2 class="title">Diagnostics</h2>
        @for (line of store.dropped(); track line.source + line.name) {
          <div class="drop" data-testid="dropped-payload">
            <span class="name"
              >{{ line.source === 'event' ? 'Event' : 'Endpoint' }} {{ line.name }}:
              <span class="count">{{ line.count }}</span> dropped</span
            >
            <span class="reason">{{ line.reason }}</span>
          </div>
        } @empty {
          <p class="empty">Nothing dropped. Data the console cannot read would be listed here.</p>
        }
      </div>
      @if (store.dropped().length > 0) {
        <mat-divider />
        <p class="hint">
          The console ignored this data and kept working. If the list keeps growing, tell your
          supervisor.
        </p>
        <button mat-menu-item (click)="store.clear()">
          <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">clear_all</mat-icon>
          <span>Clear the list</span>
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .diagnostics {
      padding: 8px 16px;
      max-width: 360px;
    }
    .title {
      font: var(--mat-sys-title-small);
      margin: 0 0 8px;
    }
    .drop {
      display: flex;
      flex-direction: column;
      padding-block: 4px;
    }
    .name {
      font: var(--mat-sys-body-medium);
      overflow-wrap: anywhere;
    }
    .reason,
    .empty,
    .hint {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
      overflow-wrap: anywhere;
    }
    .empty,
    .hint {
      margin: 4px 0;
    }
    .hint {
      margin-inline: 16px;
      max-width: 328px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiagnosticsMenu {
  protected readonly store = inject(DiagnosticsStore);

  protected readonly label = computed(() => {
    const total = this.store.total();
    return total === 0 ? 'Diagnostics' : `Diagnostics, ${total} dropped`;
  });
}
