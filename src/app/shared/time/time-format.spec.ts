import {
  calendarDate,
  clockTime,
  dayAndTime,
  dayHeading,
  fullDateTime,
  shortDate,
} from './time-format';

describe('time format', () => {
  // Built from local parts, so the specs read the same in every time zone.
  const afternoon = new Date(2026, 10, 26, 15, 5, 9);
  const iso = afternoon.toISOString();

  it('follows the locale: en-IN reads a 12-hour clock, en-GB a 24-hour one', () => {
    expect(clockTime(iso, { locale: 'en-IN' })).toMatch(/^3:05\s?pm$/i);
    expect(clockTime(iso, { locale: 'en-GB' })).toBe('15:05');
    expect(clockTime(iso, { locale: 'en-GB', seconds: true })).toBe('15:05:09');
  });

  it('writes a day with its time, a full moment, a date and a short date', () => {
    expect(dayAndTime(iso, 'en-IN')).toMatch(/^26 Nov,? 3:05\s?pm$/i);
    expect(fullDateTime(iso, 'en-IN')).toMatch(/^Thu,? 26 Nov,? 2026,? 3:05\s?pm$/i);
    expect(fullDateTime(iso, 'en-GB')).toMatch(/^Thu,? 26 Nov 2026,? 15:05$/);
    expect(calendarDate(iso, 'en-IN')).toBe('26 Nov 2026');
    expect(shortDate(iso, 'en-IN')).toBe('26 Nov');
  });

  it('takes epoch milliseconds and Dates as well as ISO strings', () => {
    expect(clockTime(afternoon.getTime(), { locale: 'en-GB' })).toBe('15:05');
    expect(clockTime(afternoon, { locale: 'en-GB' })).toBe('15:05');
  });

  it('heads a day with its weekday, and its year only when not this year', () => {
    const now = new Date(2026, 11, 1).getTime();
    expect(dayHeading(iso, now, 'en-IN')).toMatch(/^Thu,? 26 Nov$/);
    expect(dayHeading(new Date(2025, 10, 26), now, 'en-IN')).toMatch(/^Wed,? 26 Nov,? 2025$/);
  });

  it('writes nothing for a moment it cannot read', () => {
    for (const bad of [null, undefined, '', 'not a date', Number.NaN]) {
      expect(clockTime(bad)).toBe('');
      expect(fullDateTime(bad)).toBe('');
      expect(dayHeading(bad, Date.now())).toBe('');
    }
  });

  it("uses the browser's locale when none is given", () => {
    const expected = new Intl.DateTimeFormat(undefined, {
      hour: 'numeric',
      minute: '2-digit',
    }).format(afternoon);
    expect(clockTime(iso)).toBe(expected);
  });
});
