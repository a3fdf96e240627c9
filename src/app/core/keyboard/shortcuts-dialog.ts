import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';

import { ShortcutRegistry } from './shortcut-registry';
import { SHORTCUTS, comboLabel } from './shortcuts';

/** The `?` overlay: every shortcut of the console, and whether it works on this page. */
@Component({
  selector: 'app-shortcuts-dialog',
  imports: [MatButtonModule, MatDialogModule],
  templateUrl: './shortcuts-dialog.html',
  styleUrl: './shortcuts-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ShortcutsDialog {
  private readonly registry = inject(ShortcutRegistry);

  protected readonly rows = computed(() => {
    const active = this.registry.active();
    return SHORTCUTS.map((shortcut) => ({
      id: shortcut.id,
      label: shortcut.label,
      combos: shortcut.keys.map(comboLabel),
      typed: shortcut.typed ?? 'From the command palette (Ctrl+K)',
      // The overlay itself is always reachable through the toolbar button.
      active:
        shortcut.id === 'shortcuts.show' ||
        shortcut.id === 'palette.open' ||
        active.has(shortcut.id),
    }));
  });

  /** Opens the overlay, or returns the one already open. */
  static open(dialog: MatDialog): MatDialogRef<ShortcutsDialog> {
    const open = dialog.openDialogs.find((ref) => ref.componentInstance instanceof ShortcutsDialog);
    return (
      (open as MatDialogRef<ShortcutsDialog> | undefined) ??
      dialog.open(ShortcutsDialog, { width: '520px', autoFocus: 'dialog', restoreFocus: true })
    );
  }
}
