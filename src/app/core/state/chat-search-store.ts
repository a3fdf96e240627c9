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

import { ChatAssignment, Chats } from '../../../contract';
import { bufferPerFrame } from '../platform/frame-batch';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';
import { ChatListStore } from './chat-list-store';
import {
  applyAssignment,
  applyTagUpdate,
  isNewer,
  matchesFilter,
  scopeExecutiveId,
} from './chat-merge';

/** Chats a search asks for; the server caps it at 500. */
const SEARCH_LIMIT = 200;
/** Pause after the last keystroke before a search goes out. */
export const SEARCH_DEBOUNCE_MS = 300;

interface SearchState {
  query: string;
  /** The chats found, kept current by live updates; null before the first answer of a search. */
  hits: readonly Chats[] | null;
  searching: boolean;
  error: string | null;
}

const IDLE: SearchState = { query: '', hits: null, searching: false, error: null };

function explain(error: unknown): string {
  return error instanceof GatewayError
    ? error.message
    : 'The search did not go through. Check your connection, then try again.';
}

/**
 * The chat list's search: by name, number, message text or booking id, debounced as the executive
 * types, one search in flight at a time. The chats found stay current through the same live events
 * as the list (`room_update`, `tag_updated`, assignments).
 */
@Injectable({ providedIn: 'root' })
export class ChatSearchStore {
  private readonly gateway = inject(ChatGateway);
  private readonly list = inject(ChatListStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<SearchState>(IDLE);
  private readonly typed = new Subject<string>();
  /** Searches to run at once, whatever was searched last: retries, resyncs, scope changes. */
  private readonly rerun = new Subject<string>();
  /** The scope the shown results were searched in; null with no search. */
  private searchedScope: 'mine' | 'all' | null = null;

  /** The search text as typed. */
  readonly query = computed(() => this.state().query);
  /** Whether the executive has typed something to search for. */
  readonly active = computed(() => this.state().query.trim() !== '');
  /** Whether a search is in flight. */
  readonly searching = computed(() => this.state().searching);
  /** Why the search failed, if it did. */
  readonly error = computed(() => this.state().error);

  /**
   * The chats found that belong in the list's tab and scope, newest first (the search event cannot
   * filter by status, so the tab is applied here); null when there is no answer to show.
   */
  readonly results: Signal<readonly Chats[] | null> = computed(() => {
    const { hits } = this.state();
    if (hits === null || !this.active()) {
      return null;
    }
    const filter = this.list.filter();
    return hits.filter((chat) => matchesFilter(chat, filter));
  });

  constructor() {
    const typed = this.typed.pipe(
      map((q) => q.trim()),
      debounceTime(SEARCH_DEBOUNCE_MS),
      distinctUntilChanged(),
    );
    // One pipeline, so a newer search always replaces an older one still in flight.
    merge(typed, this.rerun)
      .pipe(
        switchMap((query) => this.run(query)),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe();

    // The server searches within the scope: another scope needs another search.
    effect(() => {
      const scope = this.list.scope();
      untracked(() => {
        if (this.searchedScope !== null && scope !== this.searchedScope) {
          this.rerunNow();
        }
      });
    });

    this.gateway
      .onRoomUpdate()
      .pipe(bufferPerFrame(), takeUntilDestroyed(this.destroyRef))
      .subscribe((batch) => {
        const latest = new Map(batch.map((chat) => [chat.chat_id, chat]));
        this.patchHits((chat) => {
          const update = latest.get(chat.chat_id);
          return update && isNewer(chat, update) ? update : chat;
        });
      });
    this.gateway
      .onTagUpdated()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((update) => this.patchHits((chat) => applyTagUpdate(chat, update)));
    const assignment = (a: ChatAssignment) => this.patchHits((chat) => applyAssignment(chat, a));
    this.gateway.onChatAssigned().pipe(takeUntilDestroyed(this.destroyRef)).subscribe(assignment);
    this.gateway.onChatReassigned().pipe(takeUntilDestroyed(this.destroyRef)).subscribe(assignment);
  }

  /** A chat found by the current search, whatever its tab; undefined with no search. */
  chat(chatId: string): Chats | undefined {
    return this.active() ? this.state().hits?.find((chat) => chat.chat_id === chatId) : undefined;
  }

  /** Searches by name, number, message text or booking id; an empty query ends the search. */
  search(query: string): void {
    this.state.update((s) => ({ ...s, query }));
    this.typed.next(query);
  }

  /**
   * Runs the current search again at once, after it failed. Typing the same text again would not,
   * since an unchanged query is not searched twice.
   */
  retry(): void {
    this.rerunNow();
  }

  /** Searches again after a reconnect, when there is a search. */
  resync(): void {
    this.rerunNow();
  }

  private rerunNow(): void {
    const query = this.state().query.trim();
    if (query) {
      this.rerun.next(query);
    }
  }

  private run(query: string) {
    if (!query) {
      this.searchedScope = null;
      this.state.update((s) => ({ ...s, hits: null, searching: false, error: null }));
      return of(null);
    }
    this.state.update((s) => ({ ...s, searching: true, error: null }));
    const scope = this.list.filter();
    this.searchedScope = scope.scope;
    return this.gateway
      .searchChat({
        query,
        assigned_executive_id: scopeExecutiveId(scope),
        limit: SEARCH_LIMIT,
      })
      .pipe(
        map((result) => {
          this.state.update((s) => ({ ...s, hits: result.chats, searching: false }));
          return result;
        }),
        catchError((error: unknown) => {
          this.state.update((s) => ({ ...s, searching: false, error: explain(error) }));
          return of(null);
        }),
      );
  }

  private patchHits(patch: (chat: Chats) => Chats): void {
    this.state.update((s) => {
      if (s.hits === null) {
        return s;
      }
      let changed = false;
      const hits = s.hits.map((chat) => {
        const next = patch(chat);
        changed ||= next !== chat;
        return next;
      });
      return changed ? { ...s, hits } : s;
    });
  }
}
