import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  signal,
} from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatIcon } from '@angular/material/icon';
import { MatToolbar } from '@angular/material/toolbar';
import { MatTooltip } from '@angular/material/tooltip';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';

import { AuthService } from '../auth/auth-service';
import { Session } from '../auth/session';
import { ShortcutRegistry } from '../keyboard/shortcut-registry';
import { ShortcutsDialog } from '../keyboard/shortcuts-dialog';
import { AlertStore } from '../state/alert-store';
import { PresenceStore } from '../state/presence-store';
import { SessionLifecycle } from '../state/session-lifecycle';
import { AlertSettingsMenu } from './alert-settings-menu';
import { AlertsMenu } from './alerts-menu';
import { ConnectionBanner } from './connection-banner';
import { ConnectionStatus } from './connection-status';
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
    LiveCountsStrip,
    MatButton,
    MatIcon,
    MatIconButton,
    MatToolbar,
    MatTooltip,
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
  private readonly auth = inject(AuthService);
  private readonly dialog = inject(MatDialog);
  private readonly shortcuts = inject(ShortcutRegistry);
  protected readonly lifecycle = inject(SessionLifecycle);
  protected readonly presence = inject(PresenceStore);

  protected readonly executive = this.session.executive;
  protected readonly isSupervisor = this.session.isSupervisor;
  protected readonly roleLabel = computed(() =>
    this.session.role() === 'supervisor' ? 'Supervisor' : 'Executive',
  );
  protected readonly connection = this.lifecycle.connection;
  protected readonly failureMessage = computed(
    () => this.lifecycle.connectionFailure()?.message ?? null,
  );
  protected readonly signingOut = signal(false);

  constructor() {
    this.lifecycle.start();
    // Alerts listen from the moment the console opens, whichever page is shown.
    inject(AlertStore);
    const unregister = this.shortcuts.register('shortcuts.show', () => {
      this.showShortcuts();
    });
    inject(DestroyRef).onDestroy(unregister);
  }

  protected onKeydown(event: KeyboardEvent): void {
    this.shortcuts.handleKeydown(event);
  }

  protected showShortcuts(): void {
    ShortcutsDialog.open(this.dialog);
  }

  protected async signOut(): Promise<void> {
    this.signingOut.set(true);
    try {
      await this.auth.signOut();
    } finally {
      this.signingOut.set(false);
    }
  }
}
