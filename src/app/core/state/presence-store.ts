import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { PresenceStatus } from '../../../contract';
import { Session } from '../auth/session';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';

interface PresenceState {
  /** The session (JWT) this state belongs to: each sign-in starts from its own answer. */
  owner: string | null;
  status: PresenceStatus | null;
  saving: boolean;
  error: string | null;
}

const EMPTY: PresenceState = { owner: null, status: null, saving: false, error: null };

/**
 * The signed-in executive's own presence: online (new chats are assigned to them) or offline.
 * Starts from the sign-in answer, follows `executive_status` events about them, and changes through
 * `set_executive_status`.
 */
@Injectable({ providedIn: 'root' })
export class PresenceStore {
  private readonly session = inject(Session);
  private readonly gateway = inject(ChatGateway);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<PresenceState>(EMPTY);
  private readonly mine = computed(() => {
    const state = this.state();
    return state.owner !== null && state.owner === this.session.token() ? state : EMPTY;
  });

  /** The executive's presence; `offline` while nobody is signed in. */
  readonly status: Signal<PresenceStatus> = computed(
    () => this.mine().status ?? this.session.executive()?.status ?? 'offline',
  );
  /** Whether the executive is online. */
  readonly isOnline: Signal<boolean> = computed(() => this.status() === 'online');
  /** Whether a change is waiting for the server. */
  readonly saving: Signal<boolean> = computed(() => this.mine().saving);
  /** Why the last change failed, for the executive; null when it did not. */
  readonly error: Signal<string | null> = computed(() => this.mine().error);

  constructor() {
    this.gateway
      .onExecutiveStatus()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((update) => {
        if (update.executive_id === this.session.executive()?.executive_id) {
          this.patch({ status: update.status });
        }
      });
  }

  /** Goes online or offline. Ignored while a change is in flight or nobody is signed in. */
  setStatus(status: PresenceStatus): void {
    const owner = this.session.token();
    if (owner === null || this.saving()) {
      return;
    }
    this.patch({ saving: true, error: null });
    this.gateway
      .setExecutiveStatus({ status })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (update) => this.patch({ status: update.status, saving: false }, owner),
        error: (error: unknown) =>
          this.patch(
            {
              saving: false,
              error:
                error instanceof GatewayError
                  ? error.message
                  : `Your status could not be changed to ${status}. Try again.`,
            },
            owner,
          ),
      });
  }

  /** Hides the last error once the executive has read it. */
  dismissError(): void {
    this.patch({ error: null });
  }

  /** Applies a change for the session `owner`, dropped when that session has ended since. */
  private patch(change: Partial<Omit<PresenceState, 'owner'>>, owner = this.session.token()): void {
    if (owner === null || owner !== this.session.token()) {
      return;
    }
    this.state.update((state) => ({
      ...(state.owner === owner ? state : EMPTY),
      ...change,
      owner,
    }));
  }
}
