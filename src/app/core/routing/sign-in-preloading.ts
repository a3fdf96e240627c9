import { DOCUMENT, Injectable, inject } from '@angular/core';
import { PreloadingStrategy, Route } from '@angular/router';
import { EMPTY, Observable, ReplaySubject, switchMap, take } from 'rxjs';

/** Route `data` key marking a lazy route whose code is fetched once sign-in starts. */
export const PRELOAD_ON_SIGN_IN = 'preloadOnSignIn';

/**
 * The `<meta>` of a production build's `index.html` naming every chunk the chats page needs
 * (`scripts/route-preload.ts`), fetched together rather than one level of imports at a time.
 */
export const SIGN_IN_CHUNKS_META = 'preload-on-sign-in';

/**
 * Fetches the signed-in console's code (the shell, the chats page) once the sign-in form is
 * painted and the browser idle, or when someone starts signing in if sooner, so that signing in
 * waits for the server and not for code. Not before: the sign-in form itself comes first and
 * stays as light as it is. Only routes with `data: { preloadOnSignIn: true }` are
 * fetched; every other lazy route loads when it is visited. Where the build names the chunks
 * those routes need ({@link SIGN_IN_CHUNKS_META}), they are all requested at once as well, so a
 * slow line pays one round trip for them rather than one per level of imports.
 */
@Injectable({ providedIn: 'root' })
export class SignInPreloading implements PreloadingStrategy {
  private readonly started = new ReplaySubject<void>(1);
  private isStarted = false;
  private readonly document = inject(DOCUMENT);

  /** Lets the marked routes load; called once the sign-in page settles or is first used. */
  start(): void {
    if (this.isStarted) {
      return;
    }
    this.isStarted = true;
    this.preloadChunks();
    this.started.next();
  }

  /** Loads a marked route once {@link start} has been called; leaves the others alone. */
  preload(route: Route, load: () => Observable<unknown>): Observable<unknown> {
    if (route.data?.[PRELOAD_ON_SIGN_IN] !== true) {
      return EMPTY;
    }
    return this.started.pipe(
      take(1),
      switchMap(() => load()),
    );
  }

  private preloadChunks(): void {
    const meta = this.document.querySelector<HTMLMetaElement>(
      `meta[name="${SIGN_IN_CHUNKS_META}"]`,
    );
    for (const href of meta?.content.split(' ').filter(Boolean) ?? []) {
      const link = this.document.createElement('link');
      link.rel = 'modulepreload';
      link.href = href;
      this.document.head.append(link);
    }
  }
}
