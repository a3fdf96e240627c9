import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subject, asyncScheduler, catchError, map, of, switchMap, throttleTime } from 'rxjs';

import { ChatAssignment, ChatStatus, Chats } from '../../../contract';
import { Session } from '../auth/session';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';
import {
  ChatFilter,
  ChatIndex,
  adjustCounts,
  applyAssignment,
  applyTagUpdate,
  filterKey,
  isNewer,
  matchesFilter,
  matchesScope,
  reconcileFirstPage,
  oldestUpdate,
  reorder,
  pageRequest,
  sortedMatches,
  upsertChats,
} from './chat-merge';
import { bufferPerFrame } from '../platform/frame-batch';
import { ChatListState, INITIAL_CHAT_LIST } from './chat-list-state';
import { ListFocus, focusKey } from './list-focus';

/** Chats fetched per page after the first; the server caps it at 500. */
const PAGE_SIZE = 200;
/**
 * Chats in the first page of a list: several screenfuls, so the list is usable soon after sign-in
 * or a tab change (on a slow line the page is most of the wait); scrolling brings the next pages.
 */
export const FIRST_PAGE_SIZE = 50;
/**
 * Chats of the shown tab held at most before {@link ChatListStore.compact} lets the oldest go. Live
 * updates keep bringing chats to the top, so over a shift the list would otherwise hold every chat
 * that had any activity.
 */
export const COMPACT_ABOVE = 2 * PAGE_SIZE;
/** Shortest time between two refreshes of the tab counts while live updates make them unsure. */
const COUNTS_REFRESH_MS = 5_000;

function explain(error: unknown): string {
  return error instanceof GatewayError
    ? error.message
    : 'The chat list could not be loaded. Check your connection, then try again.';
}

/**
 * The live chat list: fetched through the gateway, kept current by `room_update`, `new_message`,
 * `tag_updated` and assignment events (folded once per animation frame), and resynced on reconnect.
 */
@Injectable({ providedIn: 'root' })
export class ChatListStore {
  private readonly gateway = inject(ChatGateway);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<ChatListState>(INITIAL_CHAT_LIST);
  /** Live updates of chats this list never held: their earlier status is unknown, so are the counts. */
  private readonly countsUnsure = new Subject<void>();
  private loadGeneration = 0;

  /**
   * Whether the list shows only the executive's chats or everyone's. Supervisors take no chats
   * themselves, so theirs starts on everyone's.
   */
  readonly scope = computed(() => this.scopeOf(this.state()));
  /** The status tab shown. */
  readonly status = computed(() => this.state().status);
  /** The drill-down narrowing everyone's chats, or null. */
  readonly focus = computed(() => this.state().focus, {
    equal: (a, b) => focusKey(a) === focusKey(b),
  });
  /** Per-status counts for the current scope (and focus). */
  readonly counts = computed(() => this.state().counts);
  /** Whether the first page is loading. */
  readonly loading = computed(() => this.state().loading);
  /** Whether a further page is loading. */
  readonly loadingMore = computed(() => this.state().loadingMore);
  /** Whether more chats exist beyond those held. */
  readonly hasMore = computed(() => this.state().nextCursor !== null);
  /**
   * How far back the fetched pages of the current tab and scope reach (oldest `updated_at`), or
   * null when they reach the end or none has arrived yet. Older chats in `chats()` were kept from
   * other tabs or scopes, with gaps between them that later pages fill.
   */
  readonly pagedSince = computed(() => this.state().pagedSince);
  /** Why the list could not load, for the executive. */
  readonly error = computed(() => this.state().error);

  /** The tab and scope shown, with the executive whose chats "mine" means. */
  readonly filter: Signal<ChatFilter> = computed(() => this.filterOf(this.state()), {
    equal: (a, b) => filterKey(a) === filterKey(b),
  });

  /** The chats of the current tab and scope, newest first. */
  readonly chats: Signal<readonly Chats[]> = computed(() => {
    const { index, order } = this.state();
    const filter = this.filter();
    // The kept order, unless the filter changed under it (the executive signed in as another).
    return order.key === filterKey(filter) ? order.chats : sortedMatches(index, filter);
  });

