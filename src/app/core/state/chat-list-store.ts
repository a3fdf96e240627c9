import { DestroyRef, Injectable, Signal, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  Subject,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  merge,
  of,
  switchMap,
} from 'rxjs';

import { ChatAssignment, ChatStatus, ChatStatusCounts, Chats, Iso8601 } from '../api/models';
import { Session } from '../auth/session';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';
import {
  ChatFilter,
  ChatIndex,
  adjustCounts,
  applyAssignment,
  applyTagUpdate,
  compareChats,
  matchesFilter,
  reconcileFirstPage,
  upsertChats,
} from './chat-merge';
import { bufferPerFrame } from './frame-batch';

/** Chats fetched per page; the server caps it at 500. */
const PAGE_SIZE = 200;
/** Pause after the last keystroke before a search goes out. */
const SEARCH_DEBOUNCE_MS = 300;

interface SearchState {
  query: string;
  resultIds: readonly string[] | null;
  searching: boolean;
  error: string | null;
}

interface ChatListState {
  index: ChatIndex;
  scope: 'mine' | 'all';
  status: ChatStatus;
  counts: ChatStatusCounts;
  nextCursor: string | null;
  /** Oldest `updated_at` the fetched pages of this filter reach; null when they reach the end. */
  pagedSince: Iso8601 | null;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  search: SearchState;
}

const INITIAL: ChatListState = {
  index: new Map(),
  scope: 'mine',
  status: 'active',
  counts: { active: 0, pending: 0, resolved: 0 },
  nextCursor: null,
  pagedSince: null,
  loading: false,
  loadingMore: false,
  error: null,
  search: { query: '', resultIds: null, searching: false, error: null },
};

