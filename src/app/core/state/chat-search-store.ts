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

import {
  ChatAssignment,
  ChatStatus,
  ChatStatusCounts,
  Chats,
  FetchAllChat,
} from '../../../contract';
import { bufferPerFrame } from '../platform/frame-batch';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';
import { ChatListStore } from './chat-list-store';
import { applyAssignment, applyTagUpdate, compareChats, isNewer } from './chat-merge';

/** Chats a search asks for; the server caps it at 500. */
const SEARCH_LIMIT = 200;
/** Pause after the last keystroke before a search goes out. */
export const SEARCH_DEBOUNCE_MS = 300;

const STATUSES: readonly ChatStatus[] = ['active', 'pending', 'resolved'];

interface SearchState {
  query: string;
  /** The chats found, kept current by live updates; null before the first answer of a search. */
  hits: readonly Chats[] | null;
  /** Matches per status as answered, beyond the chats sent when there were more. */
  answered: ChatStatusCounts;
  /** The same, counted over the chats sent: live updates move the counts by the difference. */
  answeredHits: ChatStatusCounts;
  /** The status whose matches the list shows. */
  status: ChatStatus;
  /** The query of the answer held. */
  answeredFor: string;
  searching: boolean;
  error: string | null;
}

const NONE: ChatStatusCounts = { active: 0, pending: 0, resolved: 0 };
const IDLE: SearchState = {
  query: '',
  hits: null,
  answered: NONE,
  answeredHits: NONE,
  status: 'active',
  answeredFor: '',
  searching: false,
  error: null,
};

/** Chats per status among some chats. */
export function countByStatus(chats: readonly Chats[]): ChatStatusCounts {
  const counts = { ...NONE };
  for (const chat of chats) {
    counts[chat.status] += 1;
  }
  return counts;
}

/**
 * The per-status counts of a search answer: the back end's, unless they cannot be right (fewer
 * than the chats it sent, as from a back end that leaves them out), then the chats sent, counted.
 */
export function answeredCounts(result: FetchAllChat): ChatStatusCounts {
  const counted = countByStatus(result.chats);
  const sent = STATUSES.some((status) => result.counts[status] < counted[status]);
  return sent ? counted : result.counts;
}

/**
 * The status a fresh answer opens on: the tab the executive was on when it has matches, else the
 * first status that has any, so a resolved chat searched from Active shows at once.
 */
export function openingStatus(counts: ChatStatusCounts, current: ChatStatus): ChatStatus {
  return counts[current] > 0 ? current : (STATUSES.find((s) => counts[s] > 0) ?? current);
}

function explain(error: unknown): string {
  return error instanceof GatewayError
    ? error.message
    : 'The search did not go through. Check your connection, then try again.';
}

/**
 * The chat list's search: by name, number, message text or booking id, in every status and
 * everyone's chats whatever tab and scope the list is on, debounced as the executive types, one
 * search in flight at a time. It counts the matches per status and shows one status at a time. The
 * chats found stay current through the same live events as the list (`room_update`,
 * `tag_updated`, assignments).
 */
@Injectable({ providedIn: 'root' })
export class ChatSearchStore {
  private readonly gateway = inject(ChatGateway);
  private readonly list = inject(ChatListStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<SearchState>(IDLE);
  private readonly typed = new Subject<string>();
  /** Searches to run at once, whatever was searched last: retries and resyncs. */
  private readonly rerun = new Subject<string>();

  /** The search text as typed. */
  readonly query = computed(() => this.state().query);
  /** Whether the executive has typed something to search for. */
  readonly active = computed(() => this.state().query.trim() !== '');
  /** Whether a search is in flight. */
  readonly searching = computed(() => this.state().searching);
  /** Why the search failed, if it did. */
  readonly error = computed(() => this.state().error);

  /** The status whose matches are shown. */
  readonly status = computed(() => this.state().status);
  /** Whether there is an answer to show (the search may be running again meanwhile). */
  readonly answered = computed(() => this.active() && this.state().hits !== null);
  /** Matches per status of the answer shown, moved along by live updates. */
  readonly counts = computed<ChatStatusCounts>(() => {
    const { hits, answered, answeredHits } = this.state();
    const now = countByStatus(hits ?? []);
    const counts = { ...NONE };
    for (const status of STATUSES) {
      counts[status] = Math.max(0, answered[status] - answeredHits[status] + now[status]);
    }
    return counts;
  });
  /** Matches in every status. */
  readonly total = computed(() => STATUSES.reduce((sum, s) => sum + this.counts()[s], 0));

  /**
   * The chats found in the chosen status, most recently updated first; null when there is no
   * answer to show.
   */
  readonly results: Signal<readonly Chats[] | null> = computed(() => {
    const { hits, status } = this.state();
    if (hits === null || !this.active()) {
      return null;
    }
    return hits.filter((chat) => chat.status === status).sort(compareChats);
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

  /** Shows the matches of another status. */
  setStatus(status: ChatStatus): void {
    this.state.update((s) => ({ ...s, status }));
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
      this.state.update((s) => ({
        ...s,
        hits: null,
        answeredFor: '',
        searching: false,
        error: null,
      }));
      return of(null);
    }
    this.state.update((s) => ({ ...s, searching: true, error: null }));
    return this.gateway.searchChat({ query, limit: SEARCH_LIMIT }).pipe(
      map((result) => {
        const answered = answeredCounts(result);
        this.state.update((s) => ({
          ...s,
          hits: result.chats,
          answered,
          answeredHits: countByStatus(result.chats),
          // A repeated search (retry, resync) keeps the status the executive picked.
          status: s.answeredFor === query ? s.status : openingStatus(answered, this.list.status()),
          answeredFor: query,
          searching: false,
        }));
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
