import { DestroyRef, Injectable, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Subscription } from 'rxjs';

import { isApiError } from '../../../core/api/api-error';
import { ReplySuggestions } from '../state/reply-suggestions';
import { ReplyDraft } from './reply-draft';

/** How an AI suggestion went into the box. */
export type SuggestionPlacement = 'replace' | 'append';

/**
 * The AI-suggested reply of one composer: asked for on request, only ever put into the draft for
 * the executive to review (never over what they wrote without asking), framed as an AI draft until
 * sent, with Regenerate and Undo. Provided by the composer, beside its `ReplyDraft`.
 */
@Injectable()
export class AiDraft {
  private readonly suggestions = inject(ReplySuggestions);
  private readonly draft = inject(ReplyDraft);
  private readonly destroyRef = inject(DestroyRef);
  private request: Subscription | null = null;

  /** Whether a suggestion is on its way. */
  readonly suggesting = signal(false);
  /** A suggestion waiting for the executive's choice, because the draft was not empty. */
  readonly offered = signal<string | null>(null);
  /**
   * The AI draft in the box, framed as such until sent: what the executive had typed before it
   * (Undo puts that back) and how it was placed (Regenerate places the next one the same way).
   */
  readonly inBox = signal<{ before: string; mode: SuggestionPlacement } | null>(null);

  constructor() {
    this.destroyRef.onDestroy(() => this.request?.unsubscribe());
  }

  /** Asks for a suggestion for the draft's chat (again, in place of the AI draft in the box). */
  suggest(): void {
    const chatId = this.draft.chatId;
    if (chatId === null || this.suggesting()) {
      return;
    }
    this.suggesting.set(true);
    this.draft.problem.set(null);
    this.request = this.suggestions
      .suggest(chatId)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (suggestion) => {
          this.suggesting.set(false);
          if (chatId !== this.draft.chatId) {
            return;
          }
          const regenerating = this.inBox();
          if (suggestion === '') {
            this.draft.problem.set('No suggestion this time. Write your reply, or try again.');
          } else if (regenerating) {
            this.draft.text.set(regenerating.before);
            this.use(suggestion, regenerating.mode);
          } else if (this.draft.text().trim() === '') {
            this.use(suggestion, 'replace');
          } else {
            // Never overwrite what the executive wrote without asking.
            this.offered.set(suggestion);
          }
        },
        error: (error: unknown) => {
          this.suggesting.set(false);
          this.draft.problem.set(
            isApiError(error) ? error.message : "Couldn't get a suggestion. Try again.",
          );
        },
      });
  }

  /** Puts `suggestion` in the box, in place of the draft or below it. */
  use(suggestion: string, mode: SuggestionPlacement): void {
    const before = this.draft.text();
    this.inBox.set({ before, mode });
    const current = before.trimEnd();
    this.draft.write(
      mode === 'append' && current !== '' ? `${current}\n\n${suggestion}` : suggestion,
    );
    this.offered.set(null);
    this.draft.focusAfterRender();
  }

  /** Takes the AI draft out, putting back what the executive had typed. */
  undo(): void {
    const placed = this.inBox();
    if (!placed) {
      return;
    }
    this.request?.unsubscribe();
    this.suggesting.set(false);
    this.inBox.set(null);
    this.draft.write(placed.before);
    this.draft.focus();
  }

  /** Keeps the executive's draft and drops the offered suggestion. */
  discard(): void {
    this.offered.set(null);
    this.draft.focus();
  }

  /** The reply went out: nothing is framed or offered any more. */
  sent(): void {
    this.offered.set(null);
    this.inBox.set(null);
  }

  /** Forgets everything about the last chat's suggestion (another chat opened). */
  reset(): void {
    this.request?.unsubscribe();
    this.suggesting.set(false);
    this.sent();
  }
}
