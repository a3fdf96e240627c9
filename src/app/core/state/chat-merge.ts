import {
  ChatAssignment,
  ChatStatus,
  ChatStatusCounts,
  Chats,
  FetchAllChatsRequest,
  Iso8601,
  TagUpdate,
} from '../../../contract';

import { ListFocus, focusKey, focusRequest, matchesFocus } from './list-focus';

/** Chats by id, as the chat list store holds them. */
export type ChatIndex = ReadonlyMap<string, Chats>;

/** Whether `incoming` is at least as new as `held` (a lower version is a stale, out-of-order update). */
export function isNewer(held: Chats | undefined, incoming: Chats): boolean {
  return held === undefined || incoming.version > held.version;
}

/**
 * Folds chats into an index, keeping the newest version of each. Returns the same index when nothing
 * changed, so signal consumers do not re-render for stale or repeated events.
 */
export function upsertChats(index: ChatIndex, incoming: readonly Chats[]): ChatIndex {
  let next: Map<string, Chats> | null = null;
  for (const chat of incoming) {
    const held = (next ?? index).get(chat.chat_id);
    if (isNewer(held, chat)) {
      next ??= new Map(index);
      next.set(chat.chat_id, chat);
    }
  }
  return next ?? index;
}

/**
 * Newest activity first; on equal activity the higher id first, as the server pages them
 * (`ORDER BY updated_at DESC, chat_id DESC`), so a page appended to the list never reorders it.
 */
export function compareChats(a: Chats, b: Chats): number {
  if (a.updated_at !== b.updated_at) {
    return a.updated_at < b.updated_at ? 1 : -1;
  }
  return a.chat_id < b.chat_id ? 1 : a.chat_id > b.chat_id ? -1 : 0;
}

/**
 * What the chat list shows: everyone's chats or the executive's own, in one status tab, narrowed
 * by a focus (everyone's only) when one is set.
 */
export interface ChatFilter {
  scope: 'mine' | 'all';
  status: ChatStatus;
  executiveId: string | null;
  focus?: ListFocus | null;
}

/** Whether a chat belongs in the list under a filter. */
export function matchesFilter(chat: Chats, filter: ChatFilter): boolean {
  return chat.status === filter.status && matchesScope(chat, filter);
}

/** A key that differs whenever two filters may select different chats. */
export function filterKey(filter: ChatFilter): string {
  const focus = focusKey(filter.focus ?? null);
  return `${filter.scope}|${filter.status}|${filter.executiveId ?? ''}|${focus}`;
}

/** The chats of the index that match the filter, newest first (see {@link compareChats}). */
export function sortedMatches(index: ChatIndex, filter: ChatFilter): Chats[] {
  const rows: Chats[] = [];
  for (const chat of index.values()) {
    if (matchesFilter(chat, filter)) {
      rows.push(chat);
    }
  }
  return rows.sort(compareChats);
}

/**
 * The filtered, sorted order after some chats of the index changed: the changed chats leave their
 * old places and join at their new ones (when they still match), everything else keeps its place.
 * Linear in the order's length plus the changed chats sorted among themselves, so a burst of live
 * updates does not sort the whole list again. Returns `order` when nothing in it moved.
 */
export function reorder(
  order: readonly Chats[],
  changedIds: ReadonlySet<string>,
  index: ChatIndex,
  filter: ChatFilter,
): readonly Chats[] {
  if (changedIds.size === 0) {
    return order;
  }
  const joining: Chats[] = [];
  for (const id of changedIds) {
    const chat = index.get(id);
    if (chat && matchesFilter(chat, filter)) {
      joining.push(chat);
    }
  }
  joining.sort(compareChats);
  const next: Chats[] = [];
  let j = 0;
  for (const chat of order) {
    if (changedIds.has(chat.chat_id)) {
      continue;
    }
    while (j < joining.length && compareChats(joining[j], chat) < 0) {
      next.push(joining[j++]);
    }
    next.push(chat);
  }
  while (j < joining.length) {
    next.push(joining[j++]);
  }
  return joining.length === 0 && next.length === order.length ? order : next;
}

