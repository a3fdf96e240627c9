import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { ConversationStore } from '../../../core/state/conversation-store';

/** "Ravi is typing…" while the other side types; the store lets it expire. */
@Component({
  selector: 'app-typing-indicator',
  template: `<span aria-live="polite">{{ label() }}</span>`,
  styles: `
    :host {
      display: block;
      // Reserves its line even when empty, so the list above never changes height.
      height: 20px;
      padding-inline: 16px;
      font: var(--mat-sys-body-small);
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
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
    const name =
      typing.sender_name?.trim() ||
      this.conversation.chat()?.customer_name?.trim() ||
      (typing.sender === 'driver' ? 'The driver' : 'The customer');
    return `${name} is typing…`;
  });
}
