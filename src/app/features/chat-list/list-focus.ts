import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Params, Router } from '@angular/router';
import { filter, startWith } from 'rxjs';

import { CHAT_STATUSES, ChatStatus } from '../../../contract';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ConfigStore } from '../../core/state/config-store';
import { ListFocus } from '../../core/state/list-focus';

/** What a link into the chat list asks for (`/chats?filter=…` or `/chats?agent=…`). */
export interface DrillDown {
  /** The focus the link names; null when it names none. */
  focus: ListFocus | null;
  /** The status tab the link names (`filter=pending`), shown in everyone's chats. */
  status: ChatStatus | null;
  /** A `filter` value this console does not know, to say so. */
  unknown: string | null;
}

const FOCUS_FILTERS = ['unassigned', 'sla_breached'] as const;

/** Reads a link's query: `filter` (unassigned, sla_breached, or a status) and `agent`. */
export function drillDownOf(query: Params): DrillDown {
  const filterValue = typeof query['filter'] === 'string' ? query['filter'] : null;
  const agent = typeof query['agent'] === 'string' ? query['agent'].trim() : '';
  const drill: DrillDown = { focus: null, status: null, unknown: null };
  if (agent) {
    drill.focus = { kind: 'executive', executiveId: agent };
  }
  if (filterValue === null) {
    return drill;
  }
  if ((FOCUS_FILTERS as readonly string[]).includes(filterValue)) {
    drill.focus ??= { kind: filterValue as (typeof FOCUS_FILTERS)[number] };
  } else if ((CHAT_STATUSES as readonly string[]).includes(filterValue)) {
    drill.status = filterValue as ChatStatus;
  } else {
    drill.unknown = filterValue;
  }
  return drill;
}

/** The query that shows a focus (null values remove the parameters). */
export function focusQuery(focus: ListFocus | null): Params {
  if (focus?.kind === 'executive') {
    return { filter: null, agent: focus.executiveId };
  }
  return { filter: focus?.kind ?? null, agent: null };
}

/**
 * Keeps the chat list's focus in the URL, so a reload or a shared link shows the same list: a
 * link's `filter` / `agent` set the focus (a status filter picks the tab in everyone's chats and
 * leaves the URL), and ending the focus takes them out of the URL. URLs without them leave the
 * focus as it is (a chat opened from the palette keeps the list as it was).
 */
@Injectable()
export class ListFocusRoute {
  private readonly router = inject(Router);
  private readonly store = inject(ChatListStore);
  private readonly config = inject(ConfigStore);
  private readonly unknownFilter = signal<string | null>(null);

  /** The `filter` of the last link, when this console does not know it. */
  readonly unknown = this.unknownFilter.asReadonly();

  /** What the focus bar says: which chats, and how many. */
  readonly summary = computed(() => {
    const focus = this.store.focus();
    const counts = this.store.counts();
    if (focus === null) {
      return null;
    }
    if (focus.kind === 'executive') {
      const name =
        this.config.executives().find((e) => e.executive_id === focus.executiveId)?.name ??
        'One executive';
      return { label: `${name}’s chats`, count: counts.active + counts.pending, noun: 'open' };
    }
    const label = focus.kind === 'unassigned' ? 'Unassigned' : 'Waiting past the reply limit';
    return { label, count: counts.active + counts.pending + counts.resolved, noun: '' };
  });

  constructor() {
    this.router.events
      .pipe(
        filter((event) => event instanceof NavigationEnd),
        startWith(null),
        takeUntilDestroyed(),
      )
      .subscribe(() => this.follow());
    effect(() => {
      if (this.store.focus() === null) {
        untracked(() => this.setQuery(focusQuery(null)));
      }
    });
  }

  /** Shows a focus (null: the whole list), through the URL. */
  show(focus: ListFocus | null): void {
    this.unknownFilter.set(null);
    this.store.setFocus(focus);
    this.setQuery(focusQuery(focus));
  }

  private follow(): void {
    const query = this.router.parseUrl(this.router.url).queryParams;
    const drill = drillDownOf(query);
    if (drill.unknown !== null || drill.focus !== null || drill.status !== null) {
      this.unknownFilter.set(drill.unknown);
    }
    if (drill.status) {
      this.store.setFocus(null);
      this.store.setScope('all');
      this.store.setStatus(drill.status);
      this.setQuery({ filter: null });
    } else if (drill.focus) {
      this.store.setFocus(drill.focus);
    }
  }

  private setQuery(change: Params): void {
    const tree = this.router.parseUrl(this.router.url);
    const next = { ...tree.queryParams, ...change };
    for (const [key, value] of Object.entries(change)) {
      if (value === null) {
        delete next[key];
      }
    }
    const same =
      Object.keys(next).length === Object.keys(tree.queryParams).length &&
      Object.entries(next).every(([key, value]) => tree.queryParams[key] === value);
    if (same) {
      return;
    }
    tree.queryParams = next;
    void this.router.navigateByUrl(tree, { replaceUrl: true });
  }
}
