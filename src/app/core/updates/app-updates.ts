import { DOCUMENT, Injectable, OnDestroy, Signal, inject, signal } from '@angular/core';

import { buildOfIndex, buildOfWorker, isWorkerUrl, runningBuild, workerUrl } from './build-version';

/** How often an open console asks the server whether a new build is out. */
const CHECK_EVERY_MS = 15 * 60_000;
/** The least time between two checks when the tab comes back into view. */
const CHECK_AT_MOST_EVERY_MS = 60_000;

/** The slice of the Trusted Types API the registration needs (the DOM typings lack it). */
interface ScriptUrlPolicyFactory {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

/**
 * The service worker that keeps the app shell and its code in this browser (`public/sw.js`), and
 * the console's side of its updates: a new build is fetched and cached in the background, and
 * {@link ready} says when it waits for a reload.
 */
@Injectable({ providedIn: 'root' })
export class AppUpdates implements OnDestroy {
  private readonly document = inject(DOCUMENT);
  private readonly waiting = signal(false);
  private readonly build = runningBuild(this.document);
  private registration: ServiceWorkerRegistration | null = null;
  private timer: ReturnType<typeof setInterval> | undefined;
  private lastCheck = 0;
  private scriptUrlPolicy: { createScriptURL(url: string): unknown } | undefined;
  private readonly onVisible = () => {
    if (this.document.visibilityState === 'visible') {
      void this.check();
    }
  };

  /** Whether a newer build than the one running is installed and waits for a reload. */
  readonly ready: Signal<boolean> = this.waiting.asReadonly();

  /** Registers the worker of this build and starts watching for newer builds. */
  async start(): Promise<void> {
    const workers = this.document.defaultView?.navigator.serviceWorker;
    // A development server's build has no hashed main script: no worker there.
    if (!workers || !this.build || this.registration) {
      return;
    }
    try {
      this.registration = await this.register(workers, this.build);
    } catch {
      // No worker (a private window, a policy): the console works as before, from the network.
      return;
    }
    this.watch(this.registration);
    // What this page loaded before the worker controlled it joins the cache.
    const entries = performance.getEntriesByType('resource').map((entry) => entry.name);
    (await workers.ready).active?.postMessage({ type: 'cache-files', urls: entries });
    this.timer = setInterval(() => void this.check(), CHECK_EVERY_MS);
    this.document.addEventListener('visibilitychange', this.onVisible);
  }

  /** Asks the server for its current build and installs that build's worker when it is newer. */
  async check(): Promise<void> {
    const workers = this.document.defaultView?.navigator.serviceWorker;
    if (!workers || !this.registration || Date.now() - this.lastCheck < CHECK_AT_MOST_EVERY_MS) {
      return;
    }
    this.lastCheck = Date.now();
    try {
      const response = await fetch('index.html', { cache: 'no-store' });
      const latest = response.ok ? buildOfIndex(await response.text()) : null;
      const newest = this.registration.installing ?? this.registration.waiting;
      const known = buildOfWorker((newest ?? this.registration.active)?.scriptURL ?? '');
      if (latest && latest !== this.build && latest !== known) {
        await this.register(workers, latest);
      }
    } catch {
      // Offline or the server is restarting: the next check tries again.
    }
  }

  /** Hands the page to the waiting worker of the new build and reloads into that build. */
  reload(): void {
    const waiting = this.registration?.waiting;
    const view = this.document.defaultView;
    if (!waiting || !view) {
      view?.location.reload();
      return;
    }
    view.navigator.serviceWorker.addEventListener(
      'controllerchange',
      () => view.location.reload(),
      {
        once: true,
      },
    );
    waiting.postMessage('skip-waiting');
  }

  ngOnDestroy(): void {
    clearInterval(this.timer);
    this.document.removeEventListener('visibilitychange', this.onVisible);
  }

  private register(
    workers: ServiceWorkerContainer,
    build: string,
  ): Promise<ServiceWorkerRegistration> {
    const url = workerUrl(build);
    const scriptUrl = (this.policy()?.createScriptURL(url) ?? url) as string;
    return workers.register(scriptUrl, { updateViaCache: 'none' });
  }

  /** Registering a worker is a Trusted Types sink: this policy passes only the console's worker. */
  private policy(): { createScriptURL(url: string): unknown } | undefined {
    const factory = (this.document.defaultView as { trustedTypes?: ScriptUrlPolicyFactory } | null)
      ?.trustedTypes;
    this.scriptUrlPolicy ??= factory?.createPolicy('service-worker', {
      createScriptURL: (value) => {
        if (!isWorkerUrl(value)) {
          throw new Error(`Not the console's service worker: ${value}`);
        }
        return value;
      },
    });
    return this.scriptUrlPolicy;
  }

  /** Follows workers of other builds as they install, and decides what a waiting one means. */
  private watch(registration: ServiceWorkerRegistration): void {
    const settle = () => {
      const waiting = registration.waiting;
      if (!waiting) {
        return;
      }
      if (buildOfWorker(waiting.scriptURL) === this.build) {
        // This page already runs that build (the page was reloaded): let it take over quietly.
        waiting.postMessage('skip-waiting');
      } else {
        this.waiting.set(true);
      }
    };
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') {
          settle();
        }
      });
    });
    settle();
  }
}
