import { CdkVirtualForOf, CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { Router } from '@angular/router';

import { Chats } from '../../../contract';
import { Session } from '../../core/auth/session';
import { ShortcutRegistry } from '../../core/keyboard/shortcut-registry';
import { COMPACT_ABOVE, ChatListStore } from '../../core/state/chat-list-store';
import { ChatSearchStore } from '../../core/state/chat-search-store';
import { ChatReadStore } from './state/chat-read-store';
import { isUnread, markOf, needsReply } from './state/chat-read-state';
import { Clock } from '../../core/platform/clock';
import { ConfigStore } from '../../core/state/config-store';
import { ResyncStore } from '../../core/state/resync-store';
import { MenuOpener } from '../../core/layout/menu-request';
import { ChatListEmpty, emptyKindOf } from './chat-list-empty';
import { ChatListHeader } from './chat-list-header';
import { ChatRowMenu } from './chat-row-menu';
import { ChatRow } from './chat-row';
import { injectAssignFromList } from './assign-from-list';
import { FixedRows } from './fixed-rows';
import { clockTime } from '../../shared/time/time-format';
import { BusyBar } from '../../shared/ui/busy/busy-bar';
import { injectOpenChatId } from './open-chat-id';
import { nextOrder, pendingOrder, sameOrder, stepIndex } from './stable-order';
import { renderedRange, scrolledAwayFromTop } from './list-viewport';
import { ChatListKeys, chatOptionId } from './chat-list-keys';
import { ListFocusRoute } from './list-focus';
import { ListFocusBar } from './list-focus-bar';
import { shownStatusOf, statusTabId } from './status-tabs';

/** Height of one row in pixels; the virtual scroll depends on every row having it. */
export const CHAT_ROW_HEIGHT = 76;
/** Ask for the next page when the rendered rows come this close to the end. */
const LOAD_AHEAD_ROWS = 30;
/** Scrolled by more than this, the list counts as away from the top. */
const TOP_SLACK_PX = 4;

interface RowView {
  chat: Chats;
  unread: boolean;
  needsReply: boolean;
}

interface OrderSource {
  view: string;
  latest: readonly string[];
  held: boolean;
  /** First row index below what the viewport renders: chats may join there unseen. */
  insertFrom: number;
}

/**
 * The live chat list: My / All, status tabs with counts, search, and a virtually scrolled list whose
 * order holds still while the executive points at it or has scrolled away from the top.
 */
@Component({
  selector: 'app-chat-list',
  imports: [
    CdkVirtualScrollViewport,
    CdkVirtualForOf,
    // One row beyond each edge (the default): enough for smooth wheel scrolling, while the DOM
    // holds at most about 1.3 times the rows on screen (every row is a live component).
    FixedRows,
    MatButtonModule,
    ChatRowMenu,
    BusyBar,
    ChatListHeader,
    ChatListEmpty,
    ChatRow,
    ChatListKeys,
    ListFocusBar,
  ],
  // The focus lives in the URL: the bar above the list and the header's Unassigned chip share it.
  providers: [ListFocusRoute],
  templateUrl: './chat-list.html',
  styleUrl: './chat-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatList {
  protected readonly store = inject(ChatListStore);
  private readonly search = inject(ChatSearchStore);
  private readonly readMarks = inject(ChatReadStore);
  private readonly config = inject(ConfigStore);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  /** "Assign to me" on rows of chats nobody has. */
  protected readonly pickUp = injectAssignFromList();

  /** Rows say who has each chat in All; in My chats every one is the executive's. */
  protected readonly showOwners = computed(() => this.store.scope() === 'all');
  protected readonly myId = computed(() => this.session.executive()?.executive_id ?? null);

  protected readonly rowHeight = CHAT_ROW_HEIGHT;
  /** The list body, the panel of the header's status tabs, labelled by the selected one. */
  protected readonly panelId = 'chat-list-panel';
  protected readonly panelLabel = computed(() =>
    statusTabId(shownStatusOf(this.store, this.search)),
  );
  private readonly offlineSince = inject(ResyncStore).offlineSince;
  private readonly clock = inject(Clock).now;
  /** Countdowns stop when the console stops being live, rather than tick on data that may be old. */
  protected readonly now = computed(() => this.offlineSince() ?? this.clock());
  protected readonly notLiveSince = computed(() => {
    const since = this.offlineSince();
    return since === null ? null : clockTime(since);
  });
  protected readonly slaWarningMs = computed(() => this.config.config().sla.warning_seconds * 1000);

  private readonly viewport = viewChild(CdkVirtualScrollViewport);
  private readonly keys = viewChild(ChatListKeys);
  private readonly header = viewChild.required(ChatListHeader);
  /** A row's actions, whose code loads when first opened ({@link ChatRowMenu}). */
  protected readonly rowMenu = new MenuOpener();
  /** The chat whose actions the row menu shows. */
  protected readonly menuChatId = signal<string | null>(null);

  /** The chat open in the conversation pane. */
  protected readonly openChatId = injectOpenChatId();

  private readonly query = computed(() => this.search.query().trim());
  /** The chats the list shows: the search's results while there are any, else the tab's. */
  private readonly shown = computed(() => this.search.results() ?? this.store.chats());

  private readonly pointerInside = signal(false);
  private readonly scrolledAway = scrolledAwayFromTop(this.viewport, TOP_SLACK_PX);
  private readonly renderedRange = renderedRange(this.viewport);

  /**
   * Whether the shown order must hold still: the pointer is over the list, it is scrolled away from
   * the top, or the executive is moving through it with the keyboard.
   */
  protected readonly held = computed(
    () => this.pointerInside() || this.scrolledAway() || (this.keys()?.navigating() ?? false),
  );

  /** What the list is showing; a change (tab, scope, search) replaces the order at once. */
  private readonly viewKey = computed(
    () =>
      `${this.store.scope()}|${this.store.status()}|${this.query()}|${this.search.searching()}|` +
      this.search.status(),
  );
  /**
   * The live order. Chats older than the fetched pages reach (kept from another tab or scope) wait
   * for their page, so pages fill the list from the bottom rather than into gaps above the rows.
   */
  private readonly latestIds = computed(
    () => {
      const since = this.query() === '' ? this.store.pagedSince() : null;
      return this.shown()
        .filter((chat) => since === null || chat.updated_at >= since)
        .map((chat) => chat.chat_id);
    },
    { equal: sameOrder },
  );
  private readonly displayedIds = linkedSignal<OrderSource, readonly string[]>({
    source: () => ({
      view: this.viewKey(),
      latest: this.latestIds(),
      held: this.held(),
      insertFrom: this.renderedRange().end,
    }),
    computation: (source, previous) =>
      nextOrder(
        previous && previous.source.view === source.view ? previous.value : null,
        source.latest,
        source.held,
        source.insertFrom,
      ),
    equal: sameOrder,
  });

  /** The rows shown, in the held order, each with this executive's read state. */
  protected readonly rows = computed<readonly RowView[]>(() => {
    const marks = this.readMarks.marks();
    return this.displayedIds().flatMap((id) => {
      const chat = this.chat(id);
      if (!chat) {
        return [];
      }
      const mark = markOf(marks, id);
      return [{ chat, unread: isUnread(chat, mark), needsReply: needsReply(chat, mark) }];
    });
  });

  /** What applying the live order would change, while it is held back. */
  protected readonly pending = computed(() => {
    const change = pendingOrder(this.displayedIds(), this.latestIds());
    return change.changed ? change : null;
  });
  protected readonly pendingLabel = computed(() => {
    const count = this.pending()?.newCount ?? 0;
    return count > 0 ? `${count} new` : 'List updated';
  });

  /** What the body shows instead of rows when there are none. */
  protected readonly emptyKind = computed(() =>
    emptyKindOf({
      searching: this.query() !== '',
      searchInFlight: this.search.searching(),
      searchFailed: this.search.error() !== null,
      loading: this.store.loading(),
      failed: this.store.error() !== null,
    }),
  );
  protected readonly hasRows = computed(() => this.rows().length > 0);

  /** The chat the keys last moved to; kept here, so it outlives an empty list. */
  protected readonly activeChatId = signal<string | null>(null);

  constructor() {
    this.store.load();

    // A tab, scope or search change starts the list from the top.
    effect(() => {
      this.viewKey();
      untracked(() => this.viewport()?.scrollToOffset(0));
    });

    effect(() => {
      const nearEnd = this.renderedRange().end >= this.rows().length - LOAD_AHEAD_ROWS;
      if (nearEnd && this.rows().length > 0 && !this.query() && this.store.hasMore()) {
        untracked(() => this.store.loadMore());
      }
    });

    // Live activity keeps bringing chats to the top: while the executive looks at the top and the
    // order is not held, the store lets go of what it holds far below.
    effect(() => {
      if (!this.held() && this.store.chats().length > COMPACT_ABOVE) {
        untracked(() => this.store.compact());
      }
    });

    // The open chat stays read while it is on screen, also as new messages arrive in it.
    const openActivity = computed(() => {
      const id = this.openChatId();
      const chat = id === null ? undefined : this.chat(id);
      return id === null ? null : `${id}\n${chat?.last_customer_message_at ?? ''}`;
    });
    effect(() => {
      const activity = openActivity();
      const id = this.openChatId();
      if (activity !== null && id !== null) {
        untracked(() => this.readMarks.opened(id));
      }
    });

    const shortcuts = inject(ShortcutRegistry);
    const unregister = [
      shortcuts.register('chat.next', () => this.next()),
      shortcuts.register('chat.previous', () => this.previous()),
      shortcuts.register('search.focus', () => this.focusSearch()),
    ];
    inject(DestroyRef).onDestroy(() => unregister.forEach((remove) => remove()));
  }

  /** Opens the chat below the open one (the first when none is open). Returns whether it moved. */
  next(): boolean {
    return this.openRelative(1);
  }

  /** Opens the chat above the open one (the last when none is open). Returns whether it moved. */
  previous(): boolean {
    return this.openRelative(-1);
  }

  /** Puts the cursor in the search field. */
  focusSearch(): void {
    this.header().focusSearch();
  }

  protected readonly optionId = chatOptionId;

  /**
   * Rows are kept by position, not by chat: when a message lifts a chat to the top, each rendered
   * row shows the chat now at its place instead of the list taking one row out of the page and
   * putting another in (a whole row laid out and styled anew per message during a burst).
   */
  protected trackBySlot(index: number): number {
    return index;
  }

  protected clearSearch(): void {
    this.header().clearSearch();
  }

  protected setPointerInside(inside: boolean): void {
    this.pointerInside.set(inside);
  }

  /** Shows the live order now and goes back to the top. */
  protected applyPending(): void {
    this.displayedIds.set(this.latestIds());
    this.viewport()?.scrollToOffset(0);
  }

  protected onListClick(event: MouseEvent): void {
    const chatId = this.chatIdAt(event.target);
    if (chatId !== null) {
      this.keys()?.keyboardNav.set(false);
      this.activeChatId.set(chatId);
      this.open(chatId);
    }
  }

  /** Right click on a row, or the menu key / Shift+F10 on the focused list: the row's actions. */
  protected onContextMenu(event: MouseEvent): void {
    const pointed = this.chatIdAt(event.target);
    const chatId = pointed ?? this.keys()?.activeRowId() ?? null;
    if (chatId === null) {
      return;
    }
    event.preventDefault();
    let x = event.clientX;
    let y = event.clientY;
    if (pointed === null) {
      const option = this.viewport()
        ?.elementRef.nativeElement.querySelector(`#${CSS.escape(this.optionId(chatId))}`)
        ?.getBoundingClientRect();
      x = option ? option.left + 16 : x;
      y = option ? option.bottom : y;
    }
    this.menuChatId.set(chatId);
    this.rowMenu.ask(event, { x, y });
  }

  /** The ⋮ button of a row: its actions, under the button. */
  protected onRowActions(event: MouseEvent, chatId: string): void {
    event.stopPropagation();
    const button = (event.currentTarget as HTMLElement).getBoundingClientRect();
    this.menuChatId.set(chatId);
    this.rowMenu.ask(event, { x: button.left, y: button.bottom });
  }

  /** The list keeps the focus when the row menu closes. */
  protected onRowMenuExpanded(open: boolean): void {
    this.rowMenu.settle(open, this.viewport()?.elementRef.nativeElement);
  }

  /** Opens the chat the keys chose. */
  protected onChosen(chatId: string): void {
    this.open(chatId);
  }

  private chatIdAt(target: EventTarget | null): string | null {
    const option = target instanceof Element ? target.closest('[data-chat-id]') : null;
    return option?.getAttribute('data-chat-id') ?? null;
  }

  /** A chat the list shows or held on to: a search's result first, as the search is on top. */
  private chat(chatId: string): Chats | undefined {
    return this.search.chat(chatId) ?? this.store.chat(chatId);
  }

  private openRelative(step: number): boolean {
    const rows = this.rows();
    const open = this.openChatId();
    const from = open === null ? -1 : rows.findIndex((row) => row.chat.chat_id === open);
    const index = stepIndex(from, step, rows.length);
    if (index < 0 || index === from) {
      return false;
    }
    const id = rows[index].chat.chat_id;
    this.activeChatId.set(id);
    this.keys()?.moveTo(index);
    this.open(id);
    return true;
  }

  private open(chatId: string): void {
    // A focused list (`?filter=unassigned`) stays focused while its chats are opened.
    void this.router.navigate(['/chats', chatId], { queryParamsHandling: 'preserve' });
  }
}
