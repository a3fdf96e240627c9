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
import { MatChipInputEvent, MatChipsModule } from '@angular/material/chips';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';

import { Chats } from '../../../core/api/models';
import { ChatActionsStore } from '../../../core/state/chat-actions-store';
import { ConfigStore } from '../../../core/state/config-store';

/** Most suggestions shown at once; typing narrows the rest down. */
const MAX_SUGGESTIONS = 50;

/**
 * The chat's tags as removable chips (`remove_tag`), with an "Add tag" field that suggests tags
 * from the tag list (`apply_tag`). Only tags from the list can be added.
 */
@Component({
  selector: 'app-chat-tags',
  imports: [MatAutocompleteModule, MatChipsModule, MatFormFieldModule, MatIconModule],
  template: `
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="field">
      <mat-chip-grid #grid aria-label="Tags of this chat">
        @for (tag of chat().tags; track tag) {
          <mat-chip-row [disabled]="inFlight().includes(tag)" (removed)="remove(tag)">
            {{ tag }}
            <button matChipRemove type="button" [attr.aria-label]="'Remove tag ' + tag">
              <mat-icon fontSet="material-symbols-outlined">close</mat-icon>
            </button>
          </mat-chip-row>
        }
        @for (tag of adding(); track tag) {
          <mat-chip-row disabled class="adding" [attr.aria-label]="'Adding tag ' + tag">
            {{ tag }}…
          </mat-chip-row>
        }
        <input
          #tagInput
          placeholder="Add tag"
          aria-label="Add tag"
          [value]="query()"
          [matChipInputFor]="grid"
          [matAutocomplete]="auto"
          (input)="type($event)"
          (matChipInputTokenEnd)="addTyped($event)"
        />
      </mat-chip-grid>
      <mat-autocomplete
        #auto="matAutocomplete"
        autoActiveFirstOption
        (optionSelected)="pick($event)"
      >
        @for (tag of suggestions(); track tag) {
          <mat-option [value]="tag">{{ tag }}</mat-option>
        } @empty {
          <mat-option disabled>{{ emptyText() }}</mat-option>
        }
      </mat-autocomplete>
    </mat-form-field>
    @if (hint(); as text) {
      <p class="hint" role="status">{{ text }}</p>
    }
  `,
  styles: `
    :host {
      display: block;
      min-width: 0;
    }
    .field {
      width: 100%;
      --mat-form-field-container-vertical-padding: 4px;
      --mat-form-field-container-height: 36px;
    }
    .adding {
      opacity: 0.7;
    }
    input {
      min-width: 120px;
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

  protected addTyped(event: MatChipInputEvent): void {
    // Enter on a highlighted suggestion is handled by `pick`; this is for a fully typed name.
    if (this.trigger().panelOpen && this.trigger().activeOption) {
      return;
    }
    const typed = event.value.trim();
    if (typed === '') {
      return;
    }
    const tag = this.available().find((t) => t.toLowerCase() === typed.toLowerCase());
    if (tag) {
      void this.apply(tag);
    } else {
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
