import { wakeFromSleep } from './network-signals';

describe('wakeFromSleep', () => {
  beforeEach(() => jasmine.clock().install());
  afterEach(() => jasmine.clock().uninstall());

  it('fires when a tick comes far later than asked, as after sleep, and not on time', () => {
    let now = 0;
    const wakes: string[] = [];
    const subscription = wakeFromSleep(5_000, 15_000, () => now).subscribe((w) => wakes.push(w));

    now += 5_000;
    jasmine.clock().tick(5_000);
    now += 5_100;
    jasmine.clock().tick(5_000);
    expect(wakes).toEqual([]);

    // The machine slept for a minute: the next tick runs a minute late.
    now += 65_000;
    jasmine.clock().tick(5_000);
    expect(wakes).toEqual(['wake']);

    now += 5_000;
    jasmine.clock().tick(5_000);
    expect(wakes).toEqual(['wake']);
    subscription.unsubscribe();
  });
});
