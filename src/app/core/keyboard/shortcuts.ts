/**
 * Every keyboard shortcut of the console, defined once: features register handlers by id with
 * `ShortcutRegistry.register(id, handler)`, and the `?` overlay lists them from here. None of the
 * keys is one a browser keeps for itself (Ctrl+T/N/W/L/R/D/P/S/F/H/J/O/U/Q/Tab, Alt+Left/Right):
 * Ctrl+K only focuses the browser's search when the page does not take it. Some commands have no
 * keys: the command palette (Ctrl+K) runs them.
 */

/** Ids of the console's shortcuts. */
export type ShortcutId =
  | 'chat.next'
  | 'chat.previous'
  | 'search.focus'
  | 'composer.focus'
  | 'composer.send'
  | 'chat.resolve'
  | 'note.add'
  | 'tag.apply'
  | 'chat.pending'
  | 'chat.reassign'
  | 'templates.open'
  | 'quickReplies.open'
  | 'palette.open'
  | 'shortcuts.show';

/** One key combination. */
export interface KeyCombo {
  /** `KeyboardEvent.key`: a character (`j`, `/`, `?`) or a named key (`Enter`, `ArrowDown`). */
  readonly key: string;
  /** Whether Alt (Option on a Mac) must be held. */
  readonly alt?: boolean;
  /** Whether Ctrl (Cmd on a Mac) must be held. */
  readonly primary?: boolean;
}

/** A shortcut: what it does and the keys that run it. */
export interface ShortcutDefinition {
  readonly id: ShortcutId;
  /** What the shortcut does, as the overlay lists it. */
  readonly label: string;
  /** The keys; none for commands run only from the command palette. */
  readonly keys: readonly KeyCombo[];
  /** How it is reached by typing rather than by a key combination, e.g. "Type / in the reply box". */
  readonly typed?: string;
  /** Whether it also works while the focus is in a text field (the others would eat typing). */
  readonly inTextFields?: boolean;
  /** Whether holding the key down repeats it (moving through the list does; resolving does not). */
  readonly repeats?: boolean;
}

/** The shortcuts in the order the overlay lists them. */
export const SHORTCUTS: readonly ShortcutDefinition[] = [
  {
    id: 'chat.next',
    label: 'Next chat',
    keys: [{ key: 'j' }, { key: 'ArrowDown', alt: true }],
    repeats: true,
  },
  {
    id: 'chat.previous',
    label: 'Previous chat',
    keys: [{ key: 'k' }, { key: 'ArrowUp', alt: true }],
    repeats: true,
  },
  { id: 'search.focus', label: 'Search chats', keys: [{ key: '/' }] },
  { id: 'composer.focus', label: 'Write a reply', keys: [{ key: 'r' }] },
  {
    id: 'composer.send',
    label: 'Send the reply',
    keys: [{ key: 'Enter', primary: true }],
    inTextFields: true,
  },
  { id: 'chat.resolve', label: 'Resolve the chat', keys: [{ key: 'e' }] },
  { id: 'note.add', label: 'Add an internal note', keys: [{ key: 'n' }] },
  { id: 'tag.apply', label: 'Apply a tag', keys: [{ key: 't' }] },
  { id: 'chat.pending', label: 'Mark the chat pending', keys: [] },
  { id: 'chat.reassign', label: 'Reassign the chat', keys: [] },
  { id: 'templates.open', label: 'Send a template', keys: [] },
  {
    id: 'quickReplies.open',
    label: 'Insert a quick reply',
    keys: [],
    typed: 'Type / in the reply box',
  },
  {
    id: 'palette.open',
    label: 'Command palette: find a chat, run an action',
    keys: [{ key: 'k', primary: true }],
    inTextFields: true,
  },
  { id: 'shortcuts.show', label: 'Show keyboard shortcuts', keys: [{ key: '?' }] },
];

/** The modifier and key state of a key press that {@link matchesCombo} reads. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

const LETTER = /^[a-z]$/i;

/** Whether a key press is exactly `combo`. */
export function matchesCombo(press: KeyPress, combo: KeyCombo): boolean {
  if (press.altKey !== (combo.alt ?? false)) {
    return false;
  }
  const primary = press.ctrlKey || press.metaKey;
  if (primary !== (combo.primary ?? false) || (press.ctrlKey && press.metaKey)) {
    return false;
  }
  if (LETTER.test(combo.key)) {
    // Shift+J is not J: capitals stay free. Caps Lock alone still counts as the letter.
    return !press.shiftKey && press.key.toLowerCase() === combo.key;
  }
  // `?` needs Shift on most layouts and `/` does not; the produced character is what counts.
  return press.key === combo.key;
}

/** The definition a key press runs, or undefined. */
export function shortcutFor(press: KeyPress): ShortcutDefinition | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.keys.some((combo) => matchesCombo(press, combo)));
}

const KEY_NAMES: Readonly<Record<string, string>> = {
  ArrowDown: '↓',
  ArrowUp: '↑',
  Enter: 'Enter',
};

/** The keys of a combination as the overlay shows them, e.g. `['Alt', '↓']`. */
export function comboLabel(combo: KeyCombo): string[] {
  const parts: string[] = [];
  if (combo.primary) {
    parts.push('Ctrl or ⌘');
  }
  if (combo.alt) {
    parts.push('Alt');
  }
  parts.push(KEY_NAMES[combo.key] ?? combo.key);
  return parts;
}

/** The definition of a shortcut id. */
export function shortcutDefinition(id: ShortcutId): ShortcutDefinition {
  // Safe: SHORTCUTS holds one definition per ShortcutId, and the spec checks it.
  return SHORTCUTS.find((shortcut) => shortcut.id === id)!;
}
