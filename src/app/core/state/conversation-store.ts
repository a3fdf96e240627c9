import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subscription, filter } from 'rxjs';

import { Chats, Message, TagUpdate, TypingPayload } from '../../../contract';
import { Session } from '../auth/session';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';
import { ChatListStore } from './chat-list-store';
import { applyTagUpdate } from './chat-merge';
import { bufferPerFrame } from '../platform/frame-batch';
import { ConversationMessage, lastServerSeq, mergeMessages } from './message-merge';
import { OutgoingMessage, withOutbox } from './outbox';
import { OutboxStore } from './outbox-store';
import { RecentConversations } from './recent-conversations';

/** Messages per history page. */
const PAGE_SIZE = 50;
/** Messages per page when catching up after a reconnect; pages repeat until nothing is missing. */
const CATCH_UP_PAGE_SIZE = 200;
/** A typing indicator from the other side disappears after this long without a new event. */
const TYPING_EXPIRY_MS = 6000;
/** Our own typing events go out at most this often. */
const TYPING_THROTTLE_MS = 3000;

export type { OutgoingMessage } from './outbox';

interface ConversationState {
  chatId: string | null;
  chat: Chats | null;
  messages: readonly ConversationMessage[];
  hasMore: boolean;
  loading: boolean;
  loadingOlder: boolean;
  error: string | null;
  typing: TypingPayload | null;
}

const EMPTY: ConversationState = {
  chatId: null,
  chat: null,
  messages: [],
  hasMore: false,
  loading: false,
  loadingOlder: false,
  error: null,
  typing: null,
};

function explain(error: unknown, fallback: string): string {
  return error instanceof GatewayError ? error.message : fallback;
}

/**
 * The open conversation: history pages, live messages, optimistic sends with retry, and typing
 * both ways. Messages are reconciled by `message-merge`, never by the components.
 */
@Injectable({ providedIn: 'root' })
export class ConversationStore {
  private readonly gateway = inject(ChatGateway);
  private readonly session = inject(Session);
  private readonly chatList = inject(ChatListStore);
  private readonly destroyRef = inject(DestroyRef);
  private readonly state = signal<ConversationState>(EMPTY);
  private readonly outbox = inject(OutboxStore);
  private typingTimer: ReturnType<typeof setTimeout> | null = null;
  private lastTypingSent = 0;
  private openRequest: Subscription | null = null;
  private readonly recent = new RecentConversations(5, 5 * 60_000, PAGE_SIZE);

  /** The open chat id. */
  readonly chatId = computed(() => this.state().chatId);
  /** The open chat's room data, live. */
  readonly chat = computed(() => this.state().chat);
  /** Messages oldest first, then the sends of this chat still in the outbox (pending or failed). */
  readonly messages = computed(() =>
    withOutbox(this.state().messages, this.outbox.entries(), this.state().chatId),
  );
  /** Whether older history exists. */
  readonly hasMore = computed(() => this.state().hasMore);
  /** Whether the first page is loading. */
  readonly loading = computed(() => this.state().loading);
  /** Whether an older page is loading. */
  readonly loadingOlder = computed(() => this.state().loadingOlder);
  /** Why the conversation could not load. */
  readonly error = computed(() => this.state().error);
  /** Who is typing on the other side, if anyone. */
  readonly typing = computed(() => this.state().typing);

