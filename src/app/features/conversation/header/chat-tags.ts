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

import { MatTooltip } from '@angular/material/tooltip';

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
 * remove button, Enter on a suggestion), without loading the chips module with every chat.
 */
@Component({
  selector: 'app-chat-tags',
  imports: [MatAutocompleteModule, MatTooltip],
  template: `
    <div class="field">
      <ul class="list" role="list" aria-label="Tags of this chat">
        @for (tag of chips(); track tag.full) {
          <li class="tag" [matTooltip]="tag.cut ? tag.full : ''" [attr.title]="null">
            <span class="name" aria-hidden="true">{{ tag.label }}</span>
            <span class="visually-hidden">{{ tag.full }}</span>
            <button
              class="remove"
              type="button"
              [disabled]="inFlight().includes(tag.full)"
              [attr.aria-label]="'Remove tag ' + tag.full"
              [matTooltip]="'Remove tag ' + tag.full"
              (click)="remove(tag.full)"
            >
              <span class="material-symbols-outlined" aria-hidden="true">close</span>
            </button>
          </li>
        }
        @for (tag of adding(); track tag) {
          <li class="tag adding">
            <span class="name">{{ tag }}…</span>
            <span class="visually-hidden">(adding)</span>
          </li>
        }
      </ul>
      <input
        #tagInput
        placeholder="Add tag"
        aria-label="Add tag"
        [value]="query()"
        [attr.aria-invalid]="hint() ? true : null"
        [attr.aria-describedby]="hint() ? 'chat-tags-error' : null"
        [matAutocomplete]="auto"
        (input)="type($event)"
        (keydown.enter)="addTyped($event)"
      />
    </div>
    <mat-autocomplete #auto="matAutocomplete" autoActiveFirstOption (optionSelected)="pick($event)">
      @for (tag of suggestions(); track tag) {
        <mat-option [value]="tag">{{ tag }}</mat-option>
      } @empty {
        <mat-option disabled>{{ emptyText() }}</mat-option>
      }
    </mat-autocomplete>
    @if (hint(); as text) {
      <p id="chat-tags-error" class="hint" role="alert">{{ text }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .field {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 4px 6px;
      min-height: 36px;
      box-sizing: border-box;
      padding: 3px 6px;
      border: 1px solid var(--mat-sys-outline);
      border-radius: var(--mat-sys-corner-extra-small);

      &:focus-within {
        outline: 2px solid var(--mat-sys-primary);
        outline-offset: -2px;
      }
    }
    .list {
      display: flex;
      flex-wrap: wrap;
      gap: 4px 6px;
      min-width: 0;
      margin: 0;
      padding: 0;
      list-style: none;

      &:empty {
        display: none;
      }
    }
    .tag {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      height: 28px;
      max-width: 100%;
      box-sizing: border-box;
      padding: 0 2px 0 10px;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: var(--mat-sys-corner-small);
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-label-large);
    }
    .name {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .adding {
      padding-right: 10px;
      opacity: 0.7;
    }
    .remove {
      display: grid;
      place-items: center;
      width: 24px;
      height: 24px;
      padding: 0;
      border: 0;
      border-radius: 50%;
      background: none;
      color: inherit;
      cursor: pointer;

      .material-symbols-outlined {
        font-size: 18px;
      }
      &:hover:not(:disabled) {
        background: color-mix(in srgb, currentColor 8%, transparent);
      }
      &:focus-visible {
        outline: 2px solid var(--mat-sys-primary);
      }
      &:disabled {
        cursor: default;
        opacity: 0.38;
      }
    }
    input {
      flex: 1 1 56px;
      min-width: 56px;
      height: 28px;
      padding: 0 4px;
      border: 0;
      outline: none;
      background: none;
      color: var(--mat-sys-on-surface);
      font: var(--mat-sys-body-large);
    }
    .hint {
      margin: 2px 0 0;
      font: var(--mat-sys-body-small);
      color: var(--mat-sys-error);
    }
  `,
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
