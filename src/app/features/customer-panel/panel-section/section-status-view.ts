import { ChangeDetectionStrategy, Component, Signal, computed, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';

import { SectionState } from '../state/section-resource';
import { SectionSkeleton } from './section-skeleton';

/** What a section status shows and retries: a section's resource. */
export interface StatusSource {
  readonly snapshot: Signal<SectionState<unknown>>;
  reload(): void;
}

/**
 * The load state of a section's content: a skeleton while it first loads, a thin bar while it
 * reloads, or its own error with "Try again" when trying again can help, so one failing back end
 * only touches its section. Shows nothing once the content is there; the section shows that itself.
 */
@Component({
  selector: 'app-section-status',
  imports: [MatButtonModule, MatProgressBarModule, SectionSkeleton],
  template: `
    @switch (view()) {
      @case ('skeleton') {
        <app-section-skeleton [lines]="skeletonLines()" />
        <span class="visually-hidden" role="status">Loading {{ what() }}…</span>
      }
      @case ('refreshing') {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'Loading ' + what()" />
      }
      @case ('error') {
        <div class="error" role="alert">
          <span class="material-symbols-outlined icon" aria-hidden="true">error</span>
          <p class="message">{{ state().error }}</p>
          @if (state().retryable !== false) {
            <button
              mat-stroked-button
              type="button"
              class="retry"
              [attr.aria-label]="'Try again to load ' + what()"
              (click)="section().reload()"
            >
              Try again
            </button>
          }
        </div>
      }
    }
  `,
  styles: `
    :host {
      display: block;
    }
    mat-progress-bar {
      margin: 2px 0 6px;
    }
    .error {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 4px 8px;
      align-items: start;
      margin: 4px 0;
      padding: 8px;
      border-radius: 8px;
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .icon {
      font-size: 20px;
    }
    .message {
      margin: 0;
      font: var(--mat-sys-body-medium);
    }
    .retry {
      grid-column: 2;
      justify-self: start;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SectionStatusView {
  /** The section whose load state is shown, and which "Try again" loads again. */
  readonly section = input.required<StatusSource>();
  /** What is loading, for screen readers and the retry button ("the rides"). */
  readonly what = input.required<string>();
  /** Placeholder lines while the content first loads. */
  readonly skeletonLines = input(3);

  protected readonly state = computed(() => this.section().snapshot());
  protected readonly view = computed(() => {
    const { status, value } = this.state();
    if (status === 'error') {
      return 'error';
    }
    if (status === 'loading') {
      return value === null ? 'skeleton' : 'refreshing';
    }
    return 'none';
  });
}
