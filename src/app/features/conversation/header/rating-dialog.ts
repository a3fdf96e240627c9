import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';

import { RateChatResponse } from '../../../../contract';
import { ChatActionsStore } from '../state/chat-actions-store';

/** What the rating dialog is opened with. */
export interface RatingDialogData {
  chatId: string;
  customerName: string;
}

const STAR_WORDS = ['Very poor', 'Poor', 'Okay', 'Good', 'Excellent'] as const;

/**
 * Asks for a 1 to 5 star rating of a chat just resolved, with an optional comment, and saves it
 * (`rateChat`). Closes with the saved rating, or with nothing when the executive skips.
 */
@Component({
  selector: 'app-rating-dialog',
  imports: [MatButtonModule, MatDialogModule, MatFormFieldModule, MatInputModule],
  template: `
    <h2 mat-dialog-title>Rate this chat</h2>
    <mat-dialog-content>
      <p class="intro">
        The chat with {{ data.customerName }} is resolved. How well was it handled? You can skip
        this.
      </p>
      <fieldset class="stars" [disabled]="saving()">
        <legend>Rating</legend>
        @for (star of stars; track star) {
          <label class="star" [class.on]="star <= (rating() ?? 0)">
            <input
              type="radio"
              name="chat-rating"
              [value]="star"
              [checked]="rating() === star"
              (change)="rating.set(star)"
            />
            <span class="glyph" aria-hidden="true">★</span>
            <span class="sr-only"
              >{{ star }} {{ star === 1 ? 'star' : 'stars' }}: {{ word(star) }}</span
            >
          </label>
        }
        <span class="chosen" aria-hidden="true">{{ chosenText() }}</span>
      </fieldset>
      <mat-form-field appearance="outline" class="comment">
        <mat-label>Comment (optional)</mat-label>
        <textarea
          matInput
          rows="3"
          maxlength="1000"
          [disabled]="saving()"
          [value]="comment()"
          (input)="setComment($event)"
        ></textarea>
      </mat-form-field>
      @if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button matButton type="button" [disabled]="saving()" (click)="skip()">Skip</button>
      <button
        matButton="filled"
        type="button"
        [disabled]="rating() === null || saving()"
        (click)="save()"
      >
        {{ saving() ? 'Saving…' : 'Save rating' }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .intro {
      margin-top: 0;
    }
    .stars {
      display: flex;
      align-items: center;
      gap: 4px;
      margin: 0 0 16px;
      padding: 0;
      border: 0;
    }
    legend {
      margin-bottom: 4px;
      font: var(--mat-sys-label-large);
    }
    .star {
      position: relative;
      cursor: pointer;
      color: var(--mat-sys-outline);
      &.on {
        color: var(--mat-sys-tertiary);
      }
    }
    .star input {
      position: absolute;
      opacity: 0;
      width: 1px;
      height: 1px;
    }
    .glyph {
      display: block;
      padding: 2px 4px;
      border-radius: 8px;
      font-size: 32px;
      line-height: 1;
    }
    .star input:focus-visible + .glyph {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .chosen {
      margin-left: 8px;
      color: var(--mat-sys-on-surface-variant);
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
    .comment {
      width: 100%;
    }
    .error {
      margin: 0;
      color: var(--mat-sys-error);
    }
  `,
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
