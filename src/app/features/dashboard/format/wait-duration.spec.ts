import { waitDuration, waitSeconds } from './wait-duration';

describe('wait durations', () => {
  const now = Date.parse('2026-11-25T10:00:00.000Z');

  it('counts whole seconds, never below zero', () => {
    expect(waitSeconds('2026-11-25T09:58:30.500Z', now)).toBe(89);
    expect(waitSeconds('2026-11-25T10:00:05.000Z', now)).toBe(0);
    expect(waitSeconds(null, now)).toBeNull();
    expect(waitSeconds('not a time', now)).toBeNull();
  });

  it('reads short on the board', () => {
    expect(waitDuration(null)).toBe('');
    expect(waitDuration(45)).toBe('45 s');
    expect(waitDuration(4 * 60 + 59)).toBe('4 min');
    expect(waitDuration(65 * 60)).toBe('1 h 05 min');
  });
});
