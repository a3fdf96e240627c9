import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { Session } from '../../../core/auth/session';
import { LazyDialog } from '../../../core/layout/lazy-dialog';
import { ConversationStore } from '../../../core/state/conversation-store';
import { NAME_MAX_CHARS, clipText } from '../../../shared/text/clip-text';
import { openReassignDialog } from '../header/open-reassign-dialog';
import { ChatAction, ChatActionsStore } from '../state/chat-actions-store';
import { ownershipOf } from '../state/chat-ownership';
import { ChatViewersStore } from '../state/chat-viewers-store';

/** What a refused action was, for "To resolve it, take it over first." */
const REFUSED_ACTION: Record<ChatAction, string> = {
  status: 'change its status',
  tag: 'change its tags',
  rate: 'rate it',
  reassign: 'reassign it',
  reply: 'send your reply',
};

/**
 * Above the reply box: whose chat this is when it is not the executive's own ("Assigned to
 * Vikram Singh · a reply goes out under your name", or "This is Vikram Singh's chat — take it over
 * to reply" with Take over), that a reply picks up a chat nobody has, and which colleague is typing
 * ("Vikram Singh is typing…"), so two people never answer the same customer at once.
 */
@Component({
  selector: 'app-ownership-bar',
  imports: [MatButtonModule],
  templateUrl: './ownership-bar.html',
  styleUrl: './ownership-bar.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OwnershipBar {
  private readonly conversation = inject(ConversationStore);
  private readonly session = inject(Session);
  private readonly actions = inject(ChatActionsStore);
  private readonly viewers = inject(ChatViewersStore);
  private readonly dialog = inject(LazyDialog);

  private readonly me = computed(() => {
    const executive = this.session.executive();
    return executive ? { executive_id: executive.executive_id, role: executive.role } : null;
  });
  protected readonly ownership = computed(() => {
    const chat = this.conversation.chat();
    return chat ? ownershipOf(chat, this.me()) : null;
  });
  protected readonly ownerName = computed(() => {
    const ownership = this.ownership();
    return ownership?.kind === 'colleague' ? clipText(ownership.name, NAME_MAX_CHARS) : '';
  });
  /** Whether the policy lets the executive write here only after taking the chat over. */
  protected readonly mustTakeOver = computed(() => {
    const ownership = this.ownership();
    return ownership?.kind === 'colleague' && !ownership.mayReply;
  });
  /** What the policy just refused on this chat, in words; '' when nothing was. */
  protected readonly refused = computed(() => {
    const refusal = this.actions.refusal();
    return refusal && refusal.chatId === this.conversation.chatId()
      ? REFUSED_ACTION[refusal.action]
      : '';
  });
  protected readonly typingLine = computed(() => {
    const names = this.viewers.typing().map((t) => clipText(t.name, NAME_MAX_CHARS));
    if (names.length === 0) {
      return '';
    }
    return names.length === 1
      ? `${names[0]} is typing a reply…`
      : `${names.slice(0, -1).join(', ')} and ${names.at(-1)} are typing replies…`;
  });

  protected takeOver(): void {
    const chat = this.conversation.chat();
    const me = this.me();
    if (!chat || !me) {
      return;
    }
    void openReassignDialog(this.dialog, { chat, takeOverBy: me.executive_id }).then((ref) =>
      ref.afterClosed().subscribe((taken) => {
        if (taken) {
          this.actions.dismissRefusal(chat.chat_id);
        }
      }),
    );
  }
}
