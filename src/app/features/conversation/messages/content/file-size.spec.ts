import { fileSize } from './file-size';

describe('fileSize', () => {
  it('writes small files in bytes', () => {
    expect(fileSize(820)).toBe('820 bytes');
  });

  it('uses one decimal below ten units and none above', () => {
    expect(fileSize(2.4 * 1024 * 1024)).toBe('2.4 MB');
    expect(fileSize(14 * 1024 + 300)).toBe('14 KB');
  });

  it('says nothing for an impossible size', () => {
    expect(fileSize(-1)).toBe('');
    expect(fileSize(Number.NaN)).toBe('');
  });
});
