import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { LazyDialog } from '../../core/layout/lazy-dialog';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { BusySpinner } from '../../shared/ui/busy/busy-spinner';
import { RovingFocus } from '../../shared/ui/roving-focus';
import { ListFocusRoute } from './list-focus';
import { StatusTabs } from './status-tabs';

const SCOPES: readonly { scope: 'mine' | 'all'; label: string }[] = [
  { scope: 'mine', label: 'My chats' },
  { scope: 'all', label: 'All' },
];

/**
 * Top of the chat list: starting a conversation, My / All, the search field, and the status tabs
 * with their counts ({@link StatusTabs}). What the list projects into it (the "N new" pill) sits in the title row, so
 * it never covers a chat.
 */
@Component({
  selector: 'app-chat-list-header',
  // Tabs, My / All and the search field are plain elements in the theme's colours: the first
  // screen does not load the tabs, button-toggle, form-field and tooltip modules for them.
  imports: [BusySpinner, MatButtonModule, RovingFocus, StatusTabs],
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

  /** The id of the panel the status tabs control (the list body). */
  readonly panelId = input.required<string>();
  /** Whether a failed search is reported here (the list body may report it instead). */
  readonly showSearchError = input(true);

  protected readonly scopes = SCOPES;
  /** Whether the search field has the focus (its placeholder then says what it searches). */
  protected readonly searchFocused = signal(false);
  /** Whether the search has an answer (the tabs then count its matches). */
  protected readonly searchAnswered = this.search.answered;
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

  protected onSearchInput(event: Event): void {
    this.search.search((event.target as HTMLInputElement).value);
  }
}
