import { Signal, computed, signal } from '@angular/core';
import { Observable } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { sectionErrorMessage } from './section-resource';

/** Where an action stands: not run, running, succeeded, or failed. */
export type ActionStatus = 'idle' | 'running' | 'done' | 'failed';

/** What an action shows. */
export interface ActionState<R> {
  readonly status: ActionStatus;
  readonly result: R | null;
  /** Why it failed, written for the executive. */
  readonly error: string | null;
  /** The request field the back end refused, when it named one. */
  readonly field: string | null;
}

/** How a {@link SectionAction} runs. */
export interface SectionActionOptions<Q, R> {
  run: (request: Q) => Observable<R>;
  /** Shown when a failure carries no message of its own. */
  fallbackError: string;
  /** Runs after a success that still belongs to what is shown (to refresh the sections it changed). */
  onDone?: (result: R, request: Q) => void;
}

const IDLE: ActionState<never> = { status: 'idle', result: null, error: null, field: null };

/**
 * A one-shot change the executive makes from the panel (send a payment link, change a status):
 * one run at a time, then a result or an error to show. A {@link reset} (another chat opened) hides
 * a late answer instead of aborting a request the back end may already be carrying out.
 */
export class SectionAction<Q, R> {
  private readonly state = signal<ActionState<R>>(IDLE);
  private generation = 0;

  /** Everything the action shows. */
  readonly snapshot: Signal<ActionState<R>> = this.state.asReadonly();
  /** Where the action stands. */
  readonly status: Signal<ActionStatus> = computed(() => this.state().status);
  /** The last success, or null. */
  readonly result: Signal<R | null> = computed(() => this.state().result);
  /** Why the last run failed, or null. */
  readonly error: Signal<string | null> = computed(() => this.state().error);
  /** Whether it is running. */
  readonly running: Signal<boolean> = computed(() => this.state().status === 'running');

  constructor(private readonly options: SectionActionOptions<Q, R>) {}

  /** Runs the action, unless a run is already in flight. */
  run(request: Q): void {
    if (this.state().status === 'running') {
      return;
    }
    const generation = ++this.generation;
    this.state.set({ status: 'running', result: null, error: null, field: null });
    this.options.run(request).subscribe({
      next: (result) => {
        if (generation !== this.generation) {
          return;
        }
        this.state.set({ status: 'done', result, error: null, field: null });
        this.options.onDone?.(result, request);
      },
      error: (error: unknown) => {
        if (generation !== this.generation) {
          return;
        }
        this.state.set({
          status: 'failed',
          result: null,
          error: sectionErrorMessage(error, this.options.fallbackError),
          field: error instanceof ApiError ? (error.field ?? null) : null,
        });
      },
    });
  }

  /** Forgets the last result or error, and any answer still on its way. */
  reset(): void {
    this.generation++;
    this.state.set(IDLE);
  }
}
