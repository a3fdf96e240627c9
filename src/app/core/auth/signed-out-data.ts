import { DestroyRef, Injectable, inject } from '@angular/core';

/** Every key the console writes to browser storage starts with this. */
export const STORAGE_PREFIX = 'ccc.';

/** The Web Lock each signed-in tab holds (shared) for its executive, so sign-out can tell. */
export const TAB_LOCK_PREFIX = 'ccc.tab.';

/** What an executive's work leaves in `localStorage`, one key per kind and executive. */
export type ExecutiveDataKind = 'drafts' | 'noteDrafts' | 'outbox' | 'read' | 'kept';

/** Work that has not reached the customer: what "Keep for next sign-in" keeps. */
const UNSENT_KINDS: readonly ExecutiveDataKind[] = ['drafts', 'noteDrafts', 'outbox', 'kept'];

/** The `localStorage` key of one kind of an executive's data (`ccc.drafts.<executive id>`). */
export function executiveDataKey(kind: ExecutiveDataKind, executiveId: string): string {
  return `${STORAGE_PREFIX}${kind}.${executiveId}`;
}

/**
 * What an executive's work leaves in `localStorage`: reply and note drafts, the outbox, read marks and the note
 * of what was kept at the last sign-out. The theme and alert settings stay: they describe the
 * browser, not anyone's chats.
 */
export function executiveDataKeys(executiveId: string): string[] {
  return (['drafts', 'noteDrafts', 'outbox', 'read', 'kept'] as const).map((kind) =>
    executiveDataKey(kind, executiveId),
  );
}

/** Where sign-out forgets things, and whether the executive still works in another tab. */
export interface SignedOutData {
  readonly executiveId: string;
  /** `localStorage`, shared by the browser's tabs; null when the browser refuses storage. */
  readonly local: Storage | null;
  /** This tab's `sessionStorage`. */
  readonly tab: Storage | null;
  /** Whether another tab of the same executive is still signed in: then its work stays. */
  readonly otherTabsOpen: boolean;
  /**
   * Whether the executive chose to keep their unsent work (drafts, the outbox) for their next
   * sign-in: then only their read marks and this tab's data go.
   */
  readonly keepUnsent?: boolean;
}

/**
 * Forgets what the console kept about the executive who signed out: everything of this tab, and
 * the executive's drafts, unsent messages and read marks unless another tab of theirs still uses
 * them (or, with `keepUnsent`, all but the drafts and unsent messages). Returns the keys removed.
 */
export function forgetSignedOutData(data: SignedOutData): string[] {
  const removed: string[] = [];
  const remove = (storage: Storage | null, keys: readonly string[]): void => {
    for (const key of keys) {
      if (storage && storage.getItem(key) !== null) {
        storage.removeItem(key);
        removed.push(key);
      }
    }
  };
  remove(
    data.tab,
    storageKeys(data.tab).filter((key) => key.startsWith(STORAGE_PREFIX)),
  );
  if (!data.otherTabsOpen) {
    remove(
      data.local,
      executiveDataKeys(data.executiveId).filter(
        (key) =>
          !data.keepUnsent ||
          !UNSENT_KINDS.some((kind) => key === executiveDataKey(kind, data.executiveId)),
      ),
    );
  }
  return removed;
}

function storageKeys(storage: Storage | null): string[] {
  const keys: string[] = [];
  for (let i = 0; storage && i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null) {
      keys.push(key);
    }
  }
  return keys;
}

/**
 * Which tabs are signed in as whom: each signed-in tab holds a shared Web Lock named for its
 * executive, so a tab signing out can ask whether another tab of the same executive is open.
 */
@Injectable({ providedIn: 'root' })
export class SignedInTabs {
  private held: { executiveId: string; release: AbortController } | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.hold(null));
  }

  /** Marks this tab as signed in as `executiveId` (null: as nobody). */
  hold(executiveId: string | null): void {
    if (this.held?.executiveId === executiveId) {
      return;
    }
    this.held?.release.abort();
    this.held = null;
    const locks = globalThis.navigator?.locks;
    if (!executiveId || !locks) {
      return;
    }
    const release = new AbortController();
    this.held = { executiveId, release };
    locks
      .request(TAB_LOCK_PREFIX + executiveId, { mode: 'shared', signal: release.signal }, () => {
        return new Promise<void>((resolve) =>
          release.signal.addEventListener('abort', () => resolve()),
        );
      })
      .catch(() => undefined);
  }

  /** Whether a tab other than this one is signed in as `executiveId`. False when unknown. */
  async othersOpen(executiveId: string): Promise<boolean> {
    const locks = globalThis.navigator?.locks;
    if (!locks) {
      return false;
    }
    try {
      const { held = [] } = await locks.query();
      const count = held.filter((lock) => lock.name === TAB_LOCK_PREFIX + executiveId).length;
      return count - (this.held?.executiveId === executiveId ? 1 : 0) > 0;
    } catch {
      return false;
    }
  }
}
