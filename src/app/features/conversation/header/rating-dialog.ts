import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';

import { Chats, RateChatResponse } from '../../../../contract';
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

/**
 * Asks for a 1 to 5 star rating of a chat just resolved, with an optional comment, and saves it
 * (`rateChat`). Closes with the saved rating, or with nothing when the executive skips. Opened
 * with a guard (`data.resolve`), it first asks whether to resolve a chat whose customer waits or
 * whose reply is unsent, and resolves it (then saves the rating, if given) only on "Resolve";
 * "Keep open" closes it with the chat untouched.
 */
@Component({
  selector: 'app-rating-dialog',
  imports: [
    MatButtonModule,
    MatDialogModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    NgTemplateOutlet,
  ],
  templateUrl: './rating-dialog.html',
  styleUrl: './rating-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RatingDialog {
  private readonly actions = inject(ChatActionsStore);
  private readonly dialogRef = inject<MatDialogRef<RatingDialog, RateChatResponse>>(MatDialogRef);
  protected readonly data = inject<RatingDialogData>(MAT_DIALOG_DATA);

  protected readonly stars = [1, 2, 3, 4, 5] as const;
  protected readonly rating = signal<number | null>(null);
  protected readonly comment = signal('');
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Whether the guarded chat has been resolved here (the dialog then only rates). */
  private readonly resolved = signal(false);
  /** What the guard says while the chat is not resolved yet; null in plain rating. */
  protected readonly guardLines = computed(() => {
    const guard = this.data.resolve?.guard;
    return guard && !this.resolved() ? resolveGuardLines(guard) : null;
  });
  protected readonly chosenText = computed(() => {
    const rating = this.rating();
    return rating === null ? 'Choose 1 to 5 stars' : `${rating} of 5: ${this.word(rating)}`;
  });

  protected word(star: number): string {
    return STAR_WORDS[star - 1];
  }

  protected setComment(event: Event): void {
    this.comment.set((event.target as HTMLTextAreaElement).value);
  }

  protected skip(): void {
    this.dialogRef.close();
  }

  /** Resolves the guarded chat, then saves the rating when one is chosen. */
  protected async resolveAnyway(): Promise<void> {
    const chat = this.data.resolve?.chat;
    if (!chat || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const result = await this.actions.setStatus(chat, 'resolved', { announceFailure: false });
    this.saving.set(false);
    if (!result.ok) {
      if (this.actions.refusal()?.chatId === chat.chat_id) {
        // A colleague has the chat: the conversation offers to take it over, out of the dialog.
        this.dialogRef.close();
        return;
      }
      this.error.set(result.message);
      return;
    }
    // From here on the chat is resolved: a rating that fails stays to retry, or to skip.
    this.resolved.set(true);
    if (this.rating() === null) {
      this.dialogRef.close();
    } else {
      await this.save();
    }
  }

  protected async save(): Promise<void> {
    const rating = this.rating();
    if (rating === null || this.saving()) {
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const result = await this.actions.rate(this.data.chatId, rating, this.comment());
    this.saving.set(false);
    if (result.ok) {
      this.dialogRef.close(result.value);
    } else {
      this.error.set(result.message);
    }
  }
}
