import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { ConversationStore } from '../../../core/state/conversation-store';
import { NAME_MAX_CHARS, clipText } from '../../../shared/text/clip-text';
import { contactName, knownName } from '../../../shared/text/contact-name';

/**
 * "Ravi is typing…" while the other side types; the store lets it expire. A name of any length
 * is cut (to {@link NAME_MAX_CHARS}, then to the pane's width), and shows whole on hover.
 */
@Component({
  selector: 'app-typing-indicator',
  template: `<span aria-live="polite" [attr.title]="label() || null">{{ label() }}</span>`,
  styles: `
    :host {
      display: block;
      // Reserves its line even when empty, so the list above never changes height.
      height: 20px;
      padding-inline: 16px;
      font: var(--mat-sys-body-small);
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
      overflow: hidden;
      white-space: nowrap;
      text-overflow: ellipsis;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TypingIndicator {
  private readonly conversation = inject(ConversationStore);

  protected readonly label = computed(() => {
    const typing = this.conversation.typing();
    if (!typing) {
      return '';
    }
    const chat = this.conversation.chat();
    const name =
      knownName(typing.sender_name) ??
      (chat ? contactName(chat.customer_name, chat.customer_number) : null) ??
      (typing.sender === 'driver' ? 'The driver' : 'The customer');
    return `${clipText(name, NAME_MAX_CHARS)} is typing…`;
  });
}
