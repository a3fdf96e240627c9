import { ListRange } from '@angular/cdk/collections';
import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';
import { Signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { distinctUntilChanged, map, of, startWith, switchMap } from 'rxjs';

type ViewportRef = Signal<CdkVirtualScrollViewport | undefined>;

/**
 * Whether the viewport is scrolled more than `slackPx` away from its top; false while there is no
 * viewport. Call in an injection context.
 */
export function scrolledAwayFromTop(viewport: ViewportRef, slackPx: number): Signal<boolean> {
  return toSignal(
    toObservable(viewport).pipe(
      switchMap((v) => {
        if (!v) {
          return of(false);
        }
        const away = () => v.measureScrollOffset('top') > slackPx;
        return v.elementScrolled().pipe(map(away), startWith(away()));
      }),
      distinctUntilChanged(),
    ),
    { initialValue: false },
  );
}

/** The rows the viewport renders now (empty without one). Call in an injection context. */
export function renderedRange(viewport: ViewportRef): Signal<ListRange> {
  return toSignal(
    toObservable(viewport).pipe(
      switchMap((v) => (v ? v.renderedRangeStream : of({ start: 0, end: 0 }))),
      distinctUntilChanged((a, b) => a.start === b.start && a.end === b.end),
    ),
    { initialValue: { start: 0, end: 0 } },
  );
}

/** Scrolls the least distance that shows row `index` whole (rows are `rowHeight` pixels tall). */
export function scrollRowIntoView(
  viewport: CdkVirtualScrollViewport,
  index: number,
  rowHeight: number,
): void {
  const top = index * rowHeight;
  const offset = viewport.measureScrollOffset('top');
  const height = viewport.getViewportSize();
  if (top < offset) {
    viewport.scrollToOffset(top);
  } else if (top + rowHeight > offset + height) {
    viewport.scrollToOffset(top + rowHeight - height);
  }
}
