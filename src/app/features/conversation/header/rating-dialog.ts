import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NgTemplateOutlet } from '@angular/common';
import {
  AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import { Chats, MAX_RATING_COMMENT, RateChatResponse } from '../../../../contract';
import { ConsoleLayout } from '../../../core/layout/console-layout';
import { DialogSubmit, SaveOutcome } from '../../../shared/ui/dialog-submit/dialog-submit';
import { DialogSubmitError } from '../../../shared/ui/dialog-submit/dialog-submit-error';
import { ChatActionsStore } from '../state/chat-actions-store';
import { ResolveGuard, resolveGuardLines } from './resolve-guard';

/** What the rating dialog is opened with. */
export interface RatingDialogData {
  chatId: string;
  customerName: string;
  /**
   * Set when the chat is not resolved yet because resolving it could drop its customer: the
   * dialog says why and resolves only when the executive confirms.
   */
  resolve?: {
    readonly chat: Pick<Chats, 'chat_id' | 'customer_number'>;
    readonly guard: ResolveGuard;
  };
}

const STAR_WORDS = ['Very poor', 'Poor', 'Okay', 'Good', 'Excellent'] as const;
/** The comment's count of characters shows from this share of its limit. */
const COUNTER_FROM = 0.9;

/**
 * Asks for a 1 to 5 star rating of a chat just resolved, with an optional comment, and saves it
 * (`rateChat`). Closes with the saved rating, or with nothing when the executive skips. Opened
 * with a guard (`data.resolve`), it first asks whether to resolve a chat whose customer waits or
 * whose reply is unsent, and resolves it (then saves the rating, if given) only on "Resolve";
 * "Keep open" closes it with the chat untouched. Enter (on a star) or Ctrl+Enter (in the
 * comment) does what the filled button says; Escape skips or keeps the chat open.
 */
@Component({
  selector: 'app-rating-dialog',
  imports: [
    DialogSubmitError,
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    NgTemplateOutlet,
    ReactiveFormsModule,
  ],
  templateUrl: './rating-dialog.html',
  styleUrl: './rating-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingDialog {
  private readonly actions = inject(ChatActionsStore);
  private readonly layout = inject(ConsoleLayout);
  protected readonly data = inject<RatingDialogData>(MAT_DIALOG_DATA);

  protected readonly stars = [1, 2, 3, 4, 5] as const;
  protected readonly maxComment = MAX_RATING_COMMENT;
  /** Lines of the comment box: two in a short window, where the resolve guard needs the room. */
  protected readonly commentRows = computed(() => (this.layout.shortWindow() ? 2 : 3));
  /** Whether the guarded chat has been resolved here (the dialog then only rates). */
  private readonly resolved = signal(false);
  /** What the guard says while the chat is not resolved yet; null in plain rating. */
  protected readonly guardLines = computed(() => {
    const guard = this.data.resolve?.guard;
    return guard && !this.resolved() ? resolveGuardLines(guard) : null;
  });

  protected readonly form = new FormGroup({
    // Needed to save a rating; resolving a guarded chat may go without one.
    rating: new FormControl<number | null>(null, {
      validators: (control: AbstractControl<number | null>): ValidationErrors | null =>
        this.guardLines() === null ? Validators.required(control) : null,
    }),
    comment: new FormControl('', {
      nonNullable: true,
      validators: Validators.maxLength(MAX_RATING_COMMENT),
    }),
  });
  protected readonly submission = new DialogSubmit<RateChatResponse | undefined>({
    form: this.form,
  });

  protected readonly rating = toSignal(this.form.controls.rating.valueChanges, {
    initialValue: null,
  });
  private readonly comment = toSignal(this.form.controls.comment.valueChanges, {
    initialValue: '',
  });
  /** "480 / 500" once the comment nears its limit, else null. */
  protected readonly commentCount = computed(() => {
    const length = this.comment().length;
    return length >= MAX_RATING_COMMENT * COUNTER_FROM ? `${length} / ${MAX_RATING_COMMENT}` : null;
  });
  private readonly status = toSignal(this.form.statusChanges, { initialValue: this.form.status });
  protected readonly canSubmit = computed(
    () => this.status() === 'VALID' && !this.submission.saving(),
  );
  protected readonly chosenText = computed(() => {
    const rating = this.rating();
    return rating === null ? 'Choose 1 to 5 stars' : `${rating} of 5: ${this.word(rating)}`;
  });

  protected word(star: number): string {
    return STAR_WORDS[star - 1];
  }

  /**
   * Guarded: resolves the chat, then saves the rating when one is chosen. Otherwise saves the
   * rating. Resolves whether the dialog closed.
   */
  protected submit(): Promise<boolean> {
    const { rating, comment } = this.form.getRawValue();
    const chat = this.guardLines() === null ? null : this.data.resolve?.chat;
    return this.submission.submit(async (): Promise<SaveOutcome<RateChatResponse | undefined>> => {
      if (chat) {
        const result = await this.actions.setStatus(chat, 'resolved', { announceFailure: false });
        if (!result.ok && this.actions.refusal()?.chatId === chat.chat_id) {
          // A colleague has the chat: the conversation offers to take it over, out of the dialog.
          return { ok: true, value: undefined };
        }
        if (!result.ok) {
          return result;
        }
        // From here on the chat is resolved: a rating that fails stays to retry, or to skip.
        // The rating is needed from now on (checked again as the form is enabled after this).
        this.resolved.set(true);
        if (rating === null) {
          return { ok: true, value: undefined };
        }
      }
      return rating === null
        ? { ok: false, message: 'Choose from 1 to 5 stars, or skip.' }
        : this.actions.rate(this.data.chatId, rating, comment);
    });
  }
}
