import { Injectable, InjectionToken, computed, inject, signal } from '@angular/core';

import { Session } from '../../../core/auth/session';
import { PREFERENCE_STORAGE } from '../../../core/platform/preference-storage';
import {
  MAX_BODY_LENGTH,
  MAX_TITLE_LENGTH,
  QuickReply,
  QuickReplyCheck,
  loadQuickReplies,
} from './quick-reply-file';

/** How the team's `quick-replies.json` is fetched; replaced in specs. */
export const QUICK_REPLIES_FETCH = new InjectionToken<typeof fetch>('QuickRepliesFetch', {
  providedIn: 'root',
  factory: () => (input: RequestInfo | URL, init?: RequestInit) => fetch(input, init),
});

/** Where the team's replies stand: not asked for yet, on their way, or checked. */
type TeamState =
  { readonly status: 'idle' | 'loading' } | ({ readonly status: 'ready' } & QuickReplyCheck);

/** The `localStorage` key of one executive's own replies. */
export function ownRepliesKey(executiveId: string): string {
  return `ccc.quick-replies.${executiveId}`;
}

function readOwn(storage: Storage | null, key: string): QuickReply[] {
  try {
    const value: unknown = JSON.parse(storage?.getItem(key) ?? '[]');
    if (!Array.isArray(value)) {
      return [];
    }
    return value
      .filter(
        (r): r is QuickReply =>
          typeof r?.id === 'string' && typeof r?.title === 'string' && typeof r?.body === 'string',
      )
      .map((r) => ({ id: r.id, title: r.title, body: r.body, own: true }));
  } catch {
    return [];
  }
}

/**
 * The quick replies the `/` list offers: the team's, from `quick-replies.json` fetched on first
 * use, and the executive's own, kept per executive in this browser's `localStorage`.
 */
@Injectable({ providedIn: 'root' })
export class QuickRepliesStore {
  private readonly session = inject(Session);
  private readonly storage = inject(PREFERENCE_STORAGE);
  private readonly fetchFn = inject(QUICK_REPLIES_FETCH);
  private readonly team = signal<TeamState>({ status: 'idle' });
  private readonly ownByKey = signal<{ key: string | null; replies: readonly QuickReply[] }>({
    key: null,
    replies: [],
  });

  private readonly key = computed(() => {
    const id = this.session.executive()?.executive_id;
    return id ? ownRepliesKey(id) : null;
  });

  /** The signed-in executive's own replies, newest first. */
  readonly own = computed<readonly QuickReply[]>(() => {
    const key = this.key();
    const held = this.ownByKey();
    return held.key === key ? held.replies : key ? readOwn(this.storage, key) : [];
  });

  /** Whether the team's replies are on their way. */
  readonly loading = computed(() => this.team().status === 'loading');

  /** What is wrong with `quick-replies.json`, one line per problem. */
  readonly problems = computed<readonly string[]>(() => {
    const team = this.team();
    return team.status === 'ready' ? team.problems : [];
  });

  /** Every reply the list offers: the executive's own first, then the team's. */
  readonly replies = computed<readonly QuickReply[]>(() => {
    const team = this.team();
    return [...this.own(), ...(team.status === 'ready' ? team.replies : [])];
  });

  /** Fetches the team's replies the first time they are needed. */
  load(): void {
    if (this.team().status !== 'idle') {
      return;
    }
    this.team.set({ status: 'loading' });
    void loadQuickReplies(this.fetchFn).then((check) =>
      this.team.set({ status: 'ready', ...check }),
    );
  }

  /**
   * Saves a reply of the executive's own; returns why it was not saved, or null. The body keeps
   * its `{variables}`, so the reply fills itself again in the next chat.
   */
  saveOwn(title: string, body: string): string | null {
    const key = this.key();
    const name = title.trim();
    const text = body.trim();
    if (!key) {
      return 'Sign in again to save quick replies.';
    }
    if (name === '' || text === '') {
      return 'Give the reply a title and some text.';
    }
    if (name.length > MAX_TITLE_LENGTH || text.length > MAX_BODY_LENGTH) {
      return `Keep the title under ${MAX_TITLE_LENGTH} and the text under ${MAX_BODY_LENGTH} characters.`;
    }
    const reply: QuickReply = {
      id: `own-${Date.now().toString(36)}`,
      title: name,
      body: text,
      own: true,
    };
    this.writeOwn(key, [reply, ...this.own()]);
    return null;
  }

  /** Deletes one of the executive's own replies. */
  deleteOwn(id: string): void {
    const key = this.key();
    if (key) {
      this.writeOwn(
        key,
        this.own().filter((reply) => reply.id !== id),
      );
    }
  }

  private writeOwn(key: string, replies: readonly QuickReply[]): void {
    this.ownByKey.set({ key, replies });
    try {
      this.storage?.setItem(key, JSON.stringify(replies));
    } catch {
      // Storage full or refused: the reply still works until the page is left.
    }
  }
}
