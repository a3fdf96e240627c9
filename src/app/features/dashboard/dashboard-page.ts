import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';

import { Clock } from '../../core/platform/clock';
import { AssignmentFeed } from './assignment-feed/assignment-feed';
import { LoadChart } from './charts/load-chart';
import { StatusChart } from './charts/status-chart';
import { ExecutiveBoard } from './executive-board/executive-board';
import { clockTime } from '../../shared/time/time-format';
import { LiveIndicator } from './live-indicator/live-indicator';
import { SlaFeed } from './sla-feed/sla-feed';
import { DashboardStore } from './state/dashboard-store';
import { SummaryCards } from './summary-cards/summary-cards';
import { WallboardMode } from './wallboard/wallboard-mode';

/**
 * The supervisors' live dashboard: headline figures, the day's chart, each executive's load, and
 * the SLA alerts and assignments as they happen. Updates only from gateway events; a wallboard
 * mode shows it full screen in large type for a whole shift.
 */
@Component({
  selector: 'app-dashboard-page',
  imports: [
    AssignmentFeed,
    ExecutiveBoard,
    LiveIndicator,
    LoadChart,
    MatButtonModule,
    MatIconModule,
    MatProgressSpinnerModule,
    SlaFeed,
    StatusChart,
    SummaryCards,
  ],
  providers: [WallboardMode],
  templateUrl: './dashboard-page.html',
  styleUrl: './dashboard-page.scss',
  host: {
    '[class.wallboard]': 'wallboard.active()',
    '(document:keydown.escape)': 'onEscape()',
  },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class DashboardPage {
  protected readonly store = inject(DashboardStore);
  protected readonly wallboard = inject(WallboardMode);
  private readonly clock = inject(Clock);

  /** Wallboard lists stay short enough to read from across the room. */
  protected readonly alertLimit = computed(() => (this.wallboard.active() ? 8 : 100));
  protected readonly assignmentLimit = computed(() => (this.wallboard.active() ? 5 : 50));
  protected readonly now = this.clock.now;
  protected readonly timeOfDay = computed(() => clockTime(this.clock.now()));
  protected readonly updatedAt = computed(() => {
    const stats = this.store.stats();
    return stats ? clockTime(stats.generated_at, { seconds: true }) : null;
  });
  protected readonly names = computed(
    () => new Map(this.store.executives().map((row) => [row.executive_id, row.name])),
  );

  constructor() {
    this.store.open();
  }

  protected toggleWallboard(): void {
    void this.wallboard.toggle();
  }

  protected onEscape(): void {
    // In full screen the browser handles Escape itself; this covers the refused case.
    if (this.wallboard.active() && !this.wallboard.fullscreen()) {
      void this.wallboard.exit();
    }
  }
}
