import {
  DOCUMENT,
  DestroyRef,
  Injectable,
  InjectionToken,
  Signal,
  computed,
  inject,
  linkedSignal,
} from '@angular/core';

import { Chats, Iso8601 } from '../../../../contract';
import { Session } from '../../../core/auth/session';
import { ChatListStore } from '../../../core/state/chat-list-store';
import { browserStorage } from '../../../core/platform/preference-storage';
import {
  ChatReadMark,
  ChatReadMarks,
  isUnread,
  markOf,
  needsReply,
  parseReadMarks,
} from './chat-read-state';

/** Marks live under this prefix plus the executive id, so two executives on one browser stay apart. */
export const READ_MARKS_KEY_PREFIX = 'ccc.read.';

/** Marks kept per executive; the least recently touched are dropped beyond this. */
export const MAX_READ_MARKS = 2000;

/**
 * Where read marks are kept: `localStorage`, so "opened", "done" and "marked unread" survive
 * closing the tab. Null when the browser refuses storage; marks then last until the page is left.
 */
export const READ_MARKS_STORAGE = new InjectionToken<Storage | null>('ReadMarksStorage', {
  providedIn: 'root',
  factory: () => browserStorage('localStorage'),
});

/** The later of two timestamps; a server clock ahead of ours must not leave a chat unread. */
function laterOf(a: Iso8601, b: Iso8601 | null | undefined): Iso8601 {
  if (!b) {
    return a;
  }
  return Date.parse(b) > Date.parse(a) ? b : a;
}

function touchedAt(mark: ChatReadMark): string {
  const opened = mark.openedAt ?? '';
  const done = mark.doneAt ?? '';
  return opened > done ? opened : done;
}

/**
 * What this executive did with each chat (opened, marked done, marked unread), kept per executive
 * in the browser. The list reads `isUnread` / `needsReply` from here; "needs reply" stays until the
 * executive replies (the server clears `needs_reply`) or marks the chat done.
 */
@Injectable({ providedIn: 'root' })
export class ChatReadStore {
  private readonly storage = inject(READ_MARKS_STORAGE);
  private readonly session = inject(Session);
  private readonly chatList = inject(ChatListStore);

  private readonly storageKey: Signal<string | null> = computed(() => {
    const id = this.session.executive()?.executive_id;
    return id ? READ_MARKS_KEY_PREFIX + id : null;
  });

  private readonly state = linkedSignal<string | null, ChatReadMarks>({
    source: this.storageKey,
    computation: (key) => this.read(key),
  });

  /** Every mark of the signed-in executive, by chat id. */
  readonly marks: Signal<ChatReadMarks> = this.state.asReadonly();

  constructor() {
    // Another tab of the same executive changed the marks: follow it, so both tabs agree.
    const view = inject(DOCUMENT).defaultView;
    const onStorage = (event: StorageEvent) => {
      const key = this.storageKey();
      if (key !== null && event.key === key) {
        this.state.set(parseReadMarks(event.newValue));
      }
    };
    view?.addEventListener('storage', onStorage);
    inject(DestroyRef).onDestroy(() => view?.removeEventListener('storage', onStorage));
  }

  /** The mark of one chat (empty when the executive never touched it). */
  markOf(chatId: string): ChatReadMark {
    return markOf(this.state(), chatId);
  }

  /** Whether the chat has activity this executive has not opened, or was marked unread. */
  isUnread(chat: Chats): boolean {
    return isUnread(chat, this.markOf(chat.chat_id));
  }

  /** Whether the chat still waits for a reply from support. */
  needsReply(chat: Chats): boolean {
    return needsReply(chat, this.markOf(chat.chat_id));
  }

  /**
   * Records that the chat is open on screen now. Call it again as messages arrive while it stays
   * open, so it never turns unread under the executive's eyes. Clears "marked unread".
   */
  opened(chatId: string): void {
    const seen = this.seenUpTo(chatId);
    this.write(chatId, (mark) => ({ ...mark, openedAt: seen, markedUnread: false }));
  }

  /** Marks the chat as needing no reply (until the customer writes again); it also counts as read. */
  markDone(chatId: string): void {
    const seen = this.seenUpTo(chatId);
    this.write(chatId, () => ({ openedAt: seen, doneAt: seen, markedUnread: false }));
  }

  /** Flags the chat unread again, so it stands out in the list until it is next opened. */
  markUnread(chatId: string): void {
    this.write(chatId, (mark) => ({ ...mark, markedUnread: true }));
  }

  private seenUpTo(chatId: string): Iso8601 {
    return laterOf(new Date().toISOString(), this.chatList.chat(chatId)?.last_customer_message_at);
  }

  private write(chatId: string, change: (mark: ChatReadMark) => ChatReadMark): void {
    const marks = { ...this.state(), [chatId]: change(markOf(this.state(), chatId)) };
    const kept = prune(marks);
    this.state.set(kept);
    const key = this.storageKey();
    if (key === null) {
      return;
    }
    try {
      this.storage?.setItem(key, JSON.stringify(kept));
    } catch {
      // A full or refused storage only costs the marks surviving a reload; they still work now.
    }
  }

  private read(key: string | null): ChatReadMarks {
    if (key === null) {
      return {};
    }
    try {
      return parseReadMarks(this.storage?.getItem(key) ?? null);
    } catch {
      return {};
    }
  }
}

function prune(marks: Record<string, ChatReadMark>): ChatReadMarks {
  const entries = Object.entries(marks);
  if (entries.length <= MAX_READ_MARKS) {
    return marks;
  }
  entries.sort(([, a], [, b]) => (touchedAt(a) < touchedAt(b) ? 1 : -1));
  return Object.fromEntries(entries.slice(0, MAX_READ_MARKS));
}
