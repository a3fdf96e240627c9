import { Subject } from 'rxjs';
import { bufferPerFrame } from './frame-batch';

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
}

describe('bufferPerFrame', () => {
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
