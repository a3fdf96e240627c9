import { ListRange } from '@angular/cdk/collections';
import { CdkVirtualScrollViewport } from '@angular/cdk/scrolling';

import { FixedRowsStrategy } from './fixed-rows';

/** The parts of a viewport the strategy uses, with the scroll offset under the test's control. */
class FakeViewport {
  length = 0;
  size = 700;
  scrollTop = 0;
  range: ListRange = { start: 0, end: 0 };
  contentOffset = 0;
  totalSize = 0;
  readonly measureScrollOffset = jasmine
    .createSpy('measureScrollOffset')
    .and.callFake(() => this.scrollTop);
  readonly scrollToOffset = jasmine.createSpy('scrollToOffset');
  getDataLength = () => this.length;
  getViewportSize = () => this.size;
  setTotalContentSize = (size: number) => (this.totalSize = size);
  setRenderedRange = (range: ListRange) => (this.range = range);
  setRenderedContentOffset = (offset: number) => (this.contentOffset = offset);
}

describe('FixedRowsStrategy', () => {
  let viewport: FakeViewport;
  let strategy: FixedRowsStrategy;

  beforeEach(() => {
    viewport = new FakeViewport();
    viewport.length = 1000;
    strategy = new FixedRowsStrategy(70, 1);
    strategy.attach(viewport as unknown as CdkVirtualScrollViewport);
  });

  it('renders the rows in view and one beyond each edge', () => {
    expect(viewport.totalSize).toBe(70_000);
    expect(viewport.range).toEqual({ start: 0, end: 11 });
    viewport.scrollTop = 7_035;
    strategy.onContentScrolled();
    // Rows 100 (half hidden) to 110 are in view.
    expect(viewport.range).toEqual({ start: 99, end: 112 });
    expect(viewport.contentOffset).toBe(99 * 70);
  });

  it('does not measure the scroll offset when only the number of rows changes', () => {
    viewport.scrollTop = 1_400;
    strategy.onContentScrolled();
    viewport.measureScrollOffset.calls.reset();
    viewport.length = 1_001;
    strategy.onDataLengthChanged();
    expect(viewport.measureScrollOffset).not.toHaveBeenCalled();
    expect(viewport.totalSize).toBe(70_070);
    expect(viewport.range).toEqual({ start: 19, end: 31 });
  });

  it('keeps the range inside a list that shrank under the remembered offset', () => {
    viewport.scrollTop = 60_000;
    strategy.onContentScrolled();
    viewport.length = 20;
    strategy.onDataLengthChanged();
    expect(viewport.range).toEqual({ start: 9, end: 20 });
    viewport.length = 3;
    strategy.onDataLengthChanged();
    expect(viewport.range).toEqual({ start: 0, end: 3 });
  });

  it('scrolls to a row by its index and reports the first row in view', () => {
    const seen: number[] = [];
    strategy.scrolledIndexChange.subscribe((index) => seen.push(index));
    strategy.scrollToIndex(42, 'auto');
    expect(viewport.scrollToOffset).toHaveBeenCalledWith(2_940, 'auto');
    viewport.scrollTop = 2_940;
    strategy.onContentScrolled();
    expect(seen).toEqual([42]);
  });
});
