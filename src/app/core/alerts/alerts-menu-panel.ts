import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { formatDistanceStrict } from 'date-fns';

import { MenuAnchor } from '../layout/menu-anchor';
import { MenuPanel } from '../layout/menu-panel';
import { Clock } from '../platform/clock';
import { AlertStore } from './alert-store';
import { ConsoleAlert, ConsoleAlertKind } from './console-alert';

const ICONS: Readonly<Record<ConsoleAlertKind, string>> = {
  assigned: 'chat_add_on',
  reassigned: 'swap_horiz',
  sla_warning: 'hourglass_bottom',
  sla_breach: 'error',
};

/** The bell's list of the last alerts (loaded on first use; see {@link AlertsMenu}). */
@Component({
  selector: 'app-alerts-menu-panel',
  imports: [MenuAnchor, MatDividerModule, MatIconModule, MatMenuModule],
  templateUrl: './alerts-menu-panel.html',
  styleUrl: './alerts-menu-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AlertsMenuPanel extends MenuPanel {
  protected readonly store = inject(AlertStore);
  private readonly clock = inject(Clock);
  protected readonly icons = ICONS;
  /** Alerts that were new when the list was opened, still marked for this opening. */
  protected readonly fresh = signal<ReadonlySet<string>>(new Set());

  protected onExpanded(open: boolean): void {
    if (open) {
      this.markSeen();
    }
    this.expandedChange.emit(open);
  }

  private markSeen(): void {
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
