import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTabNavPanel, MatTabsModule } from '@angular/material/tabs';
import { MatTooltipModule } from '@angular/material/tooltip';

import { ChatStatus } from '../../../contract';
import { LazyDialog } from '../../core/layout/lazy-dialog';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { ListFocusRoute } from './list-focus';

const STATUS_TABS: readonly { status: ChatStatus; label: string }[] = [
  { status: 'active', label: 'Active' },
  { status: 'pending', label: 'Pending' },
  { status: 'resolved', label: 'Resolved' },
];

/**
 * Top of the chat list: starting a conversation, My / All, the search field, and the status tabs
 * with their counts. What the list projects into it (the "N new" pill) sits in the title row, so
 * it never covers a chat.
 */
@Component({
  selector: 'app-chat-list-header',
  imports: [
    MatButtonModule,
    MatButtonToggleModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatTabsModule,
    MatTooltipModule,
  ],
  templateUrl: './chat-list-header.html',
  styleUrl: './chat-list-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatListHeader {
  protected readonly store = inject(ChatListStore);
  protected readonly search = inject(ChatSearchStore);
  protected readonly focusRoute = inject(ListFocusRoute);
  protected readonly unassignedOnly = computed(() => this.store.focus()?.kind === 'unassigned');
  // The dialog's form loads when it is first opened.
  private readonly dialog = inject(LazyDialog);

  /** The panel the status tabs control (the list body). */
  readonly tabPanel = input.required<MatTabNavPanel>();
  /** Whether a failed search is reported here (the list body may report it instead). */
  readonly showSearchError = input(true);

  protected readonly tabs = STATUS_TABS;
  /** Whether the tabs count and pick the search's matches rather than the list's chats. */
  protected readonly searchAnswered = this.search.answered;
  protected readonly shownStatus = computed(() =>
    this.searchAnswered() ? this.search.status() : this.store.status(),
  );
  protected readonly shownCounts = computed(() =>
    this.searchAnswered() ? this.search.counts() : this.store.counts(),
  );
  /** "7 chats found in all chats, every status" (the tabs below say how many in each). */
  protected readonly searchSummary = computed(() => {
    const total = this.search.total();
    return `${total === 1 ? '1 chat' : `${total} chats`} found in all chats, every status`;
  });
  private readonly searchField = viewChild.required<ElementRef<HTMLInputElement>>('searchInput');

  /** Opens the dialog that starts a conversation with any WhatsApp number. */
  startConversation(): void {
    void this.dialog.open(
      () =>
        import('../conversation/header/start-conversation-dialog').then(
          (m) => m.StartConversationDialog,
        ),
      { width: '560px', maxWidth: '95vw' },
    );
  }

  /** Puts the cursor in the search field, selecting what is there. */
  focusSearch(): void {
    const input = this.searchField().nativeElement;
    input.focus();
    input.select();
  }

  /** Ends the search and leaves the cursor in the field for the next one. */
  clearSearch(): void {
    this.search.search('');
    this.searchField().nativeElement.focus();
  }

  protected toggleUnassigned(): void {
    this.focusRoute.show(this.unassignedOnly() ? null : { kind: 'unassigned' });
  }

  /** Shows a status: of the search's matches while there are any, else of the list. */
  protected showStatus(status: ChatStatus): void {
    if (this.searchAnswered()) {
      this.search.setStatus(status);
    } else {
      this.store.setStatus(status);
    }
  }

  protected tabSearchLabel(label: string, status: ChatStatus): string {
    const count = this.search.counts()[status];
    return `${label}: ${count} ${count === 1 ? 'match' : 'matches'}`;
  }

  protected onSearchInput(event: Event): void {
    this.search.search((event.target as HTMLInputElement).value);
  }
}
