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
import {
  MatAutocompleteModule,
  MatAutocompleteSelectedEvent,
  MatAutocompleteTrigger,
} from '@angular/material/autocomplete';

import { MatTooltipModule } from '@angular/material/tooltip';

import { Chats } from '../../../../contract';
import { ChatActionsStore } from '../state/chat-actions-store';
import { ConfigStore } from '../../../core/state/config-store';
import { shortenAtWord } from '../../../shared/ui/shorten-at-word';

/** Longest tag label on a chip; a longer tag is cut after a whole word, in full on hover/focus. */
export const TAG_CHIP_CHARS = 24;
/** Most suggestions shown at once; typing narrows the rest down. */
const MAX_SUGGESTIONS = 50;

/**
 * The chat's tags, each with a remove button (`remove_tag`), and an "Add tag" field that suggests
 * tags from the tag list (`apply_tag`). Only tags from the list can be added. A plain list and a
 * native input rather than a chip grid: the same actions by mouse and keyboard (Tab to a tag's
 * remove button, Enter on a suggestion), without loading the chips module with every chat. The
 * field is a picker bound to a signal, not a reactive form: nothing is kept, a pick applies at once.
 */
@Component({
  selector: 'app-chat-tags',
  imports: [MatAutocompleteModule, MatTooltipModule],
  templateUrl: './chat-tags.html',
  styleUrl: './chat-tags.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ChatTags {
  private readonly actions = inject(ChatActionsStore);
  private readonly config = inject(ConfigStore);

  /** The chat whose tags are shown. */
  readonly chat = input.required<Chats>();

  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('tagInput');
  private readonly trigger = viewChild.required(MatAutocompleteTrigger);

  protected readonly query = signal('');
  protected readonly hint = signal<string | null>(null);
  protected readonly chips = computed(() =>
    this.chat().tags.map((full) => {
      const label = shortenAtWord(full, TAG_CHIP_CHARS);
      return { full, label, cut: label !== full };
    }),
  );
  protected readonly inFlight = computed(() => this.actions.tagsInFlight(this.chat().chat_id));
  protected readonly adding = computed(() =>
    this.inFlight().filter((tag) => !this.chat().tags.includes(tag)),
  );
  private readonly available = computed(() => {
    const held = new Set([...this.chat().tags, ...this.inFlight()].map((t) => t.toLowerCase()));
    return this.config.tags().filter((tag) => !held.has(tag.toLowerCase()));
  });
  protected readonly suggestions = computed(() => {
    const words = this.query().toLowerCase().split(/\s+/).filter(Boolean);
    return this.available()
      .filter((tag) => words.every((word) => tag.toLowerCase().includes(word)))
      .slice(0, MAX_SUGGESTIONS);
  });
  protected readonly emptyText = computed(() => {
    if (this.config.tags().length === 0) {
      return 'The tag list has not loaded yet';
    }
    return this.available().length === 0 ? 'Every tag is already on this chat' : 'No tag matches';
  });

  /** Moves focus to the "Add tag" field and opens the suggestions. */
  focusInput(): void {
    this.input().nativeElement.focus();
    this.trigger().openPanel();
  }

  protected type(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
    this.hint.set(null);
  }

  protected pick(event: MatAutocompleteSelectedEvent): void {
    const tag: unknown = event.option.value;
    if (typeof tag === 'string') {
      void this.apply(tag);
    }
  }

  protected addTyped(event: Event): void {
    // Enter on a highlighted suggestion is handled by the autocomplete (which calls `pick` and
    // marks the key as handled); this is for a fully typed name.
    if (event.defaultPrevented || (this.trigger().panelOpen && this.trigger().activeOption)) {
      return;
    }
    event.preventDefault();
    const typed = this.input().nativeElement.value.trim();
    if (typed === '') {
      return;
    }
    const tag = this.available().find((t) => t.toLowerCase() === typed.toLowerCase());
    if (tag) {
      void this.apply(tag);
    } else {
      // The suggestions open below the field and would cover the message.
      this.trigger().closePanel();
      this.hint.set(`“${typed}” is not in the tag list. Pick a tag from the suggestions.`);
    }
  }

  protected remove(tag: string): void {
    void this.actions.removeTag(this.chat().chat_id, tag);
  }

  private async apply(tag: string): Promise<void> {
    this.query.set('');
    this.input().nativeElement.value = '';
    this.hint.set(null);
    await this.actions.applyTag(this.chat().chat_id, tag);
  }
}
