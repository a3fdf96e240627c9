import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  afterRenderEffect,
  computed,
  effect,
  inject,
  linkedSignal,
  signal,
  untracked,
  viewChild,
  viewChildren,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { startOfDay } from 'date-fns';

import { Session } from '../../../core/auth/session';
import { Clock } from '../../../core/platform/clock';
import { ConversationStore } from '../../../core/state/conversation-store';
import { NotesStore } from '../state/notes-store';
import { NoteEntry } from '../notes/note-entry';
import { MessageBubble } from './message-bubble';
import { ListRow, messageRows } from './message-rows';

/**
 * Messages rendered when a conversation opens, and kept when the executive is back at the end:
 * three screens or so, so that switching back to a chat lays out no more than it shows.
 */
export const INITIAL_WINDOW = 30;
/** Messages added to the top of the window each time the executive scrolls near it. */
export const REVEAL_STEP = 50;
/** Past this, the window is cut back to {@link INITIAL_WINDOW} once the executive is at the end. */
export const MAX_WINDOW = 300;
/** Scrolling closer than this to the top reveals or fetches older messages. */
const NEAR_TOP_PX = 240;
/** Closer than this to the end counts as being at the end. */
const AT_BOTTOM_PX = 48;

interface ScrollSnapshot {
  chatId: string | null;
  lastKey: string | null;
}

/** The message at the top of the viewport and how far below the top edge it starts. */
interface ReadingAnchor {
  key: string;
  offset: number;
}

function entryKeys(rows: readonly ListRow[]): string[] {
  return rows.flatMap((r) => (r.kind === 'day' ? [] : [r.key]));
}

/**
 * The conversation's history, oldest at the top, with the team's internal notes between the
 * messages by time. Only a window of the newest messages is in the DOM; it grows as the executive
 * scrolls up and shrinks back once they return to the end. Older pages load near the top without
 * moving what the executive is reading. The day of what is at the top stays named above the list,
 * in a strip of its own rather than over the messages.
 */
