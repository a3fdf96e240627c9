import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatBadgeModule } from '@angular/material/badge';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
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
  imports: [MatBadgeModule, MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule],
  templateUrl: './alerts-menu.html',
  styleUrl: './alerts-menu.scss',
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
