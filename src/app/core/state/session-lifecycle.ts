import { DestroyRef, Injectable, Injector, Signal, effect, inject, untracked } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';

import { Session } from '../auth/session';
import { ChatGateway, ConnectionCause, ConnectionState } from '../realtime/chat-gateway';
import { ConfigStore } from './config-store';

/** setTimeout cannot wait longer than this (about 24.8 days); later expiries are checked on use. */
const MAX_TIMER_MS = 2_147_483_647;
/** Fires the expiry check just after the expiry, so a timer a little early does not miss it. */
const EXPIRY_GRACE_MS = 1_000;

/**
 * Ties the gateway to the session: connects with the JWT while someone is signed in (also after a
 * reload, since the session survives it), loads the console options, disconnects on sign-out, and
 * runs the session-expired flow when the gateway refuses the token or the token runs out.
 */
@Injectable({ providedIn: 'root' })
export class SessionLifecycle {
  private readonly session = inject(Session);
  private readonly gateway = inject(ChatGateway);
  private readonly configStore = inject(ConfigStore);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly injector = inject(Injector);
  private started = false;

  /** Where the gateway connection stands. */
  readonly connection: Signal<ConnectionState> = toSignal(this.gateway.connectionState, {
    initialValue: 'offline',
  });

  /** Why the console is not connected, when it can tell; null while live. */
  readonly connectionCause: Signal<ConnectionCause | null> = toSignal(
    this.gateway.connectionCause,
    { initialValue: null },
  );

  /** Starts following the session. Safe to call more than once; the first call wins. */
  start(): void {
    if (this.started) {
      return;
    }
    this.started = true;
    // The root injector, not the caller's: the connection must outlive the shell that started it.
    const options = { injector: this.injector };
    effect(() => {
      const token = this.session.token();
      untracked(() => {
        if (token) {
          this.gateway.connect(token);
          this.configStore.refresh();
        } else {
          this.gateway.disconnect();
        }
      });
    }, options);
    effect((onCleanup) => {
      const expiresAt = this.session.tokenExpiresAt();
      if (expiresAt === null) {
        return;
      }
      const delay = Math.min(Math.max(expiresAt - Date.now(), 0) + EXPIRY_GRACE_MS, MAX_TIMER_MS);
      const timer = setTimeout(() => this.expireIfDue(), delay);
      onCleanup(() => clearTimeout(timer));
    }, options);
    // The only failure the gateway does not retry by itself: the session was refused or ended.
    this.gateway.connectionError
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.expireSession());
    this.gateway.reconnected
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.configStore.refresh());
  }

  /** Tries the connection now instead of after the backoff (the banner's "Retry now" button). */
  retryNow(): void {
    this.gateway.retryNow();
  }

  private expireIfDue(): void {
    if (this.session.isSignedIn() && !this.session.checkExpiry()) {
      this.goToLogin();
    }
  }

  private expireSession(): void {
    if (!this.session.isSignedIn()) {
      return;
    }
    this.session.expire();
    this.goToLogin();
  }

  private goToLogin(): void {
    const returnUrl = this.router.url;
    if (!returnUrl.startsWith('/login')) {
      void this.router.navigate(['/login'], { queryParams: { returnUrl } });
    }
  }
}
