import { Signal, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NavigationEnd, Router, UrlTree } from '@angular/router';
import { filter, map, startWith } from 'rxjs';

/** The chat a `/chats/:chatId` URL opens, or null for any other URL. */
export function openChatIdOf(tree: UrlTree): string | null {
  const segments = tree.root.children['primary']?.segments ?? [];
  return segments.length >= 2 && segments[0].path === 'chats' ? segments[1].path : null;
}

/**
 * The chat open in the conversation pane, read from the URL, for components outside the route's
 * outlet (the chat list sits beside it). Call in an injection context.
 */
export function injectOpenChatId(): Signal<string | null> {
  const router = inject(Router);
  return toSignal(
    router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      startWith(null),
      map(() => openChatIdOf(router.parseUrl(router.url))),
    ),
    { initialValue: null },
  );
}
