import { ApplicationRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Subject } from 'rxjs';
import { FrameBatches } from './frame-batch';
import { nextFrame } from '../../testing/next-frame';

describe('bufferPerFrame', () => {
  let frames: FrameBatches;
  const bufferPerFrame = <T>() => frames.buffer<T>();

  beforeEach(() => (frames = TestBed.inject(FrameBatches)));

  it('renders once per frame, right after handing over every batch', async () => {
    const tick = spyOn(TestBed.inject(ApplicationRef), 'tick');
    const a = new Subject<number>();
    const b = new Subject<string>();
    const seen: string[] = [];
    a.pipe(bufferPerFrame()).subscribe((batch) => seen.push(`a${batch.length}`));
    b.pipe(bufferPerFrame()).subscribe((batch) => seen.push(`b${batch.length}`));
    tick.and.callFake(() => seen.push('render'));
    a.next(1);
    b.next('x');
    a.next(2);
    await nextFrame();
    expect(seen).toEqual(['a2', 'b1', 'render']);
    await nextFrame();
    expect(tick).toHaveBeenCalledTimes(1);
  });

  it('flushes on a timer when no frame comes (a hidden tab)', () => {
    jasmine.clock().install();
    try {
      const source = new Subject<number>();
      const batches: number[][] = [];
      source.pipe(bufferPerFrame()).subscribe((b) => batches.push(b));
      source.next(1);
      jasmine.clock().tick(249);
      expect(batches).toEqual([]);
      jasmine.clock().tick(1);
      expect(batches).toEqual([[1]]);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('delivers a burst as one batch in the next frame', async () => {
    const source = new Subject<number>();
    const batches: number[][] = [];
    const sub = source.pipe(bufferPerFrame()).subscribe((b) => batches.push(b));
    source.next(1);
    source.next(2);
    source.next(3);
    expect(batches).toEqual([]);
    await nextFrame();
    expect(batches).toEqual([[1, 2, 3]]);
    source.next(4);
    await nextFrame();
    expect(batches).toEqual([[1, 2, 3], [4]]);
    sub.unsubscribe();
  });

  it('flushes what is pending when the source completes', () => {
    const source = new Subject<string>();
    const batches: string[][] = [];
    let completed = false;
    source.pipe(bufferPerFrame()).subscribe({
      next: (b) => batches.push(b),
      complete: () => (completed = true),
    });
    source.next('a');
    source.complete();
    expect(batches).toEqual([['a']]);
    expect(completed).toBeTrue();
  });

  it('drops nothing and emits nothing after unsubscribe', async () => {
    const source = new Subject<number>();
    const batches: number[][] = [];
    const sub = source.pipe(bufferPerFrame()).subscribe((b) => batches.push(b));
    source.next(1);
    sub.unsubscribe();
    await nextFrame();
    expect(batches).toEqual([]);
  });
});