@Component({
  selector: 'app-message-list',
  imports: [MatButtonModule, MatProgressSpinnerModule, MessageBubble, NoteEntry],
  templateUrl: './message-list.html',
  styleUrl: './message-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class MessageList {
  private readonly conversation = inject(ConversationStore);
  private readonly clock = inject(Clock);
  private readonly notesStore = inject(NotesStore);
  private readonly session = inject(Session);
  private readonly destroyRef = inject(DestroyRef);
  private readonly scroller = viewChild.required<ElementRef<HTMLElement>>('scroller');
  /** The day separators in the window, oldest first (kept by the view: no search of the DOM). */
  private readonly days = viewChildren<ElementRef<HTMLElement>>('day');

  private readonly messages = this.conversation.messages;
  // Messages before the window; reset for each chat so a new one opens at its newest messages.
  private readonly hiddenBefore = linkedSignal({
    source: this.conversation.chatId,
    computation: () => Math.max(0, untracked(this.messages).length - INITIAL_WINDOW),
  });
  // Only the calendar day matters for "Today" / "Yesterday", so rows rebuild once a day, not per tick.
  private readonly today = computed(() => startOfDay(this.clock.now()).getTime());
  private readonly visible = computed(() =>
    this.messages().slice(Math.min(this.hiddenBefore(), this.messages().length)),
  );
  private snapshot: ScrollSnapshot = { chatId: null, lastKey: null };
  private anchor: ReadingAnchor | null = null;
  private pinned = true;
  // A wider window is on its way to the DOM: a scroll event from before it must not widen it again.
  private revealing = false;

  private readonly notesState = computed(() => {
    const chatId = this.conversation.chatId();
    return chatId ? this.notesStore.notesOf(chatId) : null;
  });
  // Notes older than the messages in the window wait, like those messages, until scrolled to.
  private readonly visibleNotes = computed(() => {
    const notes = this.notesState()?.notes ?? [];
    const first = this.visible()[0];
    const whole = this.hiddenBefore() === 0 && !this.conversation.hasMore();
    if (whole || !first) {
      return notes;
    }
    const from = Date.parse(first.created_at);
    return notes.filter((note) => !(Date.parse(note.created_at) < from));
  });

  protected readonly me = computed(() => this.session.executive()?.executive_id ?? null);
  protected readonly rows = computed(() =>
    messageRows(this.visible(), this.today(), this.visibleNotes()),
  );
  protected readonly notesError = computed(() => this.notesState()?.error ?? null);
  /** The day of the entry at the top of the viewport. */
  protected readonly topDay = signal('');
  protected readonly loadingOlder = this.conversation.loadingOlder;
  protected readonly atBeginning = computed(
    () => !this.conversation.hasMore() && this.hiddenBefore() === 0,
  );
  protected readonly olderError = computed(() =>
    this.messages().length > 0 ? this.conversation.error() : null,
  );
  protected readonly empty = computed(() => this.messages().length === 0);
  /** Whether messages arrived below while the executive was reading further up. */
  protected readonly newBelow = signal(false);

  constructor() {
    effect(() => {
      const chatId = this.conversation.chatId();
      if (chatId) {
        untracked(() => this.notesStore.load(chatId));
      }
    });
    // Component effects run before the template is refreshed: the DOM still shows the old rows, so
    // this is where to note what the executive is reading.
    effect(() => {
      this.rows();
      untracked(() => this.captureAnchor());
    });
    afterRenderEffect(() => {
      const rows = this.rows();
      untracked(() => this.afterRowsRendered(rows));
    });
    afterNextRender(() => {
      const element = this.scroller().nativeElement;
      // Keeps the newest message in view when the composer grows or the window is resized.
      const resize = new ResizeObserver(() => {
        if (this.pinned) {
          this.scrollToBottom();
        }
      });
      resize.observe(element);
      this.destroyRef.onDestroy(() => resize.disconnect());
    });
  }

  /** Jumps to the newest message. */
  protected scrollToBottom(): void {
    const element = this.scroller().nativeElement;
    element.scrollTop = element.scrollHeight;
    this.pinned = true;
    this.newBelow.set(false);
  }

  protected retryNotes(): void {
    const chatId = this.conversation.chatId();
    if (chatId) {
      this.notesStore.load(chatId, true);
    }
  }

  protected retryOlder(): void {
    this.conversation.loadOlder();
  }

  protected onScroll(): void {
    const element = this.scroller().nativeElement;
    this.updateTopDay(element);
    this.pinned = this.isAtBottom(element);
    if (this.pinned) {
      this.newBelow.set(false);
      this.trimWindow();
    }
    if (element.scrollTop < NEAR_TOP_PX) {
      this.showOlder();
    }
  }

  private afterRowsRendered(rows: readonly ListRow[]): void {
    const element = this.scroller().nativeElement;
    const lastKey = entryKeys(rows).at(-1) ?? null;
    const last = rows.at(-1);
    const justWritten =
      last?.kind === 'note' ? last.note.author_id === this.me() : this.visible().at(-1)?.local;
    const chatId = this.conversation.chatId();
    const previous = this.snapshot;
    this.snapshot = { chatId, lastKey };
    this.revealing = false;

    if (previous.chatId !== chatId || previous.lastKey === null) {
      this.scrollToBottom();
    } else if (lastKey !== previous.lastKey && (this.pinned || justWritten)) {
      // A new entry while at the end, or one the executive just wrote: follow it.
      this.scrollToBottom();
    } else if (this.pinned) {
      this.scrollToBottom();
    } else {
      // Rows went in above (an older page, a wider window) or changed height: put the message
      // being read back where it was, so nothing jumps.
      this.restoreAnchor(element);
      if (lastKey !== previous.lastKey) {
        this.newBelow.set(true);
      }
    }
    if (this.pinned) {
      this.trimWindow();
    }
    this.updateTopDay(element);
    if (element.scrollHeight <= element.clientHeight) {
      // Too little history to scroll: there would be no scroll event to fetch older messages.
      this.showOlder();
    }
  }

  private updateTopDay(element: HTMLElement): void {
    const days = this.days().map((day) => day.nativeElement);
    let label = days[0]?.dataset['label'] ?? '';
    for (const day of days) {
      if (day.offsetTop > element.scrollTop + 4) {
        break;
      }
      label = day.dataset['label'] ?? label;
    }
    this.topDay.set(label);
  }

  private captureAnchor(): void {
    const element = this.scroller()?.nativeElement;
    if (!element || this.pinned) {
      this.anchor = null;
      return;
    }
    const top = element.scrollTop;
    const bubbles = element.querySelectorAll<HTMLElement>('app-message-bubble');
    // Binary search for the first bubble whose bottom edge is below the top of the viewport.
    let low = 0;
    let high = bubbles.length - 1;
    let found: HTMLElement | null = null;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const bubble = bubbles[middle];
      if (bubble.offsetTop + bubble.offsetHeight > top) {
        found = bubble;
        high = middle - 1;
      } else {
        low = middle + 1;
      }
    }
    const key = found?.dataset['key'];
    this.anchor = found && key ? { key, offset: found.offsetTop - top } : null;
  }

  private restoreAnchor(element: HTMLElement): void {
    const anchor = this.anchor;
    if (!anchor) {
      return;
    }
    const bubble = element.querySelector<HTMLElement>(
      `app-message-bubble[data-key="${CSS.escape(anchor.key)}"]`,
    );
    if (bubble) {
      element.scrollTop = bubble.offsetTop - anchor.offset;
    }
  }

  private showOlder(): void {
    const hidden = this.hiddenBefore();
    if (this.revealing) {
      return;
    }
    if (hidden > 0) {
      this.revealing = true;
      this.hiddenBefore.set(Math.max(0, hidden - REVEAL_STEP));
    } else if (this.conversation.hasMore() && !this.conversation.loadingOlder()) {
      this.conversation.loadOlder();
    }
  }

  private trimWindow(): void {
    const total = this.messages().length;
    if (total - this.hiddenBefore() > MAX_WINDOW) {
      this.hiddenBefore.set(total - INITIAL_WINDOW);
    }
  }

  private isAtBottom(element: HTMLElement): boolean {
    return element.scrollHeight - element.scrollTop - element.clientHeight < AT_BOTTOM_PX;
  }
}