/** The executive whose chats a filter's scope asks the server for; undefined for everyone's. */
export function scopeExecutiveId(filter: ChatFilter): string | undefined {
  if (filter.scope === 'mine') {
    return filter.executiveId ?? undefined;
  }
  return focusRequest(filter.focus ?? null).assigned_executive_id;
}

/** The `fetch_all_chats` request for a page of a filter. */
export function pageRequest(
  filter: ChatFilter,
  limit: number,
  cursor?: string,
): Omit<FetchAllChatsRequest, 'request_id'> {
  return {
    ...focusRequest(filter.scope === 'all' ? (filter.focus ?? null) : null),
    assigned_executive_id: scopeExecutiveId(filter),
    status: filter.status,
    cursor,
    limit,
  };
}

/** The oldest `updated_at` among chats, or null when there are none. */
export function oldestUpdate(chats: readonly Chats[]): Iso8601 | null {
  return chats.reduce<Iso8601 | null>(
    (oldest, chat) => (oldest === null || chat.updated_at < oldest ? chat.updated_at : oldest),
    null,
  );
}

/** Whether a chat counts toward the tab counts of a scope (and focus), whatever its status. */
export function matchesScope(chat: Chats, filter: ChatFilter): boolean {
  if (filter.scope === 'mine') {
    return chat.assigned_executive_id === filter.executiveId;
  }
  return matchesFocus(chat, filter.focus ?? null);
}

/**
 * Adjusts the per-status counts for one chat changing from `before` to `after` (either may be
 * absent or outside the scope), so live updates keep the tab counts right without refetching.
 */
export function adjustCounts(
  counts: ChatStatusCounts,
  before: Chats | undefined,
  after: Chats,
  filter: ChatFilter,
): ChatStatusCounts {
  const wasIn = before !== undefined && matchesScope(before, filter);
  const isIn = matchesScope(after, filter);
  if (wasIn && isIn && before.status === after.status) {
    return counts;
  }
  const next = { ...counts };
  if (wasIn) {
    next[before.status] = Math.max(0, next[before.status] - 1);
  }
  if (isIn) {
    next[after.status] += 1;
  }
  return next;
}

/** Applies a `tag_updated` to a held chat; the server's full tag list wins. */
export function applyTagUpdate(chat: Chats, update: TagUpdate): Chats {
  if (chat.chat_id !== update.chat_id) {
    return chat;
  }
  return { ...chat, tags: [...update.tags] };
}

/** Applies a `chat_assigned` / `chat_reassigned` to a held chat. */
export function applyAssignment(chat: Chats, assignment: ChatAssignment): Chats {
  if (chat.chat_id !== assignment.chat_id) {
    return chat;
  }
  return {
    ...chat,
    assigned_executive_id: assignment.executive_id,
    assigned_executive_name: assignment.executive_name,
  };
}

/**
 * Folds the first page of a fresh list fetch into the index. The page is the server's truth for
 * its range: a held chat that matches the filter and falls inside that range but is missing from
 * the page (resolved or reassigned while this console was offline) is dropped. When the page is
 * the whole list, that range is everything.
 */
export function reconcileFirstPage(
  index: ChatIndex,
  page: readonly Chats[],
  filter: ChatFilter,
  complete: boolean,
): ChatIndex {
  const inPage = new Set(page.map((c) => c.chat_id));
  const oldest = page.reduce<string | null>(
    (min, c) => (min === null || c.updated_at < min ? c.updated_at : min),
    null,
  );
  let next: Map<string, Chats> | null = null;
  for (const held of index.values()) {
    if (inPage.has(held.chat_id) || !matchesFilter(held, filter)) {
      continue;
    }
    if (complete || (oldest !== null && held.updated_at >= oldest)) {
      next ??= new Map(index);
      next.delete(held.chat_id);
    }
  }
  return upsertChats(next ?? index, page);
}
