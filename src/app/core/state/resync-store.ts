import { DestroyRef, Injectable, Signal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';

import { ChatGateway } from '../realtime/chat-gateway';
import { ChatListStore } from './chat-list-store';
import { ChatSearchStore } from './chat-search-store';
import { ConversationStore } from './conversation-store';

/**
 * Offline longer than this, what the console shows may be out of date: the banner says so, and the
 * reconnect reloads everything (list and open conversation) instead of fetching only the gap.
 */
export const STALE_AFTER_MS = 2 * 60_000;
/** How long the "live again" notice stays after a catch-up. */
export const LIVE_NOTICE_MS = 4000;

/**
 * Where the console stands after a reconnect: `idle` (nothing to say), `catching-up` (fetching what
 * was missed), `refreshing` (reloading everything after a long time offline), `live` (caught up,
 * shown for a moment).
 */
export type ResyncPhase = 'idle' | 'catching-up' | 'refreshing' | 'live';

/** How a reconnect resyncs, from how long the console was offline. */
export function resyncMode(offlineMs: number): 'gap' | 'full' {
  return offlineMs >= STALE_AFTER_MS ? 'full' : 'gap';
}

/**
 * Runs the resync after each reconnect: the chat list with its active filter and the open
 * conversation after the last message held, or everything after a long time offline. Tracks how
 * long the console has been offline, so the banner can warn that data may be stale.
 */
@Injectable({ providedIn: 'root' })
export class ResyncStore {
  private readonly gateway = inject(ChatGateway);
  private readonly chatList = inject(ChatListStore);
  private readonly search = inject(ChatSearchStore);
  private readonly conversation = inject(ConversationStore);
  private readonly phaseState = signal<ResyncPhase>('idle');
  private readonly staleState = signal(false);
  private readonly lastCatchUp = signal<number | null>(null);
  private readonly offlineSinceState = signal<number | null>(null);
  private lastOfflineMs = 0;
  private staleTimer: ReturnType<typeof setTimeout> | null = null;
  private liveTimer: ReturnType<typeof setTimeout> | null = null;
  private generation = 0;

  /** What the console is doing to catch up after a reconnect. */
  readonly phase: Signal<ResyncPhase> = this.phaseState.asReadonly();
  /** Whether the console has been offline longer than {@link STALE_AFTER_MS}, so data may be old. */
  readonly stale: Signal<boolean> = this.staleState.asReadonly();
  /**
   * When the console stopped being live (epoch milliseconds), while it is not connected; null while
   * connected. Countdowns stop here instead of ticking on data that may be out of date.
   */
  readonly offlineSince: Signal<number | null> = this.offlineSinceState.asReadonly();
  /** Milliseconds the last catch-up took, from the reconnect to a consistent list and chat. */
  readonly lastCatchUpMs: Signal<number | null> = this.lastCatchUp.asReadonly();

  constructor() {
    const destroyRef = inject(DestroyRef);
    this.gateway.connectionState
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe((state) => this.follow(state === 'connected'));
    this.gateway.reconnected
      .pipe(takeUntilDestroyed(destroyRef))
      .subscribe(() => void this.resync(resyncMode(this.lastOfflineMs)));
    destroyRef.onDestroy(() => {
      this.clearStaleTimer();
      this.clearLiveTimer();
    });
  }

  /**
   * Fetches what was missed: `gap` merges what is newer than what is held, `full` reloads the list
   * and the open conversation. Resolves once both match the server again.
   */
  async resync(mode: 'gap' | 'full'): Promise<void> {
    const generation = ++this.generation;
    const started = performance.now();
    this.clearLiveTimer();
    this.phaseState.set(mode === 'full' ? 'refreshing' : 'catching-up');
    this.search.resync();
    await Promise.all([this.chatList.resync(), this.conversation.resync(mode)]);
    if (generation !== this.generation) {
      return;
    }
    this.lastCatchUp.set(Math.round(performance.now() - started));
    this.phaseState.set('live');
    this.liveTimer = setTimeout(() => {
      this.liveTimer = null;
      if (generation === this.generation) {
        this.phaseState.set('idle');
      }
    }, LIVE_NOTICE_MS);
  }

  private follow(connected: boolean): void {
    if (connected) {
      const offlineSince = this.offlineSinceState();
      this.lastOfflineMs = offlineSince === null ? 0 : Date.now() - offlineSince;
      this.offlineSinceState.set(null);
      this.clearStaleTimer();
      // A long absence is now handled by the full refresh the reconnect starts.
      this.staleState.set(false);
      if (this.chatList.error() !== null) {
        // The first page failed while the socket was still on its way: load it now it is here.
        void this.chatList.resync();
      }
      return;
    }
    if (this.offlineSinceState() !== null) {
      return;
    }
    this.offlineSinceState.set(Date.now());
    // A dropped connection abandons any catch-up in flight.
    this.generation++;
    this.clearLiveTimer();
    this.phaseState.set('idle');
    this.staleTimer = setTimeout(() => {
      this.staleTimer = null;
      this.staleState.set(true);
    }, STALE_AFTER_MS);
  }

  private clearStaleTimer(): void {
    if (this.staleTimer !== null) {
      clearTimeout(this.staleTimer);
      this.staleTimer = null;
    }
  }

  private clearLiveTimer(): void {
    if (this.liveTimer !== null) {
      clearTimeout(this.liveTimer);
      this.liveTimer = null;
    }
  }
}
