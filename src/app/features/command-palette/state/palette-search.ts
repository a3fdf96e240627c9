import { Injectable, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import {
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';

import { Chats } from '../../../../contract';
import { ChatGateway } from '../../../core/realtime/chat-gateway';

/** Pause after the last keystroke before the search goes to the gateway. */
export const PALETTE_SEARCH_DELAY_MS = 250;

/** Chats shown for a search. */
const RESULT_LIMIT = 8;

/** Where the palette's chat search stands: nothing asked yet, on its way, failed, or its chats. */
export type PaletteSearchState =
  | { readonly status: 'idle' | 'searching' | 'error' }
  | { readonly status: 'ready'; readonly chats: readonly Chats[] };

/**
 * The palette's chat search: what is typed in the palette, and the chats the gateway finds for it
 * once typing pauses (two characters at least; a newer query drops the answer to an older one).
 * Provided by the palette, so each opening starts empty.
 */
@Injectable()
export class PaletteSearch {
  private readonly gateway = inject(ChatGateway);
  private readonly text = signal('');

  /** What is typed in the palette's box. */
  readonly query = this.text.asReadonly();

  /** The search for the query, once typing pauses. */
  readonly result = toSignal(
    toObservable(this.text).pipe(
      debounceTime(PALETTE_SEARCH_DELAY_MS),
      map((query) => query.trim()),
      distinctUntilChanged(),
      switchMap((query) =>
        query.length < 2
          ? of<PaletteSearchState>({ status: 'idle' })
          : this.gateway.searchChat({ query, limit: RESULT_LIMIT }).pipe(
              map((found): PaletteSearchState => ({ status: 'ready', chats: found.chats })),
              startWith<PaletteSearchState>({ status: 'searching' }),
              catchError(() => of<PaletteSearchState>({ status: 'error' })),
            ),
      ),
    ),
    { initialValue: { status: 'idle' } as PaletteSearchState },
  );

  /** Takes what is typed in the palette's box. */
  setQuery(query: string): void {
    this.text.set(query);
  }
}
