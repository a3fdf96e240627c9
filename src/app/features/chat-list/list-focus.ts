import { Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NavigationEnd, Params, Router } from '@angular/router';
import { filter, startWith } from 'rxjs';

import { CHAT_STATUSES, ChatStatus, STAKEHOLDERS, Stakeholder } from '../../../contract';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ConfigStore } from '../../core/state/config-store';
import { ListFocus, sameFocus } from '../../core/state/list-focus';

/**
 * What a link into the chat list asks for (`/chats?filter=…`, `/chats?agent=…`, or
 * `/chats?stakeholder=driver` with or without a `filter`).
 */
export interface DrillDown {
  /** The focus the link names; null when it names none. */
  focus: ListFocus | null;
  /** The status tab the link names (`filter=pending`), shown in everyone's chats. */
  status: ChatStatus | null;
  /** A `filter` value this console does not know, to say so. */
  unknown: string | null;
}

const FOCUS_FILTERS = ['unassigned', 'sla_breached'] as const;

/**
 * Reads a link's query: `filter` (unassigned, sla_breached, or a status), `agent`, and
 * `stakeholder` (the driver or the customer chats; with `filter=unassigned`, those nobody has).
 */
export function drillDownOf(query: Params): DrillDown {
  const filterValue = typeof query['filter'] === 'string' ? query['filter'] : null;
  const agent = typeof query['agent'] === 'string' ? query['agent'].trim() : '';
  const stakeholder = query['stakeholder'];
  const drill: DrillDown = { focus: null, status: null, unknown: null };
  if (agent) {
    drill.focus = { kind: 'executive', executiveId: agent };
  } else if ((STAKEHOLDERS as readonly unknown[]).includes(stakeholder)) {
    drill.focus = {
      kind: 'stakeholder',
      stakeholder: stakeholder as Stakeholder,
      unassigned: filterValue === 'unassigned',
    };
  } else if (stakeholder !== undefined) {
    drill.unknown = String(stakeholder);
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
  switch (focus?.kind) {
    case 'executive':
      return { filter: null, agent: focus.executiveId, stakeholder: null };
    case 'stakeholder':
      return {
        filter: focus.unassigned ? 'unassigned' : null,
        agent: null,
        stakeholder: focus.stakeholder,
      };
    default:
      return { filter: focus?.kind ?? null, agent: null, stakeholder: null };
  }
}

const STAKEHOLDER_CHATS: Record<Stakeholder, string> = {
  driver: 'Driver and partner chats',
  customer: 'Customer chats',
};

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
    if (focus.kind === 'stakeholder') {
      const chats = STAKEHOLDER_CHATS[focus.stakeholder];
      return focus.unassigned
        ? {
            label: `Unassigned ${chats.toLowerCase()}`,
            count: counts.active + counts.pending,
            noun: '',
          }
        : { label: chats, count: counts.active + counts.pending + counts.resolved, noun: '' };
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
      // A status picks the tab; only a driver or customer focus holds with it.
      this.store.setFocus(drill.focus?.kind === 'stakeholder' ? drill.focus : null);
      this.store.setScope('all');
      this.store.setStatus(drill.status);
      this.setQuery({ filter: null });
    } else if (drill.focus && !sameFocus(drill.focus, this.store.focus())) {
      // A new focus opens on the first tab, not on whichever tab the list was left at.
      this.store.setFocus(drill.focus);
      this.store.setStatus('active');
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
