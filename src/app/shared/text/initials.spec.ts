import { initials } from './initials';

describe('initials', () => {
  it('takes the first letter of the first and the last word', () => {
    expect(initials('Vikram Singh')).toBe('VS');
    expect(initials('  priya  kumari  sharma ')).toBe('PS');
    expect(initials('Asha')).toBe('A');
  });

  it('keeps whole letters of any script, and says "?" for no name', () => {
    expect(initials('विक्रम सिंह')).toBe('विसिं');
    expect(initials('😀 Ravi')).toBe('😀R');
    expect(initials('   ')).toBe('?');
  });
});
