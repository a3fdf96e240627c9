import {
  CdkVirtualScrollViewport,
  VIRTUAL_SCROLL_STRATEGY,
  VirtualScrollStrategy,
} from '@angular/cdk/scrolling';
import { Directive, effect, forwardRef, input } from '@angular/core';
import { Subject, distinctUntilChanged } from 'rxjs';

/**
 * Virtual scrolling for rows of one fixed height, with `bufferRows` rendered beyond each edge.
 *
 * The scroll offset is read only when the viewport scrolls. A change in the number of rows (live
 * chats joining the list, many times a second under load) reuses it, so it never makes the
 * browser lay out a half-updated page in the middle of rendering.
 */
export class FixedRowsStrategy implements VirtualScrollStrategy {
  private viewport: CdkVirtualScrollViewport | null = null;
  private offset = 0;
  private readonly index = new Subject<number>();

  /** The index of the first row in view, as it changes. */
  readonly scrolledIndexChange = this.index.pipe(distinctUntilChanged());

  constructor(
    private rowHeight: number,
    private bufferRows: number,
  ) {}

  attach(viewport: CdkVirtualScrollViewport): void {
    this.viewport = viewport;
    this.offset = viewport.measureScrollOffset('top');
    this.update();
  }

  detach(): void {
    this.index.complete();
    this.viewport = null;
  }

  /** Takes new sizes (the inputs changed) and renders again. */
  resize(rowHeight: number, bufferRows: number): void {
    this.rowHeight = rowHeight;
    this.bufferRows = bufferRows;
    this.update();
  }

  onContentScrolled(): void {
    if (this.viewport) {
      this.offset = this.viewport.measureScrollOffset('top');
    }
    this.update();
  }

  onDataLengthChanged(): void {
    this.update();
  }

  onContentRendered(): void {
    // Every row has the same height: nothing to measure.
  }

  onRenderedOffsetChanged(): void {
    // The offset is set here, from the rendered range.
  }

  scrollToIndex(index: number, behavior: ScrollBehavior): void {
    this.viewport?.scrollToOffset(index * this.rowHeight, behavior);
  }

  private update(): void {
    const viewport = this.viewport;
    if (!viewport || this.rowHeight <= 0) {
      return;
    }
    const length = viewport.getDataLength();
    const height = viewport.getViewportSize();
    viewport.setTotalContentSize(length * this.rowHeight);
    // Fewer rows than before may leave the remembered offset past the end: the browser clamps
    // the scroll position (and reports it with a scroll event), so clamp the same way here.
    const offset = Math.max(0, Math.min(this.offset, length * this.rowHeight - height));
    const first = Math.floor(offset / this.rowHeight);
    const start = Math.max(0, first - this.bufferRows);
    const end = Math.min(length, Math.ceil((offset + height) / this.rowHeight) + this.bufferRows);
    viewport.setRenderedRange({ start, end });
    viewport.setRenderedContentOffset(start * this.rowHeight);
    this.index.next(first);
  }
}

/** Puts a {@link FixedRowsStrategy} on a `cdk-virtual-scroll-viewport`. */
@Directive({
  selector: 'cdk-virtual-scroll-viewport[appFixedRows]',
  providers: [
    {
      provide: VIRTUAL_SCROLL_STRATEGY,
      useFactory: (rows: FixedRows) => rows.strategy,
      deps: [forwardRef(() => FixedRows)],
    },
  ],
})
export class FixedRows {
  /** The height of every row, in pixels. */
  readonly rowHeight = input.required<number>({ alias: 'appFixedRows' });
  /** Rows rendered beyond each edge of the viewport. */
  readonly bufferRows = input(1);

  readonly strategy = new FixedRowsStrategy(0, 1);

  constructor() {
    effect(() => this.strategy.resize(this.rowHeight(), this.bufferRows()));
  }
}