function oldestUpdate(chats: readonly Chats[]): Iso8601 | null {
  return chats.reduce<Iso8601 | null>(
    (oldest, chat) => (oldest === null || chat.updated_at < oldest ? chat.updated_at : oldest),
    null,
  );
}

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
  private readonly state = signal<ChatListState>(INITIAL);
  private readonly searchInput = new Subject<string>();
  /** Searches to run at once, whatever was searched last: retries, resyncs, tab and scope changes. */
  private readonly searchRerun = new Subject<string>();
  private loadGeneration = 0;

  /** Whether the list shows only the executive's chats or everyone's. */
  readonly scope = computed(() => this.state().scope);
  /** The status tab shown. */
  readonly status = computed(() => this.state().status);
  /** Per-status counts for the current scope. */
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
  /** The current search text. */
  readonly searchQuery = computed(() => this.state().search.query);
  /** Whether a search is in flight. */
  readonly searching = computed(() => this.state().search.searching);
  /** Why the search failed, if it did. */
  readonly searchError = computed(() => this.state().search.error);

  private readonly filter: Signal<ChatFilter> = computed(() => ({
    scope: this.state().scope,
    status: this.state().status,
    executiveId: this.session.executive()?.executive_id ?? null,
  }));

  /**
   * The rows to show, in the current tab and scope: the search results while searching (the
   * search event cannot filter by status, so the tab is applied here), otherwise the filtered
   * list, newest first.
   */
  readonly chats: Signal<readonly Chats[]> = computed(() => {
    const { index, search } = this.state();
    const filter = this.filter();
    if (search.resultIds !== null) {
      return search.resultIds.flatMap((id) => {
        const chat = index.get(id);
        return chat && matchesFilter(chat, filter) ? [chat] : [];
      });
    }
    const rows: Chats[] = [];
    for (const chat of index.values()) {
      if (matchesFilter(chat, filter)) {
        rows.push(chat);
      }
    }
    return rows.sort(compareChats);
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
    const typed = this.searchInput.pipe(
      map((q) => q.trim()),
      debounceTime(SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
    );
    // One pipeline, so a newer search always replaces an older one still in flight.
    merge(typed, this.searchRerun)
      .pipe(
        switchMap((query) => this.runSearch(query)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();
  }

  /** Loads the first page for the current filter, replacing what the list shows. */
  load(): void {
    this.loadFirstPage(() => undefined);
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
      .fetchAllChatUser({
        assigned_executive_id: this.scopeExecutive(filter),
        status: filter.status,
        cursor: nextCursor,
        limit: PAGE_SIZE,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (generation !== this.loadGeneration) {
            return;
          }
          this.state.update((s) => ({
            ...s,
            index: upsertChats(s.index, page.chats),
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

  /** Shows the executive's own chats or everyone's. */
  setScope(scope: 'mine' | 'all'): void {
    if (scope !== this.state().scope) {
      this.state.update((s) => ({ ...s, scope, nextCursor: null, pagedSince: null }));
      this.load();
      this.rerunSearch();
    }
  }

  /** Switches the status tab. */
  setStatus(status: ChatStatus): void {
    if (status !== this.state().status) {
      this.state.update((s) => ({ ...s, status, nextCursor: null, pagedSince: null }));
      this.load();
      this.rerunSearch();
    }
  }

  /** Searches by name, number, message text or booking id; an empty query ends the search. */
  search(query: string): void {
    this.state.update((s) => ({ ...s, search: { ...s.search, query } }));
    this.searchInput.next(query);
  }

  /**
   * Runs the current search again at once, after it failed. Typing the same text again would not,
   * since an unchanged query is not searched twice.
   */
  retrySearch(): void {
    this.rerunSearch();
  }

  /** Refetches after a reconnect, merging rather than replacing, so nothing on screen jumps. */
  resync(): void {
    this.load();
    this.rerunSearch();
  }

  /** A held chat by id. */
  chat(chatId: string): Chats | undefined {
    return this.state().index.get(chatId);
  }

  /** Folds chats learned elsewhere (an opened conversation) into the list. */
  upsert(chats: readonly Chats[]): void {
    this.applyRoomUpdates(chats);
  }

  /** Runs the current search again at once, when there is one. */
  private rerunSearch(): void {
    const query = this.state().search.query.trim();
    if (query) {
      this.searchRerun.next(query);
    }
  }

  private loadFirstPage(done: () => void): void {
    const generation = ++this.loadGeneration;
    const filter = this.filter();
    this.state.update((s) => ({ ...s, loading: true, error: null }));
    this.gateway
      .fetchAllChatUser({
        assigned_executive_id: this.scopeExecutive(filter),
        status: filter.status,
        limit: PAGE_SIZE,
      })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (generation === this.loadGeneration) {
            this.state.update((s) => ({
              ...s,
              index: reconcileFirstPage(s.index, page.chats, filter, page.next_cursor === null),
              counts: page.counts,
              nextCursor: page.next_cursor,
              pagedSince: page.next_cursor === null ? null : oldestUpdate(page.chats),
              loading: false,
            }));
          }
          done();
        },
        error: (error: unknown) => {
          if (generation === this.loadGeneration) {
            this.state.update((s) => ({ ...s, loading: false, error: explain(error) }));
          }
          done();
        },
        complete: done,
      });
  }

  private runSearch(query: string) {
    if (!query) {
      this.state.update((s) => ({
        ...s,
        search: { ...s.search, resultIds: null, searching: false, error: null },
      }));
      return of(null);
    }
    this.state.update((s) => ({ ...s, search: { ...s.search, searching: true, error: null } }));
    const filter = this.filter();
    return this.gateway
      .searchChat({ query, assigned_executive_id: this.scopeExecutive(filter), limit: PAGE_SIZE })
      .pipe(
        map((result) => {
          this.state.update((s) => ({
            ...s,
            index: upsertChats(s.index, result.chats),
            search: {
              ...s.search,
              resultIds: result.chats.map((c) => c.chat_id),
              searching: false,
            },
          }));
          return result;
        }),
        catchError((error: unknown) => {
          this.state.update((s) => ({
            ...s,
            search: { ...s.search, searching: false, error: explain(error) },
          }));
          return of(null);
        }),
      );
  }

  private applyRoomUpdates(batch: readonly Chats[]): void {
    this.state.update((s) => {
      const filter = this.filter();
      let counts = s.counts;
      let index = s.index;
      for (const chat of batch) {
        const held = index.get(chat.chat_id);
        const next = upsertChats(index, [chat]);
        if (next !== index) {
          counts = adjustCounts(counts, held, chat, filter);
          index = next;
        }
      }
      return index === s.index ? s : { ...s, index, counts };
    });
  }

  private patchChat(chatId: string, patch: (chat: Chats) => Chats): void {
    this.state.update((s) => {
      const held = s.index.get(chatId);
      if (!held) {
        return s;
      }
      const index = new Map(s.index);
      index.set(chatId, patch(held));
      return { ...s, index };
    });
  }

  private scopeExecutive(filter: ChatFilter): string | undefined {
    return filter.scope === 'mine' ? (filter.executiveId ?? undefined) : undefined;
  }
}
