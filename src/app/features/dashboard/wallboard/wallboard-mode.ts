import { DOCUMENT, DestroyRef, Injectable, inject, signal } from '@angular/core';

import { AlertQuiet } from '../../../core/alerts/alert-quiet';

/**
 * The dashboard's wallboard: the page alone, in large type, meant to stay open on a screen for a
 * shift. It asks the browser for full screen; when the browser refuses (or has no Fullscreen API)
 * the page still fills the window, and the "Leave wallboard" button or Escape ends it. No alert
 * toast pops up over it: alerts wait in the list under the bell.
 */
@Injectable()
export class WallboardMode {
  private readonly document = inject(DOCUMENT);
  private readonly quiet = inject(AlertQuiet);
  private readonly on = signal(false);
  private readonly inFullscreen = signal(false);
  private readonly refusedState = signal(false);

  /** Whether the wallboard is shown. */
  readonly active = this.on.asReadonly();
  /** Whether the browser is in full screen for it. */
  readonly fullscreen = this.inFullscreen.asReadonly();
  /** Whether the browser refused full screen, so the wallboard only fills the window. */
  readonly refused = this.refusedState.asReadonly();

  constructor() {
    const onChange = () => this.syncWithBrowser();
    this.document.addEventListener('fullscreenchange', onChange);
    inject(DestroyRef).onDestroy(() => {
      this.document.removeEventListener('fullscreenchange', onChange);
      // Leaving the page (a chat opened from the feed) leaves full screen with it.
      this.setQuiet(false);
      void this.leaveFullscreen();
    });
  }

  /** Shows the wallboard, in full screen when the browser allows it. */
  async enter(): Promise<void> {
    this.on.set(true);
    this.setQuiet(true);
    const root = this.document.documentElement;
    if (typeof root.requestFullscreen !== 'function') {
      this.refusedState.set(true);
      return;
    }
    try {
      if (!this.document.fullscreenElement) {
        await root.requestFullscreen({ navigationUI: 'hide' });
      }
      this.inFullscreen.set(true);
      this.refusedState.set(false);
    } catch {
      this.refusedState.set(true);
    }
  }

  /** Goes back to the ordinary dashboard, and out of full screen. */
  async exit(): Promise<void> {
    this.on.set(false);
    this.setQuiet(false);
    this.refusedState.set(false);
    await this.leaveFullscreen();
  }

  /** Shows or hides the wallboard. */
  toggle(): Promise<void> {
    return this.active() ? this.exit() : this.enter();
  }

  private syncWithBrowser(): void {
    // The browser's own key (Escape, F11) ended full screen: end the wallboard with it.
    if (!this.document.fullscreenElement && this.inFullscreen()) {
      this.inFullscreen.set(false);
      this.on.set(false);
      this.setQuiet(false);
    }
  }

  /**
   * Holds alert toasts back, and hides any other toast over the board (a body class the global
   * styles read), while the wallboard is shown.
   */
  private setQuiet(quiet: boolean): void {
    this.quiet.set(quiet);
    this.document.body.classList.toggle('wallboard-quiet', quiet);
  }

  private async leaveFullscreen(): Promise<void> {
    this.inFullscreen.set(false);
    if (this.document.fullscreenElement && typeof this.document.exitFullscreen === 'function') {
      try {
        await this.document.exitFullscreen();
      } catch {
        // Already out of full screen.
      }
    }
  }
}
