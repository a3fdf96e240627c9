import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';

import { ChatStatus } from '../../../contract';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { BusySpinner } from '../../shared/ui/busy/busy-spinner';

/** What the list body shows when it has no rows to show. */
export type ChatListEmptyKind =
  'loading' | 'searching' | 'no-match' | 'search-error' | 'error' | 'empty';

const EMPTY_HINTS: Readonly<Record<ChatStatus, string>> = {
  active: 'New chats show up here as soon as they come in.',
  pending: 'Chats waiting on the customer or a follow-up show up here.',
  resolved: 'Chats show up here once they are resolved.',
};

/** What the list knows when it has no rows to show. */
export interface EmptyListFacts {
  /** Whether the executive has typed a search. */
  searching: boolean;
  /** Whether that search is on its way. */
  searchInFlight: boolean;
  searchFailed: boolean;
  loading: boolean;
  failed: boolean;
}

/** Which state an empty list shows; a search outranks the tab it was typed over. */
export function emptyKindOf(facts: EmptyListFacts): ChatListEmptyKind {
  if (facts.searching) {
    if (facts.searchInFlight) {
      return 'searching';
    }
    return facts.searchFailed ? 'search-error' : 'no-match';
  }
  if (facts.loading) {
    return 'loading';
  }
  return facts.failed ? 'error' : 'empty';
}

/** The chat list body without rows: loading skeleton, empty tab, no search match, or an error. */
@Component({
  selector: 'app-chat-list-empty',
  imports: [MatButtonModule, BusySpinner],
  templateUrl: './chat-list-empty.html',
  styleUrl: './chat-list-empty.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatListEmpty {
  protected readonly store = inject(ChatListStore);
  protected readonly search = inject(ChatSearchStore);

  /** Which state to show. */
  readonly kind = input.required<ChatListEmptyKind>();
  /** Height of a list row, so the skeleton looks like the rows that will replace it. */
  readonly rowHeight = input(76);
  /** The executive asked to clear the search. */
  readonly clearSearch = output<void>();

  protected readonly skeletonRows = [0, 1, 2, 3, 4, 5, 6];
  protected readonly query = computed(() => this.search.query().trim());
  /** "Resolved has 5 of them: pick its tab above." */
  protected readonly otherMatches = computed(() => {
    const counts = this.search.counts();
    const others = (['active', 'pending', 'resolved'] as const)
      .filter((status) => counts[status] > 0)
      .map((status) => `${counts[status]} ${status}`);
    return `Found ${others.join(', ')}: pick a tab above to see them.`;
  });
  protected readonly emptyHint = computed(() => EMPTY_HINTS[this.store.status()]);
}
