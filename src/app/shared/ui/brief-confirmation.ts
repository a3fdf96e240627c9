import { DestroyRef, Signal, inject, signal } from '@angular/core';

/** How long a button shows that its action worked, and its status line is kept. */
export const BRIEF_CONFIRMATION_MS = 2000;

/**
 * A button's short confirmation (a tick instead of its icon, a sentence for screen readers) that
 * goes away by itself. Create it in a component's injection context; its timer ends with the
 * component.
 */
export class BriefConfirmation {
  private readonly doneState = signal(false);
  private readonly announcementState = signal('');
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Whether the last action worked, for as long as the confirmation shows. */
  readonly done: Signal<boolean> = this.doneState.asReadonly();
  /** The sentence for the status line, empty once the confirmation is gone. */
  readonly announcement: Signal<string> = this.announcementState.asReadonly();

  constructor(private readonly durationMs = BRIEF_CONFIRMATION_MS) {
    inject(DestroyRef).onDestroy(() => this.stop());
  }

  /** Shows the outcome of an action: `done` says whether it worked, `sentence` what happened. */
  show(done: boolean, sentence: string): void {
    this.doneState.set(done);
    this.announcementState.set(sentence);
    this.stop();
    this.timer = setTimeout(() => {
      this.timer = null;
      this.doneState.set(false);
      this.announcementState.set('');
    }, this.durationMs);
  }

  private stop(): void {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
  }
}
