import {
  DestroyRef,
  Injectable,
  Injector,
  Signal,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';

import { Session } from '../auth/session';
import { ChatGateway, ConnectionState } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';
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
  private readonly failure = signal<GatewayError | null>(null);
  private started = false;

  /** Where the gateway connection stands. */
  readonly connection: Signal<ConnectionState> = toSignal(this.gateway.connectionState, {
    initialValue: 'offline',
  });

  /** Why the connection stopped for good (refused, closed by the server, retries used up), if it did. */
  readonly connectionFailure: Signal<GatewayError | null> = this.failure.asReadonly();

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
        this.failure.set(null);
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
    this.gateway.connectionError
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((error) => this.onConnectionError(error));
    this.gateway.connectionState.pipe(takeUntilDestroyed(this.destroyRef)).subscribe((state) => {
      if (state === 'connected') {
        this.failure.set(null);
      }
    });
    this.gateway.reconnected
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe(() => this.configStore.refresh());
  }

  /** Tries the connection again after it stopped for good (the banner's "Reconnect" button). */
  reconnect(): void {
    const token = this.session.token();
    if (token) {
      this.failure.set(null);
      this.gateway.connect(token);
    }
  }

  private onConnectionError(error: GatewayError): void {
    if (error.code === 'unauthorized') {
      this.expireSession();
      return;
    }
    this.failure.set(error);
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
