import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';

import { ChatStatus } from '../../../contract';
import { ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { RovingFocus } from '../../shared/ui/roving-focus';

const STATUS_TABS: readonly { status: ChatStatus; label: string }[] = [
  { status: 'active', label: 'Active' },
  { status: 'pending', label: 'Pending' },
  { status: 'resolved', label: 'Resolved' },
];

/** The id of the status tab that shows `status` (the list body is labelled by the selected one). */
export function statusTabId(status: ChatStatus): string {
  return `chat-status-tab-${status}`;
}

/** The status the list shows: of the search's matches while there are any, else of the list. */
export function shownStatusOf(store: ChatListStore, search: ChatSearchStore): ChatStatus {
  return search.answered() ? search.status() : store.status();
}

/**
 * The chat list's status tabs with their counts: plain buttons with the tab roles in the theme's
 * colours (the first screen does not load the tabs module), the arrow keys moving between them.
 * While a search has an answer they count and pick its matches.
 */
@Component({
  selector: 'app-status-tabs',
  imports: [RovingFocus],
  templateUrl: './status-tabs.html',
  styleUrl: './status-tabs.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusTabs {
  private readonly store = inject(ChatListStore);
  private readonly search = inject(ChatSearchStore);

  /** The id of the panel the tabs control (the list body). */
  readonly panelId = input.required<string>();

  protected readonly tabs = STATUS_TABS;
  protected readonly tabId = statusTabId;
  /** Whether the tabs count and pick the search's matches rather than the list's chats. */
  protected readonly searchAnswered = this.search.answered;
  protected readonly shownStatus = computed(() => shownStatusOf(this.store, this.search));
  protected readonly shownCounts = computed(() =>
    this.searchAnswered() ? this.search.counts() : this.store.counts(),
  );

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
}
