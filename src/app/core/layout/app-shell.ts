import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatToolbarModule } from '@angular/material/toolbar';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { Session } from '../auth/session';
import { SignOut, SignOutChoice } from '../auth/sign-out';
import { SignedInTabs } from '../auth/signed-out-data';
import { ShortcutRegistry } from '../keyboard/shortcut-registry';
import { AlertStore } from '../alerts/alert-store';
import { DiagnosticsStore } from '../state/diagnostics-store';
import { PresenceStore } from '../state/presence-store';
import { ResyncStore } from '../state/resync-store';
import { SessionLifecycle } from '../state/session-lifecycle';
import { KeptNote, UnsentWork } from '../state/unsent-work';
import { UnsentSummary } from '../state/unsent-summary';
import { AlertSettingsMenu } from '../alerts/alert-settings-menu';
import { AlertsMenu } from '../alerts/alerts-menu';
import { COMMAND_PALETTE_OPENER } from './command-palette-opener';
import { ConnectionBanner } from './connection-banner';
import { ConnectionStatus } from './connection-status';
import { DiagnosticsMenu } from './diagnostics-menu';
import { DiagnosticsSetting } from './diagnostics-setting';
import { LazyDialog } from './lazy-dialog';
import { LiveCountsStrip } from './live-counts-strip';
import { PresenceToggle } from './presence-toggle';
import { ThemeMenu } from './theme-menu';

/**
 * The signed-in frame around every page: the toolbar (who is signed in, connection, presence,
 * alerts, settings, shortcuts, sign-out), the connection banner, and the page below, which fills
 * the rest of the window. Starts the gateway lifecycle and the alerts, and owns the global keys.
 */
@Component({
  selector: 'app-shell',
  imports: [
    AlertSettingsMenu,
    AlertsMenu,
    ConnectionBanner,
    ConnectionStatus,
    DiagnosticsMenu,
    LiveCountsStrip,
    MatButtonModule,
    MatToolbarModule,
    PresenceToggle,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    ThemeMenu,
  ],
  templateUrl: './app-shell.html',
  styleUrl: './app-shell.scss',
  host: { '(document:keydown)': 'onKeydown($event)' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppShell {
  private readonly session = inject(Session);
  private readonly signOutFlow = inject(SignOut);
  private readonly dialogs = inject(LazyDialog);
  private readonly loadPalette = inject(COMMAND_PALETTE_OPENER);
  private readonly shortcuts = inject(ShortcutRegistry);
  protected readonly lifecycle = inject(SessionLifecycle);
  protected readonly presence = inject(PresenceStore);
  protected readonly resync = inject(ResyncStore);
  protected readonly diagnostics = inject(DiagnosticsSetting);

  protected readonly executive = this.session.executive;
  protected readonly isSupervisor = this.session.isSupervisor;
  protected readonly roleLabel = computed(() =>
    this.session.role() === 'supervisor' ? 'Supervisor' : 'Executive',
  );
  protected readonly connection = this.lifecycle.connection;
  protected readonly signingOut = signal(false);
  /** What was kept of the executive's unsent work when their last session ended. */
  protected readonly kept = signal<KeptNote | null>(null);
  protected readonly keptText = computed(() => this.kept()?.lines.join('; ') ?? '');
  private readonly tabs = inject(SignedInTabs);
  private readonly unsent = inject(UnsentWork);

  constructor() {
    this.lifecycle.start();
    this.unsent.keepOnExpiry();
    effect(() => {
      const executiveId = this.executive()?.executive_id ?? null;
      this.tabs.hold(executiveId);
      if (executiveId) {
        const note = untracked(() => this.unsent.takeKeptNote(executiveId));
        if (note) {
          this.kept.set(note);
        }
      }
    });
    // Alerts listen from the moment the console opens, whichever page is shown.
    inject(AlertStore);
    // Dropped data is counted from the start, whether or not the Diagnostics button is shown.
    inject(DiagnosticsStore);
    const unregister = [
      this.shortcuts.register('shortcuts.show', () => {
        this.showShortcuts();
      }),
      this.shortcuts.register('palette.open', () => {
        this.openPalette();
      }),
    ];
    inject(DestroyRef).onDestroy(() => unregister.forEach((remove) => remove()));
  }

  protected onKeydown(event: KeyboardEvent): void {
    this.shortcuts.handleKeydown(event);
  }

  protected showShortcuts(): void {
    void this.dialogs.run(
      () => import('../keyboard/shortcuts-dialog'),
      (dialog, { ShortcutsDialog }) => ShortcutsDialog.open(dialog),
    );
  }

  /** Opens the command palette; its code loads the first time. */
  protected openPalette(): void {
    void this.dialogs.run(this.loadPalette, (dialog, open) => open(dialog));
  }

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.signOutFlow.run((summary) => this.askAboutUnsent(summary));
    } finally {
      this.signingOut.set(false);
    }
  }

  private async askAboutUnsent(summary: UnsentSummary): Promise<SignOutChoice> {
    return await this.dialogs.run(
      () => import('./sign-out-dialog'),
      (dialog, { SignOutDialog }) => firstValueFrom(SignOutDialog.ask(dialog, summary)),
    );
  }
}
