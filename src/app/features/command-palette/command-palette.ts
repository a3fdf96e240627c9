import { ActiveDescendantKeyManager } from '@angular/cdk/a11y';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChildren,
} from '@angular/core';
import { MatDialog, MatDialogRef } from '@angular/material/dialog';
import { Router } from '@angular/router';
import { Chats } from '../../../contract';
import { Session } from '../../core/auth/session';
import { ShortcutRegistry } from '../../core/keyboard/shortcut-registry';
import { ThemeStore } from '../../core/layout/theme-store';
import { ConversationStore } from '../../core/state/conversation-store';
import { PresenceStore } from '../../core/state/presence-store';
import { PaletteCommand, matchCommands, paletteCommands } from './palette-commands';
import { PaletteSearch } from './state/palette-search';
import { ListOption } from '../../shared/ui/list-option';
import { contactName, knownName, readableNumber } from '../../shared/text/contact-name';

const STATUS_LABELS: Readonly<Record<Chats['status'], string>> = {
  active: 'Active',
  pending: 'Pending',
  resolved: 'Resolved',
};

/** One row of the palette: a chat found, or a command. */
export type PaletteItem =
  | {
      readonly kind: 'chat';
      readonly id: string;
      readonly chat: Chats;
      /** The name, or the number while no name is known. */
      readonly name: string;
      /** "+91 98123 45678 · Active", or the status alone when the name is the number. */
      readonly meta: string;
    }
  | { readonly kind: 'command'; readonly id: string; readonly command: PaletteCommand };

/**
 * The command palette (Ctrl+K, ⌘K): one box that finds chats by name, number or booking id and
 * opens them, runs actions on the open chat through their shortcuts, and goes anywhere.
 */
@Component({
  selector: 'app-command-palette',
  imports: [ListOption],
  providers: [PaletteSearch],
  templateUrl: './command-palette.html',
  styleUrl: './command-palette.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommandPalette {
  private readonly searchStore = inject(PaletteSearch);
  private readonly router = inject(Router);
  private readonly shortcuts = inject(ShortcutRegistry);
  private readonly conversation = inject(ConversationStore);
  private readonly session = inject(Session);
  private readonly presence = inject(PresenceStore);
  private readonly theme = inject(ThemeStore);
  private readonly ref = inject<MatDialogRef<CommandPalette>>(MatDialogRef);
  private readonly options = viewChildren<ListOption<PaletteItem>>(ListOption);

  protected readonly query = this.searchStore.query;
  protected readonly search = this.searchStore.result;

  protected readonly chats = computed<PaletteItem[]>(() => {
    const search = this.search();
    return search.status === 'ready'
      ? search.chats.map((chat) => ({
          kind: 'chat',
          id: `palette-chat-${chat.chat_id}`,
          chat,
          name: contactName(chat.customer_name, chat.customer_number),
          meta: [
            knownName(chat.customer_name) === null ? '' : readableNumber(chat.customer_number),
            STATUS_LABELS[chat.status] ?? chat.status,
          ]
            .filter(Boolean)
            .join(' · '),
        }))
      : [];
  });

  protected readonly commands = computed<PaletteItem[]>(() => {
    const preference = this.theme.preference();
    const dark =
      preference === 'dark' ||
      (preference === 'system' &&
        !!globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches);
    const active = this.shortcuts.active();
    const all = paletteCommands({
      chatOpen: this.conversation.chat() !== null,
      isSupervisor: this.session.isSupervisor(),
      online: this.presence.isOnline(),
      dark,
      active: (id) => active.has(id),
    });
    return matchCommands(all, this.query()).map((command) => ({
      kind: 'command',
      id: `palette-command-${command.id.replace('.', '-')}`,
      command,
    }));
  });

  protected readonly chatActions = computed(() =>
    this.commands().filter((item) => item.kind === 'command' && item.command.group === 'This chat'),
  );
  protected readonly goTo = computed(() =>
    this.commands().filter((item) => item.kind === 'command' && item.command.group === 'Go to'),
  );
  protected readonly activeId = signal<string | null>(null);

  private readonly keys = new ActiveDescendantKeyManager(this.options, inject(Injector))
    .withWrap()
    .withVerticalOrientation()
    .withHomeAndEnd();

  constructor() {
    this.keys.change.subscribe(() => this.activeId.set(this.keys.activeItem?.value().id ?? null));
    effect(() => {
      const count = this.options().length;
      untracked(() => {
        if (count > 0) {
          this.keys.setFirstItemActive();
        } else {
          this.keys.setActiveItem(-1);
          this.activeId.set(null);
        }
      });
    });
  }

  /** Opens the palette, or returns the one already open. */
  static open(dialog: MatDialog): MatDialogRef<CommandPalette> {
    const open = dialog.openDialogs.find((ref) => ref.componentInstance instanceof CommandPalette);
    return (
      (open as MatDialogRef<CommandPalette> | undefined) ??
      dialog.open(CommandPalette, {
        width: '600px',
        maxWidth: '95vw',
        position: { top: '12vh' },
        autoFocus: 'input',
        restoreFocus: true,
        ariaLabel: 'Command palette',
        panelClass: 'command-palette-panel',
      })
    );
  }

  protected onInput(value: string): void {
    this.searchStore.setQuery(value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter') {
      event.preventDefault();
      const active = this.keys.activeItem;
      if (active) {
        this.choose(active.value());
      }
      return;
    }
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.keys.onKeydown(event);
    }
  }

  protected choose(item: PaletteItem): void {
    if (item.kind === 'chat') {
      this.ref.close();
      void this.router.navigate(['/chats', item.chat.chat_id]);
      return;
    }
    // The palette closes first: the action then moves the focus where it belongs (the tag field,
    // the note, a dialog) instead of having it put back here.
    this.ref.afterClosed().subscribe(() => this.run(item.command));
    this.ref.close();
  }

  private run(command: PaletteCommand): void {
    if (command.shortcut) {
      this.shortcuts.run(command.shortcut);
      return;
    }
    switch (command.id) {
      case 'go.dashboard':
        void this.router.navigateByUrl('/dashboard');
        break;
      case 'go.chats':
        void this.router.navigateByUrl('/chats');
        break;
      case 'presence.toggle':
        this.presence.setStatus(this.presence.isOnline() ? 'offline' : 'online');
        break;
      case 'theme.toggle':
        this.theme.set(command.icon === 'light_mode' ? 'light' : 'dark');
        break;
    }
  }
}
