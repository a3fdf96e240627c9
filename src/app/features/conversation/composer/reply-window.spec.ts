import { replyWindowLabel } from './reply-window';

describe('replyWindowLabel', () => {
  it('shows hours and minutes left', () => {
    expect(replyWindowLabel((3 * 60 + 12) * 60_000 + 59_000)).toBe('Reply window closes in 3h 12m');
  });

  it('shows only minutes in the last hour', () => {
    expect(replyWindowLabel(12 * 60_000)).toBe('Reply window closes in 12m');
  });

  it('says less than a minute at the very end', () => {
    expect(replyWindowLabel(30_000)).toBe('Reply window closes in less than a minute');
  });
});
