import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, Subject, catchError, defer, map, of, switchMap } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import {
  ChatAssignment,
  DashboardStats,
  DriverChatStats,
  ExecutiveLoad,
  SlaAlert,
} from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { Session } from '../../../core/auth/session';
import { ChatGateway, ConnectionState } from '../../../core/realtime/chat-gateway';
import { ConfigStore } from '../../../core/state/config-store';
import {
  PREFERENCE_STORAGE,
  loadPreference,
  savePreference,
} from '../../../core/platform/preference-storage';
import {
  AssignmentActivity,
  PresenceMarks,
  assignmentActivity,
  boardRows,
  foldAssignment,
  foldSlaBreach,
  isNewerSnapshot,
  mergeNewestFirst,
  notePresence,
  prependBounded,
} from './dashboard-picture';
import {
  StatusPoint,
  isStatusSeries,
  recentPoints,
  recordSnapshot,
  withServerDay,
} from './status-series';

/** The SLA feed keeps the newest this many alerts. */
export const MAX_SLA_ALERTS = 100;
/** The assignments feed keeps the newest this many hand-overs. */
export const MAX_ASSIGNMENTS = 50;
/** Where the day's series is kept, so a reload does not wipe the chart. */
export const SERIES_STORAGE_KEY = 'ccc.dashboard.series';

const LOAD_FAILED = 'Could not load the team’s figures. Check your connection, then try again.';

interface DashboardState {
  /** The supervisor the feeds were collected for. */
  owner: string | null;
  stats: DashboardStats | null;
  driverStats: DriverChatStats | null;
  presence: PresenceMarks;
  series: readonly StatusPoint[];
  alerts: readonly SlaAlert[];
  assignments: readonly AssignmentActivity[];
  /** Whether the back end sent the recent feeds, so they reach back before the page opened. */
  remembered: boolean;
  loading: boolean;
  error: string | null;
}

type StatsAnswer = { stats: DashboardStats } | { error: string };

/**
 * The supervisors' live picture of the floor. The first figures come from `partnerStats` and the
 * chat configuration; after that it changes only through gateway events (no polling), folding each
 * into the figures, the board, the day's series and the bounded feeds. When the connection returns
 * it asks for the figures and the configuration again.
 *
 * Provided on the dashboard route, so the feeds survive a visit to a chat and back.
 */
@Injectable()
export class DashboardStore {
  private readonly api = inject(PySmartChatApi);
  private readonly gateway = inject(ChatGateway);
  private readonly configStore = inject(ConfigStore);
  private readonly session = inject(Session);
  private readonly storage = inject(PREFERENCE_STORAGE);
  private readonly destroyRef = inject(DestroyRef);
  private readonly fetches = new Subject<void>();
  private readonly state = signal<DashboardState>({
    owner: null,
    stats: null,
    driverStats: null,
    presence: {},
    series: recentPoints(
      loadPreference(this.storage, SERIES_STORAGE_KEY, isStatusSeries, []),
      Date.now(),
    ),
    alerts: [],
    assignments: [],
    remembered: false,
    loading: false,
    error: null,
  });
  private readonly connectionState = signal<ConnectionState>('connecting');
  private readonly lostAt = signal<number | null>(null);
  private wasConnected = false;

  /** The team's figures, or null before the first arrive. */
  readonly stats: Signal<DashboardStats | null> = computed(() => this.state().stats);
  /** The same counts for driver / partner chats, or null before the first push. */
  readonly driverStats: Signal<DriverChatStats | null> = computed(() => this.state().driverStats);
  /** One row per executive, with presence and load. */
  readonly executives: Signal<ExecutiveLoad[]> = computed(() =>
    boardRows(this.state().stats, this.configStore.executives(), this.state().presence),
  );
  /** Chats by status through the day, one point per five minutes. */
  readonly series: Signal<readonly StatusPoint[]> = computed(() => this.state().series);
  /** SLA alerts, newest first. */
  readonly alerts: Signal<readonly SlaAlert[]> = computed(() => this.state().alerts);
  /** Chats assigned and reassigned, newest first. */
  readonly assignments: Signal<readonly AssignmentActivity[]> = computed(
    () => this.state().assignments,
  );
  /** Whether the feeds hold the back end's recent hours, not only what arrived since opening. */
  readonly remembered: Signal<boolean> = computed(() => this.state().remembered);
  /** Whether the figures are being asked for and none are shown yet. */
  readonly loading: Signal<boolean> = computed(
    () => this.state().loading && this.state().stats === null,
  );
  /** Why the first figures could not be loaded, while none are shown. */
  readonly error: Signal<string | null> = computed(() =>
    this.state().stats === null ? this.state().error : null,
  );
  /** The reply limits the board measures waits against. */
  readonly sla = computed(() => this.configStore.config().sla);
  /** Where the gateway connection stands. */
  readonly connection: Signal<ConnectionState> = this.connectionState.asReadonly();
  /** Whether events arrive as they happen. */
  readonly live: Signal<boolean> = computed(() => this.connectionState() === 'connected');
  /** When the connection was lost (epoch ms), while it is; the picture may be behind since. */
  readonly staleSince: Signal<number | null> = this.lostAt.asReadonly();

