import { InjectionToken } from '@angular/core';
import { Observable, filter, fromEvent, map, merge, timer } from 'rxjs';

/**
 * Why the browser hints that a dead connection may be back: the network came back (`online`), or
 * the machine woke from sleep (`wake`, seen as a timer that fired far later than asked).
 */
export type NetworkWakeup = 'online' | 'wake';

/** What the browser says of its network, for the gateway's reconnection. */
export interface NetworkSignals {
  /** Whether the browser believes it has a network at all (`navigator.onLine`). */
  isOnline(): boolean;
  /** Moments worth a reconnection attempt now rather than after the backoff. */
  readonly wakeups: Observable<NetworkWakeup>;
}

/** How often the sleep detector looks at the clock. */
const WAKE_CHECK_MS = 5_000;
/** A check this much later than asked means the machine was asleep (or the tab frozen). */
const WAKE_SLACK_MS = 15_000;

/** Fires when consecutive ticks of a `periodMs` timer are more than `slackMs` late. */
export function wakeFromSleep(
  periodMs = WAKE_CHECK_MS,
  slackMs = WAKE_SLACK_MS,
  now: () => number = Date.now,
): Observable<'wake'> {
  return new Observable<'wake'>((subscriber) => {
    let last = now();
    return timer(periodMs, periodMs).subscribe(() => {
      const current = now();
      const late = current - last - periodMs;
      last = current;
      if (late > slackMs) {
        subscriber.next('wake');
      }
    });
  });
}

/** The browser's network signals; specs provide a fake. */
export const NETWORK_SIGNALS = new InjectionToken<NetworkSignals>('NetworkSignals', {
  providedIn: 'root',
  factory: () => ({
    isOnline: () => typeof navigator === 'undefined' || navigator.onLine !== false,
    wakeups: merge(
      fromEvent(window, 'online').pipe(map((): NetworkWakeup => 'online')),
      fromEvent(document, 'visibilitychange').pipe(
        filter(() => document.visibilityState === 'visible'),
        map((): NetworkWakeup => 'online'),
      ),
      wakeFromSleep(),
    ),
  }),
});
