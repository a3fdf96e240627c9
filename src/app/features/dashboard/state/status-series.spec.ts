import {
  SERIES_MAX_POINTS,
  SERIES_SLOT_MS,
  StatusPoint,
  hourlyPoints,
  isStatusSeries,
  recentPoints,
  recordSnapshot,
  withServerDay,
} from './status-series';

const T0 = Date.parse('2026-11-25T10:00:00.000Z');

function snapshot(at: number, active: number, pending = 1, resolved = 2) {
  return { active, pending, resolved, generated_at: new Date(at).toISOString() };
}

describe('recordSnapshot', () => {
  it('starts the series with the slot of the first snapshot', () => {
    const series = recordSnapshot([], snapshot(T0 + 90_000, 5));
    expect(series).toEqual([{ at: T0, active: 5, pending: 1, resolved: 2 }]);
  });

  it('keeps the latest figures of a slot', () => {
    let series = recordSnapshot([], snapshot(T0 + 1_000, 5));
    series = recordSnapshot(series, snapshot(T0 + 200_000, 7));
    expect(series.length).toBe(1);
    expect(series[0].active).toBe(7);
  });

  it('adds a point for each new five-minute slot', () => {
    let series = recordSnapshot([], snapshot(T0, 5));
    series = recordSnapshot(series, snapshot(T0 + SERIES_SLOT_MS, 6));
    series = recordSnapshot(series, snapshot(T0 + 3 * SERIES_SLOT_MS + 10, 8));
    expect(series.map((p) => p.at)).toEqual([T0, T0 + SERIES_SLOT_MS, T0 + 3 * SERIES_SLOT_MS]);
    expect(series.map((p) => p.active)).toEqual([5, 6, 8]);
  });

  it('ignores a snapshot older than the last slot', () => {
    const series = recordSnapshot([], snapshot(T0 + SERIES_SLOT_MS, 5));
    expect(recordSnapshot(series, snapshot(T0, 9))).toBe(series);
  });

  it('returns the same series when the slot already holds the figures', () => {
    const series = recordSnapshot([], snapshot(T0, 5));
    expect(recordSnapshot(series, snapshot(T0 + 60_000, 5))).toBe(series);
  });

  it('ignores a snapshot with an unreadable time', () => {
    const series = recordSnapshot([], snapshot(T0, 5));
    expect(recordSnapshot(series, { ...snapshot(T0, 9), generated_at: 'soon' })).toBe(series);
  });

  it('never grows past a day of slots', () => {
    let series: readonly StatusPoint[] = [];
    for (let i = 0; i < SERIES_MAX_POINTS + 40; i++) {
      series = recordSnapshot(series, snapshot(T0 + i * SERIES_SLOT_MS, i));
    }
    expect(series.length).toBe(SERIES_MAX_POINTS);
    expect(series[0].active).toBe(40);
    expect(series.at(-1)?.active).toBe(SERIES_MAX_POINTS + 39);
  });
});

describe('withServerDay', () => {
  const sample = (at: number, active: number) => ({
    at: new Date(at).toISOString(),
    active,
    pending: 1,
    resolved: 2,
    unassigned: 0,
  });

  it('takes the back end’s day and keeps the points seen live after it', () => {
    const live: StatusPoint[] = [
      { at: T0, active: 99, pending: 1, resolved: 2 },
      { at: T0 + 2 * SERIES_SLOT_MS, active: 7, pending: 1, resolved: 2 },
    ];
    const day = withServerDay(live, [sample(T0 - SERIES_SLOT_MS, 4), sample(T0, 5)]);
    expect(day.map((p) => [p.at - T0, p.active])).toEqual([
      [-SERIES_SLOT_MS, 4],
      [0, 5],
      [2 * SERIES_SLOT_MS, 7],
    ]);
  });

  it('leaves out samples with an unreadable time or out of order', () => {
    const day = withServerDay(
      [],
      [sample(T0, 5), { ...sample(T0, 6), at: 'soon' }, sample(T0 - SERIES_SLOT_MS, 4)],
    );
    expect(day.map((p) => p.active)).toEqual([5]);
  });
});

describe('hourlyPoints', () => {
  it('keeps the last point of each hour of the local clock', () => {
    const at = (h: number, m: number) => new Date(2026, 10, 25, h, m).getTime();
    const series = [at(9, 50), at(9, 55), at(10, 0), at(10, 30), at(12, 5)].map((t, i) => ({
      at: t,
      active: i,
      pending: 0,
      resolved: 0,
    }));
    expect(hourlyPoints(series).map((p) => p.active)).toEqual([1, 3, 4]);
  });
});

describe('recentPoints', () => {
  it('keeps only the last day before now', () => {
    const day = SERIES_SLOT_MS * SERIES_MAX_POINTS;
    const old = { at: T0 - day, active: 1, pending: 0, resolved: 0 };
    const fresh = { at: T0 - 60_000, active: 2, pending: 0, resolved: 0 };
    expect(recentPoints([old, fresh], T0)).toEqual([fresh]);
  });
});

describe('isStatusSeries', () => {
  it('accepts what recordSnapshot writes', () => {
    const series = recordSnapshot(recordSnapshot([], snapshot(T0, 1)), snapshot(T0 + 3e5, 2));
    expect(isStatusSeries(JSON.parse(JSON.stringify(series)))).toBeTrue();
  });

  it('refuses anything else', () => {
    expect(isStatusSeries({})).toBeFalse();
    expect(isStatusSeries([{ at: T0, active: 'many', pending: 0, resolved: 0 }])).toBeFalse();
    expect(
      isStatusSeries([
        { at: T0 + 1, active: 1, pending: 0, resolved: 0 },
        { at: T0, active: 1, pending: 0, resolved: 0 },
      ]),
    ).toBeFalse();
    expect(isStatusSeries(new Array(SERIES_MAX_POINTS + 1).fill(null))).toBeFalse();
  });
});
