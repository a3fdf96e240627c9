import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Conversation area before a chat is picked. */
@Component({
  selector: 'app-no-chat-selected',
  template: `
    <div class="empty" role="status">
      <span class="material-symbols-outlined" aria-hidden="true">forum</span>
      <p>Pick a chat from the list to read and reply.</p>
      <p class="hint">Press <kbd>?</kbd> for keyboard shortcuts.</p>
    </div>
  `,
  styles: `
    .empty {
      height: 100%;
      display: grid;
      place-content: center;
      text-align: center;
      color: var(--mat-sys-on-surface-variant);
    }
    .material-symbols-outlined {
      font-size: 48px;
    }
    .hint {
      font: var(--mat-sys-body-small);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class NoChatSelected {}
