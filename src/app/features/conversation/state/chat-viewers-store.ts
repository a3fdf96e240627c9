import { DestroyRef, Injectable, computed, effect, inject, signal, untracked } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { filter } from 'rxjs';

import { ChatViewer, TypingPayload } from '../../../../contract';
import { Session } from '../../../core/auth/session';
import { ChatGateway } from '../../../core/realtime/chat-gateway';
import { ConversationStore } from '../../../core/state/conversation-store';

/** A colleague's "typing" disappears after this long without another typing event. */
const TYPING_EXPIRY_MS = 6000;

/** A colleague typing in the open chat. */
export interface TypingColleague {
  readonly key: string;
  readonly name: string;
}

interface ViewersState {
  chatId: string | null;
  /** Everybody with the open chat open, the signed-in person included; null: no news yet. */
  viewers: readonly ChatViewer[] | null;
  typing: readonly TypingColleague[];
}

/**
 * Who else has the open chat open, and which colleague is typing in it (docs/api.md, "Who else
 * has a chat open"). Reads `viewers` from the `room_update`s the gateway sends to the chat's room,
 * whatever their version (they ride on an unchanged chat), and `user_typing` from executives.
 * Both are optional in the contract: without them the lists stay empty.
 */
@Injectable({ providedIn: 'root' })
export class ChatViewersStore {
  private readonly gateway = inject(ChatGateway);
  private readonly session = inject(Session);
  private readonly conversation = inject(ConversationStore);
  private readonly state = signal<ViewersState>({ chatId: null, viewers: null, typing: [] });
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  /** The others with the open chat open, in the order they opened it; never the signed-in person. */
  readonly others = computed(() => {
    const me = this.session.executive()?.executive_id;
    return (this.state().viewers ?? []).filter((viewer) => viewer.executive_id !== me);
  });
  /** Colleagues typing in the open chat now, first to start first. */
  readonly typing = computed(() => this.state().typing);

  constructor() {
    const destroyRef = inject(DestroyRef);
    effect(() => {
      const chatId = this.conversation.chatId();
      untracked(() => this.reset(chatId));
    });
    this.gateway
      .onRoomUpdate()
      .pipe(
        filter((chat) => chat.chat_id === this.state().chatId && chat.viewers !== undefined),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((chat) => this.state.update((s) => ({ ...s, viewers: chat.viewers ?? null })));
    this.gateway
      .onTyping()
      .pipe(
        filter(
          (t) =>
            t.chat_id === this.state().chatId &&
            t.sender === 'executive' &&
            t.sender_id !== this.session.executive()?.executive_id,
        ),
        takeUntilDestroyed(destroyRef),
      )
      .subscribe((typing) => this.colleagueTyping(typing));
    destroyRef.onDestroy(() => this.clearTimers());
  }

  private colleagueTyping(typing: TypingPayload): void {
    const name = typing.sender_name?.trim() || 'A colleague';
    const key = typing.sender_id ?? name;
    this.state.update((s) => ({
      ...s,
      typing: s.typing.some((t) => t.key === key) ? s.typing : [...s.typing, { key, name }],
    }));
    const previous = this.timers.get(key);
    if (previous !== undefined) {
      clearTimeout(previous);
    }
    this.timers.set(
      key,
      setTimeout(() => {
        this.timers.delete(key);
        this.state.update((s) => ({ ...s, typing: s.typing.filter((t) => t.key !== key) }));
      }, TYPING_EXPIRY_MS),
    );
  }

  private reset(chatId: string | null): void {
    this.clearTimers();
    this.state.set({ chatId, viewers: null, typing: [] });
  }

  private clearTimers(): void {
    this.timers.forEach((timer) => clearTimeout(timer));
    this.timers.clear();
  }
}
