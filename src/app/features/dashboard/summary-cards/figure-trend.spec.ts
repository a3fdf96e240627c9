import { AN_HOUR_AGO, YESTERDAY, trendOf } from './figure-trend';

describe('trendOf', () => {
  it('says how much a figure rose or fell against then', () => {
    expect(trendOf(15, 12, AN_HOUR_AGO)).toEqual({
      text: '▲ 3 vs 1 h ago',
      said: 'up 3 on an hour ago',
      direction: 'up',
      tone: 'neutral',
    });
    expect(trendOf(4, 6, YESTERDAY)?.text).toBe('▼ 2 vs yesterday');
  });

  it('tells good news from bad by what a rise of the figure means', () => {
    expect(trendOf(5, 2, AN_HOUR_AGO, 'worse')?.tone).toBe('worse');
    expect(trendOf(1, 2, AN_HOUR_AGO, 'worse')?.tone).toBe('better');
    expect(trendOf(1, 2, YESTERDAY, 'better')?.tone).toBe('worse');
    expect(trendOf(5, 2, AN_HOUR_AGO)?.tone).toBe('neutral');
  });

  it('says when nothing changed, and nothing when then is unknown', () => {
    expect(trendOf(7, 7, YESTERDAY)?.said).toBe('the same as the same time yesterday');
    expect(trendOf(7, undefined, YESTERDAY)).toBeNull();
  });
});
