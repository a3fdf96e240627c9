/**
 * Ordering of the chat list rows. The list shows a snapshot of chat ids; the store's live order is
 * applied to it only when doing so cannot move a row under the executive's pointer or push rows
 * down while they are scrolled away from the top.
 */

/** What applying the live order to the shown one would change. */
export interface PendingOrder {
  /** Chats in the live order that the list does not show yet. */
  newCount: number;
  /** Whether applying the live order would change anything (new, moved or departed rows). */
  changed: boolean;
}

/** Whether two id orders are the same. */
export function sameOrder(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) {
    return true;
  }
  if (a.length !== b.length) {
    return false;
  }
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) {
      return false;
    }
  }
  return true;
}

/**
 * The order to keep showing while the list is held. Shown rows keep their places (including chats
 * that have since left the filter, so their row can show the new state). A chat not shown yet joins
 * only where it cannot push a shown row down on screen: at the end, or at or after `insertFrom` (the
 * first row index below what is rendered). Anything else, such as new activity that sorts above
 * shown rows, waits until the order is applied.
 */
export function heldOrder(
  displayed: readonly string[],
  latest: readonly string[],
  insertFrom = displayed.length,
): readonly string[] {
  const position = new Map<string, number>();
  displayed.forEach((id, index) => position.set(id, index));
  // For each id of the live order, the lowest shown index among the chats that sort after it.
  const slots = new Array<number>(latest.length);
  let lowestAfter = displayed.length;
  for (let i = latest.length - 1; i >= 0; i--) {
    slots[i] = lowestAfter;
    const at = position.get(latest[i]);
    if (at !== undefined && at < lowestAfter) {
      lowestAfter = at;
    }
  }
  // Nothing ever joins above the first shown row: that is where the executive looks first.
  const from = Math.max(1, insertFrom);
  const joining = new Map<number, string[]>();
  let shownBefore = false;
  latest.forEach((id, i) => {
    if (position.has(id)) {
      shownBefore = true;
      return;
    }
    const slot = slots[i];
    if (shownBefore && (slot >= from || slot === displayed.length)) {
      const ids = joining.get(slot) ?? [];
      ids.push(id);
      joining.set(slot, ids);
    }
  });
  if (joining.size === 0) {
    return displayed;
  }
  const next: string[] = [];
  displayed.forEach((id, index) => {
    next.push(...(joining.get(index) ?? []), id);
  });
  next.push(...(joining.get(displayed.length) ?? []));
  return next;
}

/**
 * The order the list shows next. Without a previous order (first render, another tab, scope or
 * search) or while the list is not held, the live order wins; while held, {@link heldOrder} with
 * chats joining from `insertFrom` on.
 */
export function nextOrder(
  previous: readonly string[] | null,
  latest: readonly string[],
  held: boolean,
  insertFrom?: number,
): readonly string[] {
  if (previous === null || previous.length === 0 || !held) {
    return latest;
  }
  return heldOrder(previous, latest, insertFrom);
}

/** What the "N new" / "List updated" prompt offers: how many chats are new, and whether anything changed. */
export function pendingOrder(
  displayed: readonly string[],
  latest: readonly string[],
): PendingOrder {
  if (sameOrder(displayed, latest)) {
    return { newCount: 0, changed: false };
  }
  const shown = new Set(displayed);
  let newCount = 0;
  for (const id of latest) {
    if (!shown.has(id)) {
      newCount++;
    }
  }
  return { newCount, changed: true };
}

/**
 * The index `step` rows away from `from` in a list of `length` rows, clamped to the ends; with no
 * current row (`from` = -1) moving forward starts at the top and moving back at the bottom.
 */
export function stepIndex(from: number, step: number, length: number): number {
  if (length === 0) {
    return -1;
  }
  if (from < 0) {
    return step >= 0 ? 0 : length - 1;
  }
  return Math.min(length - 1, Math.max(0, from + step));
}
