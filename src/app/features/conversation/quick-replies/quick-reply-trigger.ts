import {
  DestroyRef,
  Directive,
  ElementRef,
  Injector,
  effect,
  inject,
  input,
  inputBinding,
  output,
  outputBinding,
  signal,
} from '@angular/core';

import { ChatFacts } from '../../../core/state/chat-facts-store';
import type { QuickReplyMenuHandle } from './quick-reply-menu';

/** A change of the reply box's text, with what to select afterwards. */
export interface DraftEdit {
  readonly text: string;
  readonly selectionStart: number;
  readonly selectionEnd: number;
}

/** `/` at the start of the box or after a space, and the word typed after it, up to the cursor. */
const TRIGGER = /(^|\s)\/([^\s/]*)$/;
/** A `{variable}` the executive still has to fill. */
const PLACEHOLDER = /\{([a-z][a-z0-9_]*)\}/;

let nextId = 0;

/** The first `{variable}` left in `text`: its name and where it sits; null when none is left. */
export function firstPlaceholder(
  text: string,
): { name: string; start: number; end: number } | null {
  const hole = PLACEHOLDER.exec(text);
  return hole ? { name: hole[1], start: hole.index, end: hole.index + hole[0].length } : null;
}

/** Where a slash command starts in `text` before `caret`, and its query; null when there is none. */
export function slashCommandAt(
  text: string,
  caret: number,
): { start: number; query: string } | null {
  const match = TRIGGER.exec(text.slice(0, caret));
  return match ? { start: match.index + match[1].length, query: match[2] } : null;
}

/**
 * Replaces the slash command `start..end` of `text` with `reply`, and selects the first
 * `{variable}` left in the reply (or puts the cursor after it).
 */
export function insertReply(text: string, start: number, end: number, reply: string): DraftEdit {
  const next = text.slice(0, start) + reply + text.slice(end);
  const hole = firstPlaceholder(reply);
  return hole
    ? { text: next, selectionStart: start + hole.start, selectionEnd: start + hole.end }
    : { text: next, selectionStart: start + reply.length, selectionEnd: start + reply.length };
}

/**
 * Opens the quick replies when `/` is typed in the reply box (at its start or after a space),
 * filters them by what follows, and hands the picked reply back as a {@link DraftEdit}. The
 * list's code loads the first time it opens.
 */
@Directive({
  selector: 'textarea[appQuickReplyTrigger]',
  exportAs: 'quickReplies',
  host: {
    // A textarea keeps its textbox role (a combobox may not be multi-line): the open list is
    // tied to it by aria-controls, and the highlighted reply by aria-activedescendant.
    '[attr.aria-controls]': 'isOpen() ? listId : null',
    '[attr.aria-activedescendant]': 'isOpen() ? activeId() : null',
    '(input)': 'follow()',
    '(click)': 'follow()',
    '(keydown)': 'onKeydown($event)',
    '(blur)': 'close()',
  },
})
export class QuickReplyTrigger {
  private readonly host = inject<ElementRef<HTMLTextAreaElement>>(ElementRef);
  private readonly injector = inject(Injector);

  /** The open chat's facts, filled into the picked reply. */
  readonly facts = input<ChatFacts>({});
  /** Whether the WhatsApp window allows free text now. */
  readonly windowOpen = input(true);

  /** The text with the picked reply in place of `/query`. */
  readonly edited = output<DraftEdit>();
  /** The executive asked for templates from the list. */
  readonly templates = output<void>();

  protected readonly listId = `quick-replies-${nextId++}`;
  protected readonly isOpen = signal(false);
  protected readonly activeId = signal<string | null>(null);
  private readonly query = signal('');
  private start = 0;
  // Where the list was closed with Esc: typing on after that `/` is text, not a search.
  private dismissedAt: number | null = null;
  private handle: QuickReplyMenuHandle | null = null;
  private opening = false;

  constructor() {
    effect(() => {
      if (!this.isOpen()) {
        this.dispose();
      }
    });
    inject(DestroyRef).onDestroy(() => this.dispose());
  }

  /** Types `/` at the cursor (after a space when needed) and opens the list there. */
  open(): void {
    const element = this.host.nativeElement;
    const caret = element.selectionStart ?? element.value.length;
    const before = element.value.slice(0, caret);
    const slash = before === '' || /\s$/.test(before) ? '/' : ' /';
    this.start = caret + slash.length - 1;
    this.edited.emit({
      text: before + slash + element.value.slice(caret),
      selectionStart: caret + slash.length,
      selectionEnd: caret + slash.length,
    });
    this.show('');
  }

  /** Closes the list. */
  close(): void {
    this.isOpen.set(false);
  }

  protected follow(): void {
    const element = this.host.nativeElement;
    const caret = element.selectionStart ?? element.value.length;
    const command = slashCommandAt(element.value, caret);
    if (!command || command.start === this.dismissedAt) {
      if (!command) {
        this.dismissedAt = null;
      }
      this.close();
      return;
    }
    this.start = command.start;
    this.show(command.query);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (!this.isOpen() || event.isComposing) {
      return;
    }
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      this.dismissedAt = this.start;
      this.close();
      return;
    }
    if (this.handle?.menu.instance.handleKey(event)) {
      event.preventDefault();
    }
  }

  private show(query: string): void {
    this.dismissedAt = null;
    this.query.set(query);
    this.isOpen.set(true);
    if (!this.handle && !this.opening) {
      this.opening = true;
      void import('./quick-reply-menu').then(({ openQuickReplyMenu }) => {
        this.opening = false;
        if (this.isOpen() && !this.handle) {
          this.handle = openQuickReplyMenu(this.injector, this.host, [
            inputBinding('query', this.query),
            inputBinding('facts', this.facts),
            inputBinding('windowOpen', this.windowOpen),
            inputBinding('listId', () => this.listId),
            outputBinding<string>('chosen', (reply) => this.pick(reply)),
            outputBinding('templates', () => {
              this.close();
              this.templates.emit();
            }),
            outputBinding<string | null>('activeId', (id) => this.activeId.set(id)),
          ]);
        }
      });
    }
  }

  private pick(reply: string): void {
    const element = this.host.nativeElement;
    const end = Math.max(this.start, element.selectionStart ?? element.value.length);
    this.close();
    this.edited.emit(insertReply(element.value, this.start, end, reply));
  }

  private dispose(): void {
    this.handle?.overlay.dispose();
    this.handle = null;
    this.activeId.set(null);
  }
}
