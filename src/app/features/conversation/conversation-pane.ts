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

/** The open conversation: header and actions, message history, composer. */
@Component({
  selector: 'app-conversation-pane',
  imports: [MatButtonModule, ConversationHeader, MessageList, TypingIndicator, Composer],
  template: `
    <app-conversation-header class="header" />

    @if (loading()) {
      <div class="skeleton" role="status" aria-label="Loading the conversation">
        @for (width of skeletonRows; track $index) {
          <div class="skeleton-bubble" [class.right]="$odd" [style.width.%]="width"></div>
        }
      </div>
    } @else if (failure(); as message) {
      <div class="failure" role="alert">
        <p>{{ message }}</p>
        <button mat-flat-button type="button" (click)="retry()">Try again</button>
      </div>
    } @else {
      <app-message-list class="messages" />
    }

    <app-typing-indicator />
    <app-composer [chatId]="chatId()" />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      height: 100%;
      min-height: 0;
    }
    .header {
      flex: none;
    }
    .messages,
    .skeleton,
    .failure {
      flex: 1;
      min-height: 0;
    }
    .skeleton {
      display: flex;
      flex-direction: column;
      justify-content: flex-end;
      gap: 12px;
      padding: 16px;
      overflow: hidden;
    }
    .skeleton-bubble {
      height: 40px;
      border-radius: 16px;
      background: var(--mat-sys-surface-container-high);
      &.right {
        align-self: flex-end;
        background: var(--mat-sys-surface-container-highest);
      }
    }
    .failure {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: 12px;
      padding: 24px;
      text-align: center;
      color: var(--mat-sys-on-surface);
    }
  `,
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
