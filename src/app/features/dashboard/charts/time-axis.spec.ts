import { timeAxis } from './time-axis';

const local = (h: number, m: number) => new Date(2026, 10, 25, h, m).getTime();

describe('timeAxis', () => {
  it('shows at least the last hour, on quarter hours of the local clock', () => {
    const axis = timeAxis(local(14, 5), local(14, 5));
    expect(axis.min).toBe(local(13, 0));
    expect(axis.max).toBe(local(14, 15));
    expect(axis.ticks.length).toBe(6);
    expect(axis.ticks.every((t) => new Date(t).getMinutes() % 15 === 0)).toBeTrue();
  });

  it('widens the step over a long day', () => {
    const axis = timeAxis(local(6, 10), local(18, 40));
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
    expect(axis.min).toBeLessThanOrEqual(local(6, 10));
    expect(axis.max).toBeGreaterThan(local(18, 40));
    expect(new Date(axis.ticks[1]).getMinutes()).toBe(0);
  });
});
