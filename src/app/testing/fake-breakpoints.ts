import { BreakpointObserver, BreakpointState } from '@angular/cdk/layout';
import { BehaviorSubject } from 'rxjs';

import { NARROW_QUERY, ONE_PANE_QUERY, SHORT_WINDOW_QUERY } from '../core/layout/console-layout';

/** A pretend browser window for specs: the breakpoint observer reports what its size matches. */
export class FakeBreakpoints {
  private readonly state = new BehaviorSubject<BreakpointState>(FakeBreakpoints.at(1440));

  /** The breakpoints matched by a window this wide (and this tall). */
  static at(width: number, height = 900): BreakpointState {
    const breakpoints = {
      [ONE_PANE_QUERY]: width < 900,
      [NARROW_QUERY]: width < 1280,
      [SHORT_WINDOW_QUERY]: height <= 820,
    };
    return { matches: Object.values(breakpoints).some(Boolean), breakpoints };
  }

  /** Resizes the pretend window. */
  resize(width: number, height = 900): void {
    this.state.next(FakeBreakpoints.at(width, height));
  }

  readonly observer = { observe: () => this.state.asObservable() } as unknown as BreakpointObserver;
}
