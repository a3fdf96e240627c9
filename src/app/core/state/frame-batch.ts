import { Observable, OperatorFunction } from 'rxjs';

/** Longest a batch waits when animation frames do not fire (a hidden tab). */
const HIDDEN_TAB_FLUSH_MS = 250;

/**
 * Collects values and emits them as one array per animation frame, so a burst of socket events
 * costs one signal write and one render. Hidden tabs get no animation frames, so a timer flushes
 * too: alerts and counts keep up while the executive works in another tab.
 */
export function bufferPerFrame<T>(): OperatorFunction<T, T[]> {
  return (source) =>
    new Observable<T[]>((subscriber) => {
      let batch: T[] = [];
      let frame: number | null = null;
      let timer: ReturnType<typeof setTimeout> | null = null;

      const flush = () => {
        if (frame !== null) {
          cancelAnimationFrame(frame);
          frame = null;
        }
        if (timer !== null) {
          clearTimeout(timer);
          timer = null;
        }
        if (batch.length > 0) {
          const out = batch;
          batch = [];
          subscriber.next(out);
        }
      };

      const subscription = source.subscribe({
        next: (value) => {
          batch.push(value);
          if (frame === null) {
            frame = requestAnimationFrame(flush);
            timer = setTimeout(flush, HIDDEN_TAB_FLUSH_MS);
          }
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
        if (frame !== null) {
          cancelAnimationFrame(frame);
        }
        if (timer !== null) {
          clearTimeout(timer);
        }
      };
    });
}
