import { DestroyRef, Signal, computed, signal } from '@angular/core';
import { Observable, Subscription } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';

/** Where a panel section stands: nothing asked yet, on its way, shown, or failed. */
export type SectionStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What a panel section shows. */
export interface SectionState<T> {
  readonly status: SectionStatus;
  /** The value for the current key; while reloading, the one shown before. */
  readonly value: T | null;
  /** Why the last load failed, written for the executive. */
  readonly error: string | null;
  /** Whether loading again may help after a failure; false when, say, the thing does not exist. */
  readonly retryable?: boolean;
}

/** How a {@link SectionResource} fetches and what it does with what it gets. */
export interface SectionResourceOptions<K, T> {
  /** Fetches the value for a key (one back-end call, or a short chain of them). */
  fetch: (key: K) => Observable<T>;
  /** Shown when a failure carries no message of its own. */
  fallbackError: string;
  /** The cache key of a key; `String(key)` when omitted. */
  keyOf?: (key: K) => string;
  /** Runs with each value the section settles on, fetched or cached (to chain the next load). */
  onValue?: (value: T, key: K) => void;
  /** Whether the previous key's value stays on screen while the next key loads (paging). */
  keepPrevious?: boolean;
  /** Cancels the request in flight when this is destroyed. */
  destroyRef?: DestroyRef;
}

const IDLE: SectionState<never> = { status: 'idle', value: null, error: null };

/** The message for the executive of a failed load. */
export function sectionErrorMessage(error: unknown, fallback: string): string {
  return error instanceof ApiError && error.message.trim() !== '' ? error.message : fallback;
}

/** Whether the same request may succeed later: the network, a timeout, a limit or the server. */
export function retryMayHelp(error: unknown): boolean {
  if (!(error instanceof ApiError)) {
    return true;
  }
  return error.status === 0 || error.status === 408 || error.status === 429 || error.status >= 500;
}

/**
 * One section of the customer panel: loads its value for a key on its own (`loading`, `ready` or
 * `error`), can be retried, and caches values by key until {@link reset}, so switching back and
 * forth inside one chat does not fetch again. A new key cancels the request in flight, so an
 * answer for an earlier key can never land on a later one.
 */
export class SectionResource<K, T> {
  private readonly state = signal<SectionState<T>>(IDLE);
  private readonly currentKey = signal<{ key: K; id: string } | null>(null);
  private readonly cache = new Map<string, T>();
  private request: Subscription | null = null;

  /** Everything the section shows. */
  readonly snapshot: Signal<SectionState<T>> = this.state.asReadonly();
  /** Where the section stands. */
  readonly status: Signal<SectionStatus> = computed(() => this.state().status);
  /** The value, or null. */
  readonly value: Signal<T | null> = computed(() => this.state().value);
  /** Why the last load failed, or null. */
  readonly error: Signal<string | null> = computed(() => this.state().error);
  /** Whether a load is in flight. */
  readonly loading: Signal<boolean> = computed(() => this.state().status === 'loading');
  /** The key the section shows or loads, or null when idle. */
  readonly key: Signal<K | null> = computed(() => this.currentKey()?.key ?? null);

  constructor(private readonly options: SectionResourceOptions<K, T>) {
    options.destroyRef?.onDestroy(() => this.cancel());
  }

  /**
   * Shows the value for `key`: from the cache when held, otherwise fetched. Asking again for the
   * key already shown or loading does nothing.
   */
  load(key: K): void {
    const id = this.idOf(key);
    const status = this.state().status;
    if (this.currentKey()?.id === id && (status === 'loading' || status === 'ready')) {
      return;
    }
    this.cancel();
    this.currentKey.set({ key, id });
    if (this.cache.has(id)) {
      const value = this.cache.get(id) as T;
      this.state.set({ status: 'ready', value, error: null });
      this.options.onValue?.(value, key);
      return;
    }
    this.fetch(key, id, this.options.keepPrevious === true);
  }

  /** Fetches the current key again, past the cache, keeping what is shown until the answer. */
  reload(): void {
    const current = this.currentKey();
    if (!current) {
      return;
    }
    this.cancel();
    this.fetch(current.key, current.id, true);
  }

  /** Stops showing anything (idle) but keeps the cache, for a later {@link load}. */
  clear(): void {
    this.cancel();
    this.currentKey.set(null);
    this.state.set(IDLE);
  }

  /** Stops showing anything and forgets every cached value (another chat was opened). */
  reset(): void {
    this.clear();
    this.cache.clear();
  }

  private fetch(key: K, id: string, keepValue: boolean): void {
    this.state.update((s) => ({
      status: 'loading',
      value: keepValue ? s.value : null,
      error: null,
    }));
    this.request = this.options.fetch(key).subscribe({
      next: (value) => {
        this.cache.set(id, value);
        this.state.set({ status: 'ready', value, error: null });
        this.options.onValue?.(value, key);
      },
      error: (error: unknown) => {
        this.request = null;
        this.state.set({
          status: 'error',
          value: null,
          error: sectionErrorMessage(error, this.options.fallbackError),
          retryable: retryMayHelp(error),
        });
      },
      complete: () => {
        this.request = null;
      },
    });
  }

  private cancel(): void {
    this.request?.unsubscribe();
    this.request = null;
  }

  private idOf(key: K): string {
    return this.options.keyOf ? this.options.keyOf(key) : String(key);
  }
}
