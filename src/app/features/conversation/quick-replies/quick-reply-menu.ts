import { ActiveDescendantKeyManager } from '@angular/cdk/a11y';
import { ComponentPortal } from '@angular/cdk/portal';
import {
  createFlexibleConnectedPositionStrategy,
  createOverlayRef,
  createRepositionScrollStrategy,
  OverlayRef,
} from '@angular/cdk/overlay';
import {
  Binding,
  ChangeDetectionStrategy,
  Component,
  ComponentRef,
  ElementRef,
  Injector,
  computed,
  effect,
  inject,
  input,
  output,
  untracked,
  viewChildren,
} from '@angular/core';

import { ChatFacts } from '../../../core/state/chat-facts-store';
import { QuickRepliesStore } from './quick-replies-store';
import { QuickReply } from './quick-reply-file';
import { fillReply } from './reply-variables';
import { ListOption } from '../../../shared/ui/list-option';

/** The replies whose title or text hold every word of `query`, in their order. */
export function filterReplies(replies: readonly QuickReply[], query: string): QuickReply[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return replies.filter((reply) => {
    const haystack = `${reply.title} ${reply.body}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/**
 * The `/` list of quick replies, opened under the reply box. The focus never leaves the box: it
 * passes the keys here ({@link handleKey}), and the box names the highlighted reply with
 * `aria-activedescendant`.
 */
@Component({
  selector: 'app-quick-reply-menu',
  imports: [ListOption],
  templateUrl: './quick-reply-menu.html',
  styleUrl: './quick-reply-menu.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  // Clicks must not take the focus from the reply box, or the list would close under the pointer.
  host: { '(mousedown)': '$event.preventDefault()' },
})
export class QuickReplyMenu {
  protected readonly store = inject(QuickRepliesStore);
  private readonly injector = inject(Injector);
  private readonly options = viewChildren<ListOption<QuickReply>>(ListOption);

  /** What the executive typed after `/`. */
  readonly query = input('');
  /** The open chat's facts, to preview each reply filled in. */
  readonly facts = input<ChatFacts>({});
  /** Whether the WhatsApp window allows free text now. */
  readonly windowOpen = input(true);
  /** The listbox's id, which the reply box points at. */
  readonly listId = input.required<string>();

  /** A reply was picked: its text, filled. */
  readonly chosen = output<string>();
  /** The executive asked for the templates instead (the window is closed). */
  readonly templates = output<void>();
  /** The id of the highlighted reply, or null. */
  readonly activeId = output<string | null>();

  protected readonly shown = computed(() =>
    filterReplies(this.store.replies(), this.query()).map((reply, index) => ({
      reply,
      id: `${this.listId()}-${index}`,
      preview: fillReply(reply.body, this.facts()),
    })),
  );

  private readonly keys = new ActiveDescendantKeyManager(this.options, this.injector)
    .withWrap()
    .withVerticalOrientation();

  constructor() {
    this.store.load();
    this.keys.change.subscribe(() => this.activeId.emit(this.keys.activeItem?.optionId() ?? null));
    effect(() => {
      // A new filter starts again at the first match.
      this.options();
      untracked(() => {
        if (this.options().length > 0) {
          this.keys.setFirstItemActive();
        } else {
          this.keys.setActiveItem(-1);
          this.activeId.emit(null);
        }
      });
    });
  }

  /** Handles a key pressed in the reply box; returns whether the list used it. */
  handleKey(event: KeyboardEvent): boolean {
    if (!this.windowOpen()) {
      return false;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      this.keys.onKeydown(event);
      return true;
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const active = this.keys.activeItem;
      if (!active) {
        // Nothing matches: Enter is a new line again, Tab moves on.
        return false;
      }
      this.pick(active.value());
      return true;
    }
    return false;
  }

  protected pick(reply: QuickReply): void {
    this.chosen.emit(fillReply(reply.body, this.facts()));
  }

  protected remove(reply: QuickReply, event: Event): void {
    event.stopPropagation();
    this.store.deleteOwn(reply.id);
  }
}

/** An open list and the overlay it sits in. */
export interface QuickReplyMenuHandle {
  readonly menu: ComponentRef<QuickReplyMenu>;
  readonly overlay: OverlayRef;
}

/** Opens the list in an overlay under (or above) `anchor`. */
export function openQuickReplyMenu(
  injector: Injector,
  anchor: ElementRef<HTMLElement>,
  bindings: Binding[],
): QuickReplyMenuHandle {
  const overlay = createOverlayRef(injector, {
    positionStrategy: createFlexibleConnectedPositionStrategy(injector, anchor)
      .withFlexibleDimensions(false)
      .withPush(true)
      .withPositions([
        { originX: 'start', originY: 'top', overlayX: 'start', overlayY: 'bottom', offsetY: -4 },
        { originX: 'start', originY: 'bottom', overlayX: 'start', overlayY: 'top', offsetY: 4 },
      ]),
    scrollStrategy: createRepositionScrollStrategy(injector),
    width: Math.min(560, anchor.nativeElement.getBoundingClientRect().width),
    panelClass: 'quick-reply-overlay',
  });
  const menu = overlay.attach(new ComponentPortal(QuickReplyMenu, null, injector, null, bindings));
  return { menu, overlay };
}
