import { ListKeyManager, ListKeyManagerOption } from '@angular/cdk/a11y';
import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import {
  DestroyRef,
  Directive,
  Injector,
  computed,
  inject,
  input,
  model,
  output,
  signal,
} from '@angular/core';

import { renderedRange, scrollRowIntoView } from './list-viewport';

/** A row the keys move through: anything that names its chat. */
export interface KeyedRow extends ListKeyManagerOption {
  readonly chat: { readonly chat_id: string };
}

/** The element id of a chat's option, for `aria-activedescendant`. */
export function chatOptionId(chatId: string): string {
  return `chat-option-${chatId}`;
}

/**
 * The chat list's keyboard, on its virtually scrolled listbox: the CDK's `ListKeyManager` maps
 * ↑↓, Page Up/Down, Home and End to a row; Enter or Space opens it. Focus stays on the listbox and
 * `aria-activedescendant` names the active row while it is rendered (far rows are not).
 */
@Directive({
  selector: 'cdk-virtual-scroll-viewport[appChatListKeys]',
  exportAs: 'appChatListKeys',
  host: {
    '[class.keyboard-nav]': 'keyboardNav()',
    '[attr.aria-activedescendant]': 'activeOptionId()',
    '(keydown)': 'onKeydown($event)',
    '(pointerdown)': 'keyboardNav.set(false)',
    '(focus)': 'focused.set(true)',
    '(blur)': 'focused.set(false)',
  },
})
export class ChatListKeys {
  private readonly viewport = inject(CdkVirtualScrollViewport);

  /** The rows shown, in order. */
  readonly rows = input.required<readonly KeyedRow[]>({ alias: 'appChatListKeys' });
  /** Height of one row in pixels. */
  readonly rowHeight = input.required<number>();
  /** The chat open in the conversation pane. */
  readonly openChatId = input<string | null>(null);
  /** The chat the keys last moved to (kept by the list while it has no rows). */
  readonly activeChatId = model<string | null>(null);
  /** Enter or Space on the active row. */
  readonly chosen = output<string>();

  /** Whether the executive is moving through the list with the keyboard (shows the focus ring). */
  readonly keyboardNav = signal(false);
  protected readonly focused = signal(false);
  /** Whether the executive is moving through the focused list with the keys. */
  readonly navigating = computed(() => this.keyboardNav() && this.focused());

  private readonly renderedRange = renderedRange(computed(() => this.viewport));
  private readonly keys = new ListKeyManager<KeyedRow>(this.rows, inject(Injector))
    .withHomeAndEnd()
    // Shift with an arrow moves too: the list has one selection, the open chat.
    .withAllowedModifierKeys(['shiftKey']);

  /** The row the keyboard is on: the one last moved to, else the open chat, else the first. */
  readonly activeIndex = computed(() => {
    const rows = this.rows();
    for (const id of [this.activeChatId(), this.openChatId()]) {
      const index = id === null ? -1 : rows.findIndex((row) => row.chat.chat_id === id);
      if (index >= 0) {
        return index;
      }
    }
    return rows.length > 0 ? 0 : -1;
  });
  /** The chat of the active row. */
  readonly activeRowId = computed(() => this.rows()[this.activeIndex()]?.chat.chat_id ?? null);
  /** The active row's element id, while it is rendered (virtual scrolling drops far rows). */
  protected readonly activeOptionId = computed(() => {
    const id = this.activeRowId();
    const { start, end } = this.renderedRange();
    const index = this.activeIndex();
    return id === null || index < start || index >= end ? null : chatOptionId(id);
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.keys.destroy());
  }

  /** Makes row `index` the active one and scrolls it into view. */
  moveTo(index: number): void {
    const row = this.rows()[index];
    if (!row) {
      return;
    }
    this.activeChatId.set(row.chat.chat_id);
    scrollRowIntoView(this.viewport, index, this.rowHeight());
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) {
      return;
    }
    if (event.key === 'Enter' || event.key === ' ') {
      const id = this.activeRowId();
      if (id === null) {
        return;
      }
      this.chosen.emit(id);
      event.preventDefault();
      this.keyboardNav.set(true);
      return;
    }
    const from = this.activeIndex();
    const page = Math.max(1, Math.floor(this.viewport.getViewportSize() / this.rowHeight()));
    // The active row follows the open chat and the live order, so the manager starts from it.
    this.keys.withPageUpDown(true, page).updateActiveItem(from);
    this.keys.onKeydown(event);
    if (!event.defaultPrevented) {
      return;
    }
    this.keyboardNav.set(true);
    this.moveTo(this.keys.activeItemIndex ?? from);
  }
}
