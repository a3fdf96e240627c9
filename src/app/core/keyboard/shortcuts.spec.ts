import {
  KeyPress,
  SHORTCUTS,
  ShortcutId,
  comboLabel,
  matchesCombo,
  shortcutFor,
} from './shortcuts';

function press(key: string, modifiers: Partial<KeyPress> = {}): KeyPress {
  return { key, altKey: false, ctrlKey: false, metaKey: false, shiftKey: false, ...modifiers };
}

describe('shortcuts', () => {
  it('defines each id once, with at least one key unless the palette runs it', () => {
    const ids = SHORTCUTS.map((s) => s.id);
    const expected: ShortcutId[] = [
      'chat.next',
      'chat.previous',
      'search.focus',
      'composer.focus',
      'composer.send',
      'chat.resolve',
      'note.add',
      'tag.apply',
      'chat.pending',
      'chat.reassign',
      'templates.open',
      'quickReplies.open',
      'palette.open',
      'shortcuts.show',
    ];
    expect([...ids].sort()).toEqual([...expected].sort());
    const keyless = SHORTCUTS.filter((s) => s.keys.length === 0).map((s) => s.id);
    expect(keyless).toEqual([
      'chat.pending',
      'chat.reassign',
      'templates.open',
      'quickReplies.open',
    ]);
  });

  it('never takes a key the browser uses: no Ctrl+T/N/W/L/R/D/P/S/F/H/J/O/U/Q/Tab, no Alt+Left/Right', () => {
    for (const shortcut of SHORTCUTS) {
      for (const combo of shortcut.keys) {
        expect(combo.primary && /^([tnwlrdpsfhjouq]|Tab)$/i.test(combo.key))
          .withContext(shortcut.id)
          .toBeFalsy();
        expect(combo.alt && /^Arrow(Left|Right)$/.test(combo.key))
          .withContext(shortcut.id)
          .toBeFalsy();
      }
    }
  });

  it('maps the documented keys to their shortcuts', () => {
    expect(shortcutFor(press('j'))?.id).toBe('chat.next');
    expect(shortcutFor(press('ArrowDown', { altKey: true }))?.id).toBe('chat.next');
    expect(shortcutFor(press('k'))?.id).toBe('chat.previous');
    expect(shortcutFor(press('ArrowUp', { altKey: true }))?.id).toBe('chat.previous');
    expect(shortcutFor(press('/'))?.id).toBe('search.focus');
    expect(shortcutFor(press('r'))?.id).toBe('composer.focus');
    expect(shortcutFor(press('Enter', { ctrlKey: true }))?.id).toBe('composer.send');
    expect(shortcutFor(press('Enter', { metaKey: true }))?.id).toBe('composer.send');
    expect(shortcutFor(press('e'))?.id).toBe('chat.resolve');
    expect(shortcutFor(press('n'))?.id).toBe('note.add');
    expect(shortcutFor(press('t'))?.id).toBe('tag.apply');
    expect(shortcutFor(press('?', { shiftKey: true }))?.id).toBe('shortcuts.show');
    expect(shortcutFor(press('k', { ctrlKey: true }))?.id).toBe('palette.open');
    expect(shortcutFor(press('k', { metaKey: true }))?.id).toBe('palette.open');
  });

  it('leaves browser and modified keys alone', () => {
    expect(shortcutFor(press('t', { ctrlKey: true }))).toBeUndefined();
    expect(shortcutFor(press('K', { ctrlKey: true, shiftKey: true }))).toBeUndefined();
    expect(shortcutFor(press('n', { metaKey: true }))).toBeUndefined();
    expect(shortcutFor(press('J', { shiftKey: true }))).toBeUndefined();
    expect(shortcutFor(press('ArrowDown'))).toBeUndefined();
    expect(shortcutFor(press('ArrowLeft', { altKey: true }))).toBeUndefined();
    expect(shortcutFor(press('Enter'))).toBeUndefined();
    expect(shortcutFor(press('Enter', { ctrlKey: true, metaKey: true }))).toBeUndefined();
  });

  it('treats Caps Lock letters as the letter', () => {
    expect(matchesCombo(press('J'), { key: 'j' })).toBeTrue();
  });

  it('labels combinations for the overlay', () => {
    expect(comboLabel({ key: 'ArrowDown', alt: true })).toEqual(['Alt', '↓']);
    expect(comboLabel({ key: 'Enter', primary: true })).toEqual(['Ctrl or ⌘', 'Enter']);
    expect(comboLabel({ key: '/' })).toEqual(['/']);
  });
});