  constructor() {
    const until = <T>(source: Observable<T>) => source.pipe(takeUntilDestroyed(this.destroyRef));
    until(this.fetches.pipe(switchMap(() => this.askForStats()))).subscribe((answer) =>
      'stats' in answer ? this.applySnapshot(answer.stats) : this.failLoad(answer.error),
    );
    until(this.gateway.onDashboardStats()).subscribe((stats) => this.applySnapshot(stats));
    until(this.gateway.onDriverChatStats()).subscribe((driverStats) =>
      this.state.update((s) => ({ ...s, driverStats })),
    );
    until(this.gateway.onExecutiveStatus()).subscribe((update) =>
      this.state.update((s) => ({ ...s, presence: notePresence(s.presence, update) })),
    );
    until(this.gateway.onSlaAlert()).subscribe((alert) => this.addAlert(alert));
    until(this.gateway.onChatAssigned()).subscribe((a) => this.addAssignment(a, 'assigned'));
    until(this.gateway.onChatReassigned()).subscribe((a) => this.addAssignment(a, 'reassigned'));
    until(this.gateway.connectionState).subscribe((state) => this.onConnection(state));
    until(this.gateway.reconnected).subscribe(() => this.resync());
  }

  /**
   * Called each time the dashboard opens: starts afresh if another supervisor signed in since,
   * and asks for the current figures.
   */
  open(): void {
    const me = this.session.executive()?.executive_id ?? null;
    if (this.state().owner !== me) {
      this.state.update((s) => ({
        ...s,
        owner: me,
        stats: null,
        driverStats: null,
        presence: {},
        alerts: [],
        assignments: [],
        remembered: false,
        error: null,
      }));
    }
    this.reload();
    if (!this.configStore.loaded()) {
      this.configStore.refresh();
    }
  }

  /** Asks for the figures again (the "Try again" of the error state). */
  reload(): void {
    this.state.update((s) => ({ ...s, loading: true }));
    this.fetches.next();
  }

  private resync(): void {
    this.reload();
    this.configStore.refresh();
  }

  private askForStats(): Observable<StatsAnswer> {
    // Deferred, so even a call that throws at once ends as an answer and the stream lives on.
    return defer(() => this.api.partnerStats()).pipe(
      map((stats): StatsAnswer => ({ stats })),
      catchError((error: unknown) =>
        of<StatsAnswer>({ error: error instanceof ApiError ? error.message : LOAD_FAILED }),
      ),
    );
  }

  private applySnapshot(stats: DashboardStats): void {
    const before = this.state();
    // The day and the feeds are kept even from an answer whose figures a push overtook.
    const remembered = this.withRemembered(before, stats);
    if (!isNewerSnapshot(before.stats, stats)) {
      this.state.set({ ...remembered, loading: false });
      this.saveSeries(before.series, remembered.series);
      return;
    }
    const series = recordSnapshot(remembered.series, stats);
    this.state.set({ ...remembered, stats, series, loading: false, error: null });
    this.saveSeries(before.series, series);
  }

  private withRemembered(s: DashboardState, stats: DashboardStats): DashboardState {
    const { day_series: day, recent_sla_alerts: alerts, recent_assignments: assignments } = stats;
    if (!day && !alerts && !assignments) {
      return s;
    }
    return {
      ...s,
      series: day ? withServerDay(s.series, day) : s.series,
      alerts: alerts
        ? mergeNewestFirst(
            s.alerts,
            alerts,
            (a) => a.alert_id,
            (a) => a.raised_at,
            MAX_SLA_ALERTS,
          )
        : s.alerts,
      assignments: assignments
        ? mergeNewestFirst(
            s.assignments,
            assignments.map((a) => assignmentActivity(a, a.kind)),
            (a) => a.id,
            (a) => a.assigned_at,
            MAX_ASSIGNMENTS,
          )
        : s.assignments,
      remembered: s.remembered || alerts !== undefined || assignments !== undefined,
    };
  }

  private saveSeries(before: readonly StatusPoint[], series: readonly StatusPoint[]): void {
    if (series !== before) {
      savePreference(this.storage, SERIES_STORAGE_KEY, series);
    }
  }

  private failLoad(error: string): void {
    this.state.update((s) => ({ ...s, loading: false, error }));
  }

  private addAlert(alert: SlaAlert): void {
    this.state.update((s) => {
      const alerts = prependBounded(s.alerts, alert, (a) => a.alert_id, MAX_SLA_ALERTS);
      if (alerts === s.alerts) {
        return s;
      }
      return { ...s, alerts, stats: s.stats && foldSlaBreach(s.stats, alert) };
    });
  }

  private addAssignment(assignment: ChatAssignment, kind: AssignmentActivity['kind']): void {
    const activity = assignmentActivity(assignment, kind);
    this.state.update((s) => {
      const assignments = prependBounded(s.assignments, activity, (a) => a.id, MAX_ASSIGNMENTS);
      if (assignments === s.assignments) {
        return s;
      }
      return { ...s, assignments, stats: s.stats && foldAssignment(s.stats, assignment) };
    });
  }

  private onConnection(state: ConnectionState): void {
    this.connectionState.set(state);
    if (state === 'connected') {
      this.wasConnected = true;
      this.lostAt.set(null);
      return;
    }
    // "Connecting" at first is not stale: nothing has been missed yet.
    const lost = state !== 'connecting' || this.wasConnected;
    if (lost && this.lostAt() === null) {
      this.lostAt.set(Date.now());
    }
  }
}
