import { shortenAtWord } from './shorten-at-word';

describe('shortenAtWord', () => {
  it('keeps text that fits', () => {
    expect(shortenAtWord('Driver late', 20)).toBe('Driver late');
    expect(shortenAtWord('Partner payment dues', 20)).toBe('Partner payment dues');
  });

  it('cuts after the last whole word, never inside one', () => {
    expect(shortenAtWord('Partner payment dues', 16)).toBe('Partner payment…');
    expect(shortenAtWord('Partner payment dues', 14)).toBe('Partner…');
    expect(shortenAtWord('Refund requested after cancellation', 24)).toBe(
      'Refund requested after…',
    );
  });

  it('keeps a word that ends exactly at the limit', () => {
    // "Partner payment" is 15 characters; with the ellipsis, 16.
    expect(shortenAtWord('Partner payment dues', 16).length).toBe(16);
  });

  it('never returns more than the limit', () => {
    const tag = 'Airport pickup delayed by driver reassignment';
    for (let max = 2; max < tag.length; max++) {
      expect(shortenAtWord(tag, max).length).toBeLessThanOrEqual(max);
    }
  });

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(shortenAtWord('Billing - wallet, refunds', 12)).toBe('Billing…');
  });

  it('cuts a single long word, the one case it must', () => {
    expect(shortenAtWord('Supercalifragilistic', 8)).toBe('Superca…');
  });

  it('reads runs of white space as one space', () => {
    expect(shortenAtWord('  Lost   item  ', 20)).toBe('Lost item');
  });
});
