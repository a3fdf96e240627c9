import { ShortcutId, comboLabel, shortcutDefinition } from '../../core/keyboard/shortcuts';

/** Where a command shows in the palette. */
export type PaletteGroup = 'This chat' | 'Go to';

/** One thing the palette can do. */
export interface PaletteCommand {
  readonly id: string;
  readonly label: string;
  readonly group: PaletteGroup;
  readonly icon: string;
  /** Its own keys as the palette shows them ("E", "Ctrl or ⌘ + K"), or how it is typed. */
  readonly keys: string | null;
  /** The shortcut it runs, if it is one. */
  readonly shortcut?: ShortcutId;
}

/** What the palette needs to know to offer commands. */
export interface PaletteContext {
  /** Whether a chat is open. */
  readonly chatOpen: boolean;
  readonly isSupervisor: boolean;
  readonly online: boolean;
  readonly dark: boolean;
  /** Whether a shortcut has a handler on this page. */
  readonly active: (id: ShortcutId) => boolean;
}

/** The keys of a shortcut as one line: "E", "Ctrl or ⌘+K", "Type / in the reply box". */
export function shortcutKeys(id: ShortcutId): string | null {
  const definition = shortcutDefinition(id);
  if (definition.keys.length === 0) {
    return definition.typed ?? null;
  }
  return definition.keys
    .map((combo) =>
      comboLabel(combo).map((part) => (part.length === 1 ? part.toUpperCase() : part)),
    )
    .map((parts) => parts.join('+'))
    .join(' or ');
}

const CHAT_ACTIONS: readonly { id: ShortcutId; label: string; icon: string }[] = [
  { id: 'chat.resolve', label: 'Resolve the chat', icon: 'task_alt' },
  { id: 'chat.pending', label: 'Mark the chat pending', icon: 'pending' },
  { id: 'chat.reassign', label: 'Reassign the chat', icon: 'move_item' },
  { id: 'tag.apply', label: 'Apply a tag', icon: 'sell' },
  { id: 'note.add', label: 'Add an internal note', icon: 'sticky_note_2' },
  { id: 'templates.open', label: 'Send a template', icon: 'description' },
  { id: 'quickReplies.open', label: 'Insert a quick reply', icon: 'bolt' },
  { id: 'composer.focus', label: 'Write a reply', icon: 'edit' },
];

function fromShortcut(
  action: { id: ShortcutId; label: string; icon: string },
  group: PaletteGroup,
): PaletteCommand {
  return { ...action, group, shortcut: action.id, keys: shortcutKeys(action.id) };
}

/** The commands that work now, in the order the palette lists them. */
export function paletteCommands(context: PaletteContext): PaletteCommand[] {
  const commands: PaletteCommand[] = [];
  if (context.chatOpen) {
    commands.push(
      ...CHAT_ACTIONS.filter((action) => context.active(action.id)).map((action) =>
        fromShortcut(action, 'This chat'),
      ),
    );
  }
  if (context.isSupervisor) {
    commands.push(
      {
        id: 'go.dashboard',
        label: 'Open the dashboard',
        group: 'Go to',
        icon: 'monitoring',
        keys: null,
      },
      { id: 'go.chats', label: 'Open the chats', group: 'Go to', icon: 'forum', keys: null },
    );
  } else {
    commands.push({
      id: 'presence.toggle',
      label: context.online ? 'Go offline (stop new chats)' : 'Go online (take new chats)',
      group: 'Go to',
      icon: context.online ? 'do_not_disturb_on' : 'radio_button_checked',
      keys: null,
    });
  }
  commands.push(
    fromShortcut(
      { id: 'shortcuts.show', label: 'Show keyboard shortcuts', icon: 'keyboard' },
      'Go to',
    ),
    {
      id: 'theme.toggle',
      label: context.dark ? 'Switch to light mode' : 'Switch to dark mode',
      group: 'Go to',
      icon: context.dark ? 'light_mode' : 'dark_mode',
      keys: null,
    },
  );
  return commands;
}

/** The commands whose label holds every word of `query`. */
export function matchCommands(
  commands: readonly PaletteCommand[],
  query: string,
): PaletteCommand[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  return commands.filter((command) => {
    const label = `${command.label} ${command.group}`.toLowerCase();
    return words.every((word) => label.includes(word));
  });
}
