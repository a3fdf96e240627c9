import { DOCUMENT, Injectable, OnDestroy, Signal, inject, signal } from '@angular/core';

/** The toasts' styles, a bundle of the build (angular.json) loaded once needed. */
export const TOASTS_STYLESHEET = 'toasts.css';

/** When no page says it is usable (a page that does not mark it), the deferred work starts anyway. */
const AT_THE_LATEST_MS = 8_000;

/**
 * Whether the page the executive came to is usable: its sign-in form, or its chat list with the
 * first chats, painted. What the page does not need to be used (the conversation's code, the
 * script fonts' and the toasts' styles, the service worker) waits for that and for an idle
 * browser, so on a slow line it does not hold the page back.
 */
@Injectable({ providedIn: 'root' })
export class PageUsable implements OnDestroy {
  private readonly document = inject(DOCUMENT);
  private readonly idle = signal(false);
  private marked = false;
  private waiting: (() => void)[] = [];
  private readonly fallback = setTimeout(() => this.mark(), AT_THE_LATEST_MS);

  /** Whether the page has been usable and the browser idle since: deferred work may start. */
  readonly settled: Signal<boolean> = this.idle.asReadonly();

  /** Says the page is usable (its main content painted); only the first call counts. */
  mark(): void {
    if (this.marked) {
      return;
    }
    this.marked = true;
    clearTimeout(this.fallback);
    this.whenIdle(() => {
      this.idle.set(true);
      this.waiting.splice(0).forEach((work) => work());
    });
  }

  /**
   * Runs `work` once the browser is next idle (two seconds at the latest). For what a page
   * fetches after its own content, when the page came after another (the chats after sign-in)
   * and the console has long {@link settled}.
   */
  whenIdle(work: () => void): void {
    const view = this.document.defaultView;
    if (view && 'requestIdleCallback' in view) {
      view.requestIdleCallback(() => work(), { timeout: 2_000 });
    } else {
      setTimeout(work, 200);
    }
  }

  /** Runs `work` once the page is {@link settled} (at once when it is). */
  whenSettled(work: () => void): void {
    if (this.idle()) {
      work();
    } else {
      this.waiting.push(work);
    }
  }

  /** Adds the stylesheet `href` (a bundle of the build) to the page once it is settled. */
  addStylesheet(href: string): void {
    this.whenSettled(() => this.loadStylesheet(href));
  }

  /**
   * Adds the stylesheet `href` to the page now, when something that needs it is about to show
   * before the page settled (a toast in the first seconds after sign-in); once at most.
   */
  loadStylesheet(href: string): void {
    if (this.document.head.querySelector(`link[rel="stylesheet"][href="${href}"]`)) {
      return;
    }
    const link = this.document.createElement('link');
    link.rel = 'stylesheet';
    link.href = href;
    this.document.head.append(link);
  }

  ngOnDestroy(): void {
    clearTimeout(this.fallback);
  }
}
