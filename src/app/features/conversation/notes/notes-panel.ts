import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterRenderEffect,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressSpinnerModule } from '@angular/material/progress-spinner';
import { MatTooltipModule } from '@angular/material/tooltip';
import { isValid, parseISO } from 'date-fns';

import { Session } from '../../../core/auth/session';
import { NotesStore } from '../../../core/state/notes-store';
import { dayAndTime } from '../../../shared/time/time-format';

/** Longest note accepted, in characters. */
const MAX_NOTE_LENGTH = 2000;

/**
 * Internal notes of a chat: the team's list (`fetchNotes`, live through `note_added`) and a form
 * to add one (`add_note`). Styled apart from the conversation so nobody mistakes a note for a
 * message: notes are never sent to the customer.
 */
@Component({
  selector: 'app-notes-panel',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressSpinnerModule,
    MatTooltipModule,
  ],
  templateUrl: './notes-panel.html',
  styleUrl: './notes-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    role: 'region',
    'aria-labelledby': 'notes-panel-title',
    '(keydown.escape)': 'closed.emit()',
  },
})
export class NotesPanel {
  private readonly store = inject(NotesStore);
  private readonly session = inject(Session);

  /** The chat whose notes are shown. */
  readonly chatId = input.required<string>();
  /** Whether to show the close button (when the panel is a drawer). */
  readonly closable = input(true);
  /** The executive asked to close the panel. */
  readonly closed = output<void>();

  private readonly list = viewChild<ElementRef<HTMLElement>>('list');
  private readonly textarea = viewChild.required<ElementRef<HTMLTextAreaElement>>('noteInput');

  protected readonly maxLength = MAX_NOTE_LENGTH;
  protected readonly draft = signal('');
  /** Kept across retries of the same text, so a lost answer never saves the note twice. */
  private clientNoteId = crypto.randomUUID();

  protected readonly state = computed(() => this.store.notesOf(this.chatId()));
  protected readonly notes = computed(() => {
    const me = this.session.executive()?.executive_id;
    return this.state().notes.map((note) => {
      const at = parseISO(note.created_at);
      return {
        ...note,
        mine: note.author_id === me,
        when: isValid(at) ? dayAndTime(at) : '',
      };
    });
  });
  protected readonly canAdd = computed(() => this.draft().trim() !== '' && !this.state().adding);

  constructor() {
    effect(() => {
      const chatId = this.chatId();
      untracked(() => {
        this.store.load(chatId);
        this.draft.set('');
        this.clientNoteId = crypto.randomUUID();
      });
    });
    afterRenderEffect(() => {
      this.notes();
      const list = this.list()?.nativeElement;
      if (list) {
        list.scrollTop = list.scrollHeight;
      }
    });
  }

  /** Moves focus to the note field, ready to write. */
  focusInput(): void {
    this.textarea().nativeElement.focus();
  }

  protected retryLoad(): void {
    this.store.load(this.chatId(), true);
  }

  protected edit(event: Event): void {
    this.draft.set((event.target as HTMLTextAreaElement).value);
    this.clientNoteId = crypto.randomUUID();
  }

  protected submitWithKeyboard(event: Event): void {
    event.preventDefault();
    void this.add();
  }

  protected async add(): Promise<void> {
    if (!this.canAdd()) {
      return;
    }
    const chatId = this.chatId();
    const result = await this.store.add(chatId, this.draft(), this.clientNoteId);
    if (result.ok && chatId === this.chatId()) {
      this.draft.set('');
      this.clientNoteId = crypto.randomUUID();
    }
  }
}
