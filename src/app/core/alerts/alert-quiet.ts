import { Injectable, signal } from '@angular/core';

/**
 * Whether alert toasts are held back, for a screen everybody watches (the supervisor's
 * wallboard): alerts still go to the list under the bell, but nothing pops up over the board.
 */
@Injectable({ providedIn: 'root' })
export class AlertQuiet {
  private readonly quiet = signal(false);

  /** Whether toasts are held back now. */
  readonly active = this.quiet.asReadonly();

  /** Holds toasts back (true) or lets them show again (false). */
  set(quiet: boolean): void {
    this.quiet.set(quiet);
  }
}