  constructor() {
    this.gateway
      .onNewMessage()
      .pipe(bufferPerFrame(), takeUntilDestroyed(this.destroyRef))
      .subscribe((batch) => this.receive(batch));
    this.gateway
      .onRoomUpdate()
      .pipe(
        filter((chat) => chat.chat_id === this.state().chatId),
        bufferPerFrame(),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((chats) =>
        this.state.update((s) =>
          chats.reduce(
            (held, chat) =>
              chat.chat_id !== held.chatId || (held.chat && chat.version <= held.chat.version)
                ? held
                : { ...held, chat },
            s,
          ),
        ),
      );
    this.gateway
      .onTagUpdated()
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((update) => this.applyTagUpdate(update));
    this.gateway
      .onTyping()
      .pipe(
        filter((t) => t.chat_id === this.state().chatId && t.sender !== 'executive'),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((typing) => this.showTyping(typing));
    this.outbox.delivered
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe((sent) => this.receive([sent]));
  }

  /**
   * Opens a chat: joins its room and loads its newest page. A chat left in the last few minutes
   * paints at once from memory and is reconciled with that page. Reopening the open chat is a
   * no-op.
   */
  open(chatId: string): void {
    const left = this.state();
    if (chatId === left.chatId && !left.error) {
      return;
    }
    this.openRequest?.unsubscribe();
    this.clearTyping();
    const owner = this.session.executive()?.executive_id ?? null;
    const now = Date.now();
    if (left.chatId && !left.loading && !left.error) {
      this.recent.keep(owner, left.chatId, left, now);
    }
    const kept = this.recent.take(owner, chatId, now);
    this.state.set({
      ...EMPTY,
      chatId,
      chat: this.chatList.chat(chatId) ?? kept?.chat ?? null,
      messages: kept?.messages ?? [],
      hasMore: kept?.hasMore ?? false,
      loading: kept === null,
    });
    this.gateway
      .joinChat({ chat_id: chatId })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: () => undefined });
    this.openRequest = this.gateway
      .fetchChatsByUser({ chat_id: chatId, limit: PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (page.chat_id !== this.state().chatId) {
            return;
          }
          this.chatList.upsert([page.chat]);
          this.state.update((s) => {
            // What was painted from memory joins the newest page, unless messages are missing
            // between them (more arrived while the chat was left than a page holds).
            const newestHeld = lastServerSeq(s.messages);
            const gap =
              newestHeld !== null &&
              page.has_more &&
              page.messages.length > 0 &&
              page.messages[0].seq > newestHeld + 1;
            const fromMemory = kept !== null && !gap;
            return {
              ...s,
              chat: s.chat && s.chat.version > page.chat.version ? s.chat : page.chat,
              messages: mergeMessages(kept !== null && gap ? [] : s.messages, page.messages),
              hasMore: fromMemory ? s.hasMore || page.has_more : page.has_more,
              loading: false,
            };
          });
        },
        error: (error: unknown) =>
          this.state.update((s) =>
            s.chatId === chatId
              ? {
                  ...s,
                  loading: false,
                  error: explain(error, 'This conversation could not be loaded. Try again.'),
                }
              : s,
          ),
      });
  }

  /** Closes the open chat. */
  close(): void {
    this.openRequest?.unsubscribe();
    this.clearTyping();
    this.state.set(EMPTY);
  }

  /** Loads the page of history before the oldest message held. */
  loadOlder(): void {
    const { chatId, messages, hasMore, loadingOlder } = this.state();
    const oldest = messages.find((m) => m.local === null);
    if (!chatId || !hasMore || loadingOlder || !oldest) {
      return;
    }
    this.state.update((s) => ({ ...s, loadingOlder: true, error: null }));
    this.gateway
      .fetchChatsByUser({ chat_id: chatId, before_seq: oldest.seq, limit: PAGE_SIZE })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (page.chat_id !== this.state().chatId) {
            return;
          }
          this.state.update((s) => ({
            ...s,
            messages: mergeMessages(s.messages, page.messages),
            hasMore: page.has_more,
            loadingOlder: false,
          }));
        },
        error: (error: unknown) =>
          this.state.update((s) => ({
            ...s,
            loadingOlder: false,
            error: explain(error, 'Older messages could not be loaded. Scroll up to try again.'),
          })),
      });
  }

  /**
   * Sends a message through the outbox: it shows at once as pending, becomes sent on the
   * acknowledgement, or failed with a retry. It survives a reload, and the client message id makes
   * every retry safe: the server never stores it twice.
   */
  send(message: OutgoingMessage): void {
    const chatId = this.state().chatId;
    if (!chatId || message.text.trim() === '') {
      return;
    }
    this.outbox.add(chatId, message);
  }

  /** Sends a failed message again, with the same client message id. */
  retry(clientMessageId: string): void {
    this.outbox.retry(clientMessageId);
  }

  /**
   * Shows a tag change (`tag_updated`, or the answer to `apply_tag` / `remove_tag`) on the open
   * chat. Changes to other chats are ignored.
   */
  applyTagUpdate(update: TagUpdate): void {
    this.state.update((s) =>
      s.chat && s.chat.chat_id === update.chat_id
        ? { ...s, chat: applyTagUpdate(s.chat, update) }
        : s,
    );
  }

  /** Tells the other side the executive is typing, at most once every few seconds. */
  notifyTyping(): void {
    const chatId = this.state().chatId;
    const now = Date.now();
    if (!chatId || now - this.lastTypingSent < TYPING_THROTTLE_MS) {
      return;
    }
    this.lastTypingSent = now;
    this.gateway.emitTyping({
      chat_id: chatId,
      sender: 'executive',
      sender_name: this.session.executive()?.name,
    });
  }

  /**
   * Catches up after a reconnect. `gap` fetches what is newer than the newest message held (the
   * server's `seq`, never the client clock), page after page until nothing is missing, and merges
   * it; `full`, after a long time offline, reloads the newest page and replaces the history held.
   * Resolves once the conversation is consistent again (or the fetch failed); scroll position and
   * the composer are left alone.
   */
  resync(mode: 'gap' | 'full' = 'gap'): Promise<void> {
    if (mode === 'full') {
      this.recent.clear();
    }
    const chatId = this.state().chatId;
    if (!chatId) {
      return Promise.resolve();
    }
    this.gateway
      .joinChat({ chat_id: chatId })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({ error: () => undefined });
    const after = mode === 'gap' ? lastServerSeq(this.state().messages) : null;
    return new Promise((resolve) => this.catchUp(chatId, after, mode === 'full', resolve));
  }

  private catchUp(chatId: string, after: number | null, replace: boolean, done: () => void): void {
    this.gateway
      .fetchChatsByUser(
        after === null
          ? { chat_id: chatId, limit: PAGE_SIZE }
          : { chat_id: chatId, after_seq: after, limit: CATCH_UP_PAGE_SIZE },
      )
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          if (page.chat_id !== this.state().chatId) {
            done();
            return;
          }
          this.chatList.upsert([page.chat]);
          this.state.update((s) => ({
            ...s,
            chat: s.chat && s.chat.version > page.chat.version ? s.chat : page.chat,
            messages: mergeMessages(replace ? [] : s.messages, page.messages),
            hasMore: after === null ? page.has_more : s.hasMore,
            error: null,
            loading: false,
          }));
          const last = page.messages.at(-1);
          if (after !== null && page.messages.length >= CATCH_UP_PAGE_SIZE && last) {
            this.catchUp(chatId, last.seq, false, done);
            return;
          }
          done();
        },
        error: () => done(),
      });
  }

  private receive(batch: readonly Message[]): void {
    this.recent.add(batch);
    const chatId = this.state().chatId;
    const mine = batch.filter((m) => m.chat_id === chatId);
    if (mine.length === 0) {
      return;
    }
    this.state.update((s) => ({
      ...s,
      messages: mergeMessages(s.messages, mine),
      typing: mine.some((m) => m.sender_type !== 'executive') ? null : s.typing,
    }));
  }

  private showTyping(typing: TypingPayload): void {
    this.clearTyping();
    this.state.update((s) => ({ ...s, typing }));
    this.typingTimer = setTimeout(() => {
      this.typingTimer = null;
      this.state.update((s) => ({ ...s, typing: null }));
    }, TYPING_EXPIRY_MS);
  }

  private clearTyping(): void {
    if (this.typingTimer !== null) {
      clearTimeout(this.typingTimer);
      this.typingTimer = null;
    }
  }
}
