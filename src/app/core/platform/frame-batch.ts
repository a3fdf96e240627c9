import { ApplicationRef, ErrorHandler, Injectable, inject } from '@angular/core';
import { Observable, OperatorFunction } from 'rxjs';

/** Longest a batch waits when animation frames do not fire (a hidden tab). */
const HIDDEN_TAB_FLUSH_MS = 250;

/**
 * One animation frame's worth of live updates. Every {@link bufferPerFrame} stream hands its batch
 * over in the same frame callback, and the frame's changes are rendered right there, before the
 * browser paints: rendering only when the framework's own scheduler gets to it would land after
 * this frame's paint, a frame late.
 */
@Injectable({ providedIn: 'root' })
export class FrameBatches {
  private readonly appRef = inject(ApplicationRef);
  private readonly errorHandler = inject(ErrorHandler);
  private readonly flushes = new Set<() => void>();
  private frame: number | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;

  /** Collects values and emits them as one array in the next frame (see {@link bufferPerFrame}). */
  buffer<T>(): OperatorFunction<T, T[]> {
    return (source) =>
      new Observable<T[]>((subscriber) => {
        let batch: T[] = [];
        const flush = () => {
          this.flushes.delete(flush);
          if (batch.length > 0) {
            const out = batch;
            batch = [];
            subscriber.next(out);
          }
        };
        const subscription = source.subscribe({
          next: (value) => {
            batch.push(value);
            this.schedule(flush);
          },
          error: (error: unknown) => {
            flush();
            subscriber.error(error);
          },
          complete: () => {
            flush();
            subscriber.complete();
          },
        });
        return () => {
          subscription.unsubscribe();
          this.flushes.delete(flush);
        };
      });
  }

  private schedule(flush: () => void): void {
    this.flushes.add(flush);
    if (this.frame === null) {
      this.frame = requestAnimationFrame(this.run);
      this.timer = setTimeout(this.run, HIDDEN_TAB_FLUSH_MS);
    }
  }

  private readonly run = () => {
    if (this.frame !== null) {
      cancelAnimationFrame(this.frame);
      this.frame = null;
    }
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    const flushes = [...this.flushes];
    this.flushes.clear();
    for (const flush of flushes) {
      try {
        flush();
      } catch (error) {
        this.errorHandler.handleError(error);
      }
    }
    if (flushes.length > 0) {
      try {
        this.appRef.tick();
      } catch (error) {
        this.errorHandler.handleError(error);
      }
    }
  };
}

/**
 * Collects values and emits them as one array per animation frame, so a burst of socket events
 * costs one signal write per stream and one render, painted in that same frame. Hidden tabs get
 * no animation frames, so a timer flushes too: alerts and counts keep up while the executive works
 * in another tab. Call it in an injection context (a store's constructor).
 */
export function bufferPerFrame<T>(): OperatorFunction<T, T[]> {
  return inject(FrameBatches).buffer<T>();
}
