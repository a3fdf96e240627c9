import { Injectable } from '@angular/core';
import { PreloadingStrategy, Route } from '@angular/router';
import { EMPTY, Observable, ReplaySubject, switchMap, take } from 'rxjs';

/** Route `data` key marking a lazy route whose code is fetched once sign-in starts. */
export const PRELOAD_ON_SIGN_IN = 'preloadOnSignIn';

/**
 * Fetches the signed-in console's code (the shell, the chats page) as soon as someone starts
 * signing in, so that signing in waits for the server and not for code. Not before: the sign-in
 * page alone stays as light as it is. Only routes with `data: { preloadOnSignIn: true }` are
 * fetched; every other lazy route loads when it is visited.
 */
@Injectable({ providedIn: 'root' })
export class SignInPreloading implements PreloadingStrategy {
  private readonly started = new ReplaySubject<void>(1);
  private isStarted = false;

  /** Lets the marked routes load; called when the sign-in page is first used. */
  start(): void {
    if (this.isStarted) {
      return;
    }
    this.isStarted = true;
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
}
