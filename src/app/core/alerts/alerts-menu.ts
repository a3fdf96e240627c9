import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatBadge } from '@angular/material/badge';
import { MatIconButton } from '@angular/material/button';
import { MatDivider } from '@angular/material/divider';
import { MatIcon } from '@angular/material/icon';
import { MatMenu, MatMenuContent, MatMenuItem, MatMenuTrigger } from '@angular/material/menu';
import { MatTooltip } from '@angular/material/tooltip';
import { formatDistanceStrict } from 'date-fns';

import { AlertStore } from './alert-store';
import { Clock } from '../platform/clock';
import { ConsoleAlert, ConsoleAlertKind } from './console-alert';

const ICONS: Readonly<Record<ConsoleAlertKind, string>> = {
  assigned: 'chat_add_on',
  reassigned: 'swap_horiz',
  sla_warning: 'hourglass_bottom',
  sla_breach: 'error',
};

/** The toolbar's bell: the last alerts, with a badge for those not seen yet. */
@Component({
  selector: 'app-alerts-menu',
  imports: [
    MatBadge,
    MatDivider,
    MatIcon,
    MatIconButton,
    MatMenu,
    MatMenuContent,
    MatMenuItem,
    MatMenuTrigger,
    MatTooltip,
  ],
  template: `
    <button
      mat-icon-button
      type="button"
      [matMenuTriggerFor]="menu"
      (menuOpened)="onOpened()"
      [attr.aria-label]="label()"
      matTooltip="Alerts"
      [matBadge]="store.unseenCount()"
      [matBadgeHidden]="store.unseenCount() === 0"
      matBadgeColor="warn"
    >
      <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">notifications</mat-icon>
    </button>
    <mat-menu #menu="matMenu" aria-label="Alerts" class="alerts-panel">
      <!-- Rendered only while the list is open: kept rendered, up to 50 rows would hold their
        listeners and redraw their times on every clock tick all shift. -->
      <ng-template matMenuContent>
        @for (alert of store.alerts(); track alert.id) {
          <button
            mat-menu-item
            class="alert"
            [class.fresh]="fresh().has(alert.id)"
            (click)="store.open(alert)"
          >
            <mat-icon fontSet="material-symbols-outlined" aria-hidden="true" [class]="alert.kind">{{
              icons[alert.kind]
            }}</mat-icon>
            <span class="line">
              <span class="text">{{ alert.text }}</span>
              <span class="meta">
                @if (fresh().has(alert.id)) {
                  <strong>New · </strong>
                }
                {{ ago(alert) }}
              </span>
            </span>
          </button>
        } @empty {
          <p class="empty">
            No alerts yet. New chats and customers who wait too long show up here.
          </p>
        }
        @if (store.alerts().length > 0) {
          <mat-divider />
          <button mat-menu-item (click)="store.clear()">
            <mat-icon fontSet="material-symbols-outlined" aria-hidden="true">clear_all</mat-icon>
            <span>Clear the list</span>
          </button>
        }
      </ng-template>
    </mat-menu>
  `,
  styles: `
    .line {
      display: flex;
      flex-direction: column;
      white-space: normal;
      padding-block: 6px;
    }
    .meta,
    .empty {
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-on-surface-variant);
    }
    .empty {
      margin: 8px 16px;
      max-width: 240px;
    }
    .fresh .text {
      font-weight: 500;
    }
    .sla_breach {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsMenu {
  protected readonly store = inject(AlertStore);
  private readonly clock = inject(Clock);
  protected readonly icons = ICONS;
  /** Alerts that were new when the list was opened, still marked for this opening. */
  protected readonly fresh = signal<ReadonlySet<string>>(new Set());

  protected readonly label = computed(() => {
    const count = this.store.unseenCount();
    return count === 0 ? 'Alerts' : `Alerts, ${count} new`;
  });

  protected onOpened(): void {
    this.fresh.set(
      new Set(
        this.store
          .alerts()
          .filter((a) => !a.seen)
          .map((a) => a.id),
      ),
    );
    this.store.markAllSeen();
  }

  protected ago(alert: ConsoleAlert): string {
    return formatDistanceStrict(new Date(alert.at), this.clock.now(), { addSuffix: true });
  }
}