  constructor() {
    this.gateway
      .onRoomUpdate()
      .pipe(bufferPerFrame(), takeUntilDestroyed(this.destroyRef))
      .subscribe((batch) => this.applyRoomUpdates(batch));
    this.gateway
      .onTagUpdated()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((update) => this.patchChat(update.chat_id, (c) => applyTagUpdate(c, update)));
    const assignment = (a: ChatAssignment) =>
      this.patchChat(a.chat_id, (c) => applyAssignment(c, a));
    this.gateway.onChatAssigned().pipe(takeUntilDestroyed(this.destroyRef)).subscribe(assignment);
    this.gateway.onChatReassigned().pipe(takeUntilDestroyed(this.destroyRef)).subscribe(assignment);
    this.countsUnsure
      .pipe(
        throttleTime(COUNTS_REFRESH_MS, asyncScheduler, { leading: true, trailing: true }),
        switchMap(() => this.fetchCounts()),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }

  /** Loads the first page for the current filter, replacing what the list shows. */
  load(): void {
    this.loadFirstPage();
  }

  /** Loads the next page, when there is one. */
  loadMore(): void {
    const { nextCursor, loadingMore, loading } = this.state();
    if (nextCursor === null || loadingMore || loading) {
      return;
    }
    const generation = this.loadGeneration;
    const filter = this.filter();
    this.state.update((s) => ({ ...s, loadingMore: true }));
    this.gateway
      .fetchAllChatUser(pageRequest(filter, PAGE_SIZE, nextCursor))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (generation !== this.loadGeneration) {
            return;
          }
          this.state.update((s) => ({
            ...this.withIndex(s, upsertChats(s.index, page.chats)),
            nextCursor: page.next_cursor,
            pagedSince:
              page.next_cursor === null ? null : (oldestUpdate(page.chats) ?? s.pagedSince),
            loadingMore: false,
          }));
        },
        error: (error: unknown) =>
          this.state.update((s) => ({ ...s, loadingMore: false, error: explain(error) })),
      });
  }

  /** Shows the executive's own chats or everyone's; their own ends a focus. */
  setScope(scope: 'mine' | 'all'): void {
    if (scope !== this.scope()) {
      this.changeFilter({ scope, focus: scope === 'mine' ? null : this.state().focus });
    }
  }

  /** Switches the status tab. */
  setStatus(status: ChatStatus): void {
    if (status !== this.state().status) {
      this.changeFilter({ status });
    }
  }

  /** Narrows everyone's chats to a drill-down (switching to everyone's), or ends it with null. */
  setFocus(focus: ListFocus | null): void {
    if (focusKey(focus) !== focusKey(this.state().focus)) {
      this.changeFilter({ focus, scope: focus ? 'all' : this.state().scope });
    }
  }

  /** Refetches after a reconnect, merging rather than replacing, so nothing on screen jumps. */
  resync(): void {
    this.load();
  }

  /** A held chat by id. */
  chat(chatId: string): Chats | undefined {
    return this.state().index.get(chatId);
  }

  /** Folds chats learned elsewhere (an opened conversation) into the list. */
  upsert(chats: readonly Chats[]): void {
    this.applyRoomUpdates(chats, true);
  }

  /**
   * Keeps only the newest page of the shown tab when it holds more than {@link COMPACT_ABOVE} chats
   * then fetches that page again without a loading state, as paging on
   * from the old cursor would skip the chats let go. Call it only while the executive is looking
   * at the top of the list: the rows let go are far below what is on screen.
   */
  compact(): void {
    const s = this.state();
    const order = this.chats();
    if (s.loading || s.loadingMore || order.length <= COMPACT_ABOVE) {
      return;
    }
    const kept = new Map<string, Chats>();
    for (const chat of order.slice(0, PAGE_SIZE)) {
      kept.set(chat.chat_id, chat);
    }
    this.state.update((current) =>
      this.withIndex({ ...current, nextCursor: null, pagedSince: null }, kept),
    );
    this.loadFirstPage({ quiet: true });
  }

  private changeFilter(change: Partial<Pick<ChatListState, 'scope' | 'status' | 'focus'>>): void {
    this.state.update((s) =>
      this.forOtherFilter({ ...s, ...change, nextCursor: null, pagedSince: null }),
    );
    this.load();
  }

  private loadFirstPage({ quiet = false } = {}): void {
    const generation = ++this.loadGeneration;
    const filter = this.filter();
    this.state.update((s) => ({ ...s, loading: !quiet, error: null }));
    this.gateway
      .fetchAllChatUser(pageRequest(filter, FIRST_PAGE_SIZE))
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (generation !== this.loadGeneration) {
            return;
          }
          this.state.update((s) => ({
            ...this.withIndex(
              s,
              reconcileFirstPage(s.index, page.chats, filter, page.next_cursor === null),
            ),
            counts: page.counts,
            nextCursor: page.next_cursor,
            pagedSince: page.next_cursor === null ? null : oldestUpdate(page.chats),
            loading: false,
          }));
        },
        error: (error: unknown) => {
          if (generation === this.loadGeneration) {
            this.state.update((s) => ({ ...s, loading: false, error: explain(error) }));
          }
        },
      });
  }

  /**
   * Folds live chat updates in. Every staff console hears every chat's `room_update`: a chat this
   * list does not hold and that does not belong in its tab and scope is left out, so the list holds
   * what it can show rather than the whole company's traffic (`upsert` callers pass chats the
   * executive asked for, which are kept whatever the filter).
   */
  private applyRoomUpdates(batch: readonly Chats[], keepAll = false): void {
    let unsure = false;
    this.state.update((s) => {
      const filter = this.filterOf(s);
      let counts = s.counts;
      let index: Map<string, Chats> | null = null;
      const changed = new Set<string>();
      for (const chat of batch) {
        const held = (index ?? s.index).get(chat.chat_id);
        if (!isNewer(held, chat)) {
          continue;
        }
        if (held) {
          counts = adjustCounts(counts, held, chat, filter);
        } else {
          // Whether and where the counts had it before is unknown: ask the server again.
          unsure ||= matchesScope(chat, filter);
          if (!keepAll && !matchesFilter(chat, filter)) {
            continue;
          }
        }
        index ??= new Map(s.index);
        index.set(chat.chat_id, chat);
        changed.add(chat.chat_id);
      }
      if (index === null) {
        // Nothing held changed (stale, repeated or out-of-tab updates): keep the state as it is.
        return counts === s.counts ? s : { ...s, counts };
      }
      return { ...this.withIndex(s, index, changed), counts };
    });
    if (unsure) {
      this.countsUnsure.next();
    }
  }

  /** The per-status counts of the current scope, from the server (errors leave them as they are). */
  private fetchCounts() {
    const filter = this.filter();
    return this.gateway.fetchAllChatUser(pageRequest(filter, 1)).pipe(
      map((page) => {
        if (filterKey(this.filter()) === filterKey(filter)) {
          this.state.update((s) => ({ ...s, counts: page.counts }));
        }
        return page;
      }),
      catchError(() => of(null)),
    );
  }

  private patchChat(chatId: string, patch: (chat: Chats) => Chats): void {
    this.state.update((s) => {
      const held = s.index.get(chatId);
      if (!held) {
        return s;
      }
      const index = new Map(s.index);
      index.set(chatId, patch(held));
      return this.withIndex(s, index, new Set([chatId]));
    });
  }

  /**
   * The state with a new index and the order following it: moved along for the chats in
   * `changedIds` when given and the order is for the state's filter, else sorted afresh.
   */
  private withIndex(
    s: ChatListState,
    index: ChatIndex,
    changedIds?: ReadonlySet<string>,
  ): ChatListState {
    const filter = this.filterOf(s);
    const key = filterKey(filter);
    if (index === s.index && s.order.key === key) {
      return s;
    }
    const chats =
      changedIds && s.order.key === key
        ? reorder(s.order.chats, changedIds, index, filter)
        : sortedMatches(index, filter);
    return { ...s, index, order: { key, chats } };
  }

  /**
   * The state for a new tab or scope: chats of the old one that do not belong in the new one are
   * let go (a page of the new filter is on its way), so the list does not keep every chat of every
   * tab the executive ever looked at.
   */
  private forOtherFilter(s: ChatListState): ChatListState {
    const filter = this.filterOf(s);
    const kept = new Map<string, Chats>();
    for (const chat of s.index.values()) {
      if (matchesFilter(chat, filter)) {
        kept.set(chat.chat_id, chat);
      }
    }
    return this.withIndex(s, kept);
  }

  private filterOf(s: ChatListState): ChatFilter {
    return {
      scope: this.scopeOf(s),
      status: s.status,
      executiveId: this.session.executive()?.executive_id ?? null,
      focus: s.focus,
    };
  }

  private scopeOf(s: ChatListState): 'mine' | 'all' {
    return s.scope ?? (this.session.role() === 'supervisor' ? 'all' : 'mine');
  }
}
