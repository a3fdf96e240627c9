import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MatMenuModule } from '@angular/material/menu';

import { MenuAnchor } from '../../core/layout/menu-anchor';
import { MenuPanel } from '../../core/layout/menu-panel';
import { ChatListStore } from '../../core/state/chat-list-store';
import { injectAssignFromList } from './assign-from-list';
import { ChatReadStore } from './state/chat-read-store';

/**
 * A row's actions (its ⋮ button, a right click, or Shift+F10 on the list): Assign to me when
 * nobody has the chat, Mark as unread, Mark as done. Loaded the first time it is opened, so the
 * list is usable without the menu's code.
 */
@Component({
  selector: 'app-chat-row-menu',
  imports: [MenuAnchor, MatMenuModule],
  template: `
    <app-menu-anchor [menu]="menu" (expandedChange)="expandedChange.emit($event)" />
    <mat-menu #menu="matMenu" aria-label="Chat actions">
      <ng-template matMenuContent>
        @if (assignable(); as chat) {
          <button mat-menu-item type="button" (click)="pickUp.assign(chat)">
            <span class="material-symbols-outlined menu-icon" aria-hidden="true">person_add</span>
            Assign to me
          </button>
        }
        <button mat-menu-item type="button" (click)="readMarks.markUnread(chatId())">
          <span class="material-symbols-outlined menu-icon" aria-hidden="true"
            >mark_chat_unread</span
          >
          Mark as unread
        </button>
        <button mat-menu-item type="button" (click)="readMarks.markDone(chatId())">
          <span class="material-symbols-outlined menu-icon" aria-hidden="true">done_all</span>
          Mark as done
        </button>
      </ng-template>
    </mat-menu>
  `,
  styleUrl: './chat-row-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatRowMenu extends MenuPanel {
  private readonly store = inject(ChatListStore);
  protected readonly readMarks = inject(ChatReadStore);
  protected readonly pickUp = injectAssignFromList();

  /** The chat whose actions the menu offers. */
  readonly chatId = input.required<string>();

  /** The chat when "Assign to me" applies to it, else null. */
  protected readonly assignable = computed(() => {
    const chat = this.store.chat(this.chatId());
    return chat && this.pickUp.offered(chat) ? chat : null;
  });
}
