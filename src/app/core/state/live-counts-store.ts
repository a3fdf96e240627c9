import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { ChatStatusCounts, DashboardStats, ExecutiveLoad } from '../../../contract';
import { Session } from '../auth/session';
import { ChatGateway } from '../realtime/chat-gateway';

/**
 * The team's chat counts as the gateway pushes them (`dashboard_stats`), for the toolbar's compact
 * strip. Null until the first push of the current sign-in.
 */
@Injectable({ providedIn: 'root' })
export class LiveCountsStore {
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);
  private readonly latest = signal<{ owner: string; stats: DashboardStats } | null>(null);

  /** The last figures received for the signed-in staff member, or null. */
  readonly stats: Signal<DashboardStats | null> = computed(() => {
    const latest = this.latest();
    return latest && latest.owner === this.me() ? latest.stats : null;
  });
  /** Active, pending and resolved chats across the team, or null before the first push. */
  readonly counts: Signal<ChatStatusCounts | null> = computed(() => {
    const stats = this.stats();
    return stats
      ? { active: stats.active, pending: stats.pending, resolved: stats.resolved }
      : null;
  });
  /** The signed-in executive's own load, when the figures list them. */
  readonly myLoad: Signal<ExecutiveLoad | null> = computed(
    () => this.stats()?.executives.find((load) => load.executive_id === this.me()) ?? null,
  );

  constructor() {
    inject(ChatGateway)
      .onDashboardStats()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((stats) => {
        const owner = this.me();
        if (owner !== null) {
          this.latest.set({ owner, stats });
        }
      });
  }

  private me(): string | null {
    return this.session.executive()?.executive_id ?? null;
  }
}
