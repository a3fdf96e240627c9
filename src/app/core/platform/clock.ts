import { Injectable, OnDestroy, Signal, signal } from '@angular/core';

/** How often countdowns (SLA, WhatsApp window) refresh. */
const TICK_MS = 1000;

/** A shared ticking clock, so every countdown on screen updates together and once a second. */
@Injectable({ providedIn: 'root' })
export class Clock implements OnDestroy {
  private readonly current = signal(Date.now());
  private readonly timer = setInterval(() => this.current.set(Date.now()), TICK_MS);

  /** Epoch milliseconds, refreshed every second. */
  readonly now: Signal<number> = this.current.asReadonly();

  ngOnDestroy(): void {
    clearInterval(this.timer);
  }
}
