import {
  DestroyRef,
  Injectable,
  Signal,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { NavigationEnd, Router } from '@angular/router';
import { ActiveToast, IndividualConfig, ToastrService } from 'ngx-toastr';
import { asyncScheduler, distinctUntilChanged, filter, map, take, throttleTime } from 'rxjs';

import { ChatAssignment, SlaAlert } from '../../../contract';
import { SESSION_STORAGE, Session } from '../auth/session';
import { ChatGateway } from '../realtime/chat-gateway';
import { AlertQuiet } from './alert-quiet';
import { AlertSound } from '../platform/alert-sound';
import { AssignToMe } from '../state/assign-to-me';
import { ChatListStore } from '../state/chat-list-store';
import {
  ConsoleAlert,
  ConsoleAlertKind,
  MAX_KEPT_ALERTS,
  assignmentAlert,
  isConsoleAlert,
  keepAlert,
  slaConsoleAlert,
} from './console-alert';
import { DesktopNotifier, DesktopPermission } from '../platform/desktop-notifier';
import { bufferPerFrame } from '../platform/frame-batch';
import { PageUsable, TOASTS_STYLESHEET } from '../platform/page-usable';
import { PREFERENCE_STORAGE, loadPreference, savePreference } from '../platform/preference-storage';
import { UnreadLedger, unreadTotal } from './unread-total';
import {
  ALERT_SETTINGS_KEY,
  AlertSettings,
  DEFAULT_ALERT_SETTINGS,
  isAlertSettings,
} from './alert-settings';

/** The product name, and the tab title when nothing waits. */
export const APP_TITLE = 'Customer Care Chat';

/** Shortest time between two changes of the tab title. */
const TITLE_INTERVAL_MS = 1_000;

/** The `sessionStorage` key of the kept alerts, so a reload of the tab does not lose them. */
export const KEPT_ALERTS_KEY = 'ccc.alerts';

const TOAST_OPTIONS: Record<ConsoleAlertKind, Partial<IndividualConfig>> = {
  assigned: { timeOut: 10_000 },
  reassigned: { timeOut: 10_000 },
  sla_warning: { timeOut: 10_000 },
  // A breach stays until the executive closes or opens it.
  sla_breach: { disableTimeOut: true },
};

/** How long a breach shows on the dashboard, where the SLA feed keeps it. */
const DASHBOARD_TOAST_MS = 10_000;

/**
 * At most this many alert toasts on screen. A burst (a dozen chats assigned at once, or breaches
 * that stay until closed) would otherwise queue hidden toasts without end, and a console open all
 * shift would keep growing. The oldest goes first; every alert stays in the list under the bell.
 */
export const MAX_ALERT_TOASTS = 3;

interface Owned<T> {
  readonly owner: string | null;
  readonly value: T;
}

const NO_ALERTS: Owned<readonly ConsoleAlert[]> = { owner: null, value: [] };

function isKeptAlerts(value: unknown): value is Owned<readonly ConsoleAlert[]> {
  const kept = value as Partial<Owned<unknown>> | null;
  return (
    typeof kept === 'object' &&
    kept !== null &&
    typeof kept.owner === 'string' &&
    Array.isArray(kept.value) &&
    kept.value.length <= MAX_KEPT_ALERTS &&
    kept.value.every(isConsoleAlert)
  );
}

/** The tab title for a number of waiting messages (or new alerts). */
export function titleWithCount(count: number): string {
  return count > 0 ? `(${count}) ${APP_TITLE}` : APP_TITLE;
}

/**
 * Alerts for the signed-in staff member: a chat assigned or reassigned to them and SLA alerts raise
 * a toast that opens the chat, an optional chime and an optional desktop notification (tab
 * hidden). The last 50 stay in a list that survives a reload of the tab, so none is lost; the
 * tab title counts the customer messages waiting for a reply.
 */
@Injectable({ providedIn: 'root' })
export class AlertStore {
  private readonly session = inject(Session);
  private readonly ownMoves = inject(AssignToMe);
  private readonly chatList = inject(ChatListStore);
  private readonly toastr = inject(ToastrService);
  private readonly page = inject(PageUsable);
  /** The alert toasts shown and not yet closed, oldest first. */
  private readonly onScreen: ActiveToast<unknown>[] = [];
  private readonly router = inject(Router);
  private readonly sound = inject(AlertSound);
  private readonly quiet = inject(AlertQuiet);
  private readonly notifier = inject(DesktopNotifier);
  private readonly storage = inject(PREFERENCE_STORAGE);
  private readonly tabStorage = inject(SESSION_STORAGE);
  private readonly destroyRef = inject(DestroyRef);

  private readonly settingsState = signal<AlertSettings>(
    loadPreference(this.storage, ALERT_SETTINGS_KEY, isAlertSettings, DEFAULT_ALERT_SETTINGS),
  );
  private readonly permission = signal<DesktopPermission>(this.notifier.permission());
  private readonly kept = signal<Owned<readonly ConsoleAlert[]>>(
    loadPreference(this.tabStorage, KEPT_ALERTS_KEY, isKeptAlerts, NO_ALERTS),
  );
  private readonly live = new UnreadLedger();
  private readonly me = computed(() => this.session.executive()?.executive_id ?? null);

  /** The alert settings. */
  readonly settings: Signal<AlertSettings> = this.settingsState.asReadonly();
  /** Whether desktop notifications are on and the browser allows them. */
  readonly desktopActive: Signal<boolean> = computed(
    () => this.settingsState().desktop && this.permission() === 'granted',
  );
  /** Why desktop notifications cannot show, for the settings menu; null when they can. */
  readonly desktopProblem: Signal<string | null> = computed(() => {
    switch (this.permission()) {
      case 'unsupported':
        return 'This browser cannot show desktop notifications.';
      case 'denied':
        return "Your browser blocks the console's notifications. Allow them in the site settings, then turn them on here.";
      default:
        return null;
    }
  });
  /** The kept alerts, newest first. */
  readonly alerts: Signal<readonly ConsoleAlert[]> = computed(() => this.ownedBy(this.kept(), []));
  /** How many kept alerts the executive has not seen yet. */
  readonly unseenCount: Signal<number> = computed(
    () => this.alerts().filter((alert) => !alert.seen).length,
  );
  /** Customer messages waiting for the executive's reply across their open chats. */
  readonly unreadTotal: Signal<number> = computed(() =>
    unreadTotal(this.chatList.chats(), this.live.entriesOf(this.me()), this.me()),
  );
  /**
   * The number in the tab title: waiting messages for an executive; new alerts for a supervisor,
   * who has no chats of their own.
   */
  readonly titleCount: Signal<number> = computed(() =>
    this.session.isSupervisor() ? this.unseenCount() : this.unreadTotal(),
  );
  /** What the title count is made of, cheap to watch: a change says the count may have moved. */
  private readonly titleInputs = computed(() => [
    this.session.isSupervisor(),
    this.kept(),
    this.chatList.chats(),
    this.live.changes(),
    this.me(),
  ]);

  constructor() {
    this.sound.unlockOnFirstGesture();
    const gateway = inject(ChatGateway);
    const title = inject(Title);
    gateway
      .onChatAssigned()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((assignment) => this.onAssignment(assignment, 'assigned'));
    gateway
      .onChatReassigned()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((assignment) => this.onAssignment(assignment, 'reassigned'));
    gateway
      .onSlaAlert()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((alert) => this.onSlaAlert(alert));
    gateway
      .onRoomUpdate()
      .pipe(bufferPerFrame(), takeUntilDestroyed(this.destroyRef))
      .subscribe((chats) => {
        const me = this.me();
        if (me !== null) {
          this.live.fold(chats, me);
        }
      });
    // The browser redraws its tab strip for every title change, and under a burst of messages the
    // count moves every frame: the title follows it at most once a second, and the count (a sum
    // over every open chat) is worked out only then.
    toObservable(this.titleInputs)
      .pipe(
        throttleTime(TITLE_INTERVAL_MS, asyncScheduler, { leading: true, trailing: true }),
        map(() => titleWithCount(this.titleCount())),
        distinctUntilChanged(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((text) => title.setTitle(text));
    effect(() => {
      if (this.quiet.active()) {
        untracked(() => this.clearToasts());
      }
    });
    // Breaches toasted in the chats stay until closed: on the dashboard its feed has them instead.
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        filter((event) => event.urlAfterRedirects.startsWith('/dashboard')),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe(() => this.clearToasts());
    effect(() => {
      const kept = this.kept();
      // A sign-out forgets the list; an expired session keeps it for the same executive's return.
      if (kept.owner !== null && !this.session.isSignedIn() && !this.session.expiredNotice()) {
        this.kept.set(NO_ALERTS);
        return;
      }
      savePreference(this.tabStorage, KEPT_ALERTS_KEY, kept);
    });
  }

  /** Turns the chime on or off, and remembers it. */
  setSound(on: boolean): void {
    if (on) {
      // Called from the executive's click: the moment browsers allow audio to start.
      this.sound.unlock();
    }
    this.saveSettings({ ...this.settingsState(), sound: on });
  }

  /**
   * Turns desktop notifications on or off, and remembers it. Turning them on asks the browser for
   * permission when it has not been asked; they stay off when the browser refuses.
   */
  async setDesktop(on: boolean): Promise<void> {
    if (!on) {
      this.saveSettings({ ...this.settingsState(), desktop: false });
      return;
    }
    let permission = this.notifier.permission();
    if (permission === 'default') {
      permission = await this.notifier.requestPermission();
    }
    this.permission.set(permission);
    this.saveSettings({ ...this.settingsState(), desktop: permission === 'granted' });
  }

  /** Marks every kept alert as seen (the executive opened the list). */
  markAllSeen(): void {
    this.kept.update((kept) =>
      kept.value.some((alert) => !alert.seen)
        ? { ...kept, value: kept.value.map((alert) => ({ ...alert, seen: true })) }
        : kept,
    );
  }

  /** Opens the chat an alert is about, and marks the alert seen. */
  open(alert: ConsoleAlert): void {
    this.kept.update((kept) => ({
      ...kept,
      value: kept.value.map((held) => (held.id === alert.id ? { ...held, seen: true } : held)),
    }));
    void this.router.navigate(['/chats', alert.chatId]);
  }

  /** Empties the alerts list. */
  clear(): void {
    this.kept.set({ owner: this.me(), value: [] });
  }

  private onAssignment(assignment: ChatAssignment, kind: 'assigned' | 'reassigned'): void {
    // Their own "Assign to me" or "Take over" is confirmed where they did it, not alerted.
    if (assignment.executive_id !== this.me() || this.ownMoves.isOwnMove(assignment.chat_id)) {
      return;
    }
    if (this.raise(assignmentAlert(assignment, kind)) && this.settingsState().sound) {
      this.sound.play();
    }
  }

  private onSlaAlert(alert: SlaAlert): void {
    const me = this.me();
    // Unassigned waits go to every executive; supervisors watch every wait.
    const forMe =
      alert.executive_id === null || alert.executive_id === me || this.session.isSupervisor();
    if (me !== null && forMe) {
      this.raise(slaConsoleAlert(alert));
    }
  }

  /** Keeps and shows an alert; returns false when it was already raised. */
  private raise(alert: ConsoleAlert): boolean {
    const me = this.me();
    if (me === null) {
      return false;
    }
    const before = this.ownedBy(this.kept(), []);
    const after = keepAlert(before, alert);
    if (after === before) {
      return false;
    }
    this.kept.set({ owner: me, value: after });
    this.toast(alert);
    if (this.desktopActive() && this.notifier.isPageHidden()) {
      this.notifier.show({
        title: APP_TITLE,
        body: alert.text,
        tag: alert.id,
        onClick: () => this.open(alert),
      });
    }
    return true;
  }

  private clearToasts(): void {
    for (const shown of this.onScreen.splice(0)) {
      this.toastr.remove(shown.toastId);
    }
  }

  private toast(alert: ConsoleAlert): void {
    if (this.quiet.active()) {
      return;
    }
    // A toast in the first seconds after sign-in comes before its styles would (styles.scss keeps
    // the toasts hidden until they apply): fetch them now.
    this.page.loadStylesheet(TOASTS_STYLESHEET);
    while (this.onScreen.length >= MAX_ALERT_TOASTS) {
      this.toastr.remove(this.onScreen.shift()!.toastId);
    }
    const options = this.toastOptions(alert.kind);
    let toast: ActiveToast<unknown> | null;
    switch (alert.kind) {
      case 'sla_breach':
        toast = this.toastr.error(alert.text, undefined, options);
        break;
      case 'sla_warning':
        toast = this.toastr.warning(alert.text, undefined, options);
        break;
      default:
        toast = this.toastr.info(alert.text, undefined, options);
    }
    if (!toast) {
      return;
    }
    const shown = toast;
    this.onScreen.push(shown);
    // The line is clamped to three lines on screen; the whole of it shows on hover.
    const element: unknown = shown.portal?.location.nativeElement;
    if (element instanceof HTMLElement) {
      element.title = alert.text;
    }
    shown.onTap.pipe(take(1)).subscribe(() => this.open(alert));
    shown.onHidden.pipe(take(1)).subscribe(() => {
      const at = this.onScreen.indexOf(shown);
      if (at >= 0) {
        this.onScreen.splice(at, 1);
      }
    });
  }

  /**
   * On the dashboard, toasts go bottom right, clear of its header and the Wallboard button, and
   * breaches time out too: its SLA feed keeps them in view.
   */
  private toastOptions(kind: ConsoleAlertKind): Partial<IndividualConfig> {
    const options = TOAST_OPTIONS[kind];
    if (!this.router.url.startsWith('/dashboard')) {
      return options;
    }
    return {
      ...options,
      positionClass: 'toast-bottom-right',
      disableTimeOut: false,
      timeOut: options.timeOut ?? DASHBOARD_TOAST_MS,
    };
  }

  private saveSettings(settings: AlertSettings): void {
    this.settingsState.set(settings);
    savePreference(this.storage, ALERT_SETTINGS_KEY, settings);
  }

  private ownedBy<T>(owned: Owned<T>, empty: T): T {
    const me = this.me();
    return me !== null && owned.owner === me ? owned.value : empty;
  }
}
