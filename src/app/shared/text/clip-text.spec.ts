import { LINE_MAX_CHARS, NAME_MAX_CHARS, clipText } from './clip-text';

describe('clipText', () => {
  it('keeps short text as it is', () => {
    expect(clipText('Ravi Kumar', NAME_MAX_CHARS)).toBe('Ravi Kumar');
  });

  it('cuts a megabyte name to the limit, ending with an ellipsis', () => {
    const clipped = clipText('A'.repeat(1_000_000), NAME_MAX_CHARS);
    expect(Array.from(clipped).length).toBe(NAME_MAX_CHARS);
    expect(clipped.endsWith('…')).toBeTrue();
  });

  it('never splits an emoji or an Indian letter', () => {
    const clipped = clipText('🚕'.repeat(100), 10);
    expect(clipped).toBe(`${'🚕'.repeat(9)}…`);
    expect(clipText('नमस्ते '.repeat(50), LINE_MAX_CHARS)).not.toContain('\uFFFD');
  });

  it('turns line breaks and runs of spaces into single spaces', () => {
    expect(clipText('Ravi\n\n  Kumar ', 40)).toBe('Ravi Kumar');
  });
});
