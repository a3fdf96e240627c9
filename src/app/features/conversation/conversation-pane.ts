import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ConversationStore } from '../../core/state/conversation-store';
import { Composer } from './composer/composer';
import { ConversationHeader } from './header/conversation-header';
import { MessageList } from './messages/message-list';
import { TypingIndicator } from './messages/typing-indicator';
import { OwnershipBar } from './ownership/ownership-bar';

/** The open conversation: header and actions, message history, composer. */
@Component({
  selector: 'app-conversation-pane',
  imports: [
    MatButtonModule,
    ConversationHeader,
    MessageList,
    TypingIndicator,
    OwnershipBar,
    Composer,
  ],
  templateUrl: './conversation-pane.html',
  styleUrl: './conversation-pane.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class ConversationPane {
  private readonly conversation = inject(ConversationStore);

  /** Route parameter. */
  readonly chatId = input.required<string>();

  protected readonly skeletonRows = [46, 38, 60, 30, 52, 42];
  protected readonly loading = computed(
    () => this.conversation.loading() && this.conversation.messages().length === 0,
  );
  /** A failure to load the conversation; a failed older page is shown inside the list instead. */
  protected readonly failure = computed(() =>
    this.conversation.messages().length === 0 ? this.conversation.error() : null,
  );

  constructor() {
    effect(() => {
      const chatId = this.chatId();
      untracked(() => this.conversation.open(chatId));
    });
    // Leaving every chat (back to the list alone) leaves its room too.
    inject(DestroyRef).onDestroy(() => this.conversation.close());
  }

  protected retry(): void {
    this.conversation.open(this.chatId());
  }
}
