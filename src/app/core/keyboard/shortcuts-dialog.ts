import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import {
  MatDialog,
  MatDialogActions,
  MatDialogClose,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';

import { ShortcutRegistry } from './shortcut-registry';
import { SHORTCUTS, comboLabel } from './shortcuts';

/** The `?` overlay: every shortcut of the console, and whether it works on this page. */
@Component({
  selector: 'app-shortcuts-dialog',
  imports: [MatButton, MatDialogActions, MatDialogClose, MatDialogContent, MatDialogTitle],
  template: `
    <h2 mat-dialog-title>Keyboard shortcuts</h2>
    <mat-dialog-content>
      <table class="shortcuts">
        <caption class="visually-hidden">
          Keyboard shortcuts and their keys
        </caption>
        <thead>
          <tr>
            <th scope="col">Action</th>
            <th scope="col">Keys</th>
          </tr>
        </thead>
        <tbody>
          @for (row of rows(); track row.id) {
            <tr [class.unavailable]="!row.active" [attr.data-shortcut]="row.id">
              <td>
                {{ row.label }}
                @if (!row.active) {
                  <span class="note">Not available on this page</span>
                }
              </td>
              <td>
                @if (row.combos.length === 0) {
                  <span class="or">{{ row.typed }}</span>
                }
                @for (combo of row.combos; track $index) {
                  @if (!$first) {
                    <span class="or">or</span>
                  }
                  @for (part of combo; track $index) {
                    @if (!$first) {
                      +
                    }
                    <kbd>{{ part }}</kbd>
                  }
                }
              </td>
            </tr>
          }
        </tbody>
      </table>
      <p class="hint">
        While you type in a text field, only Ctrl+Enter (⌘+Enter on a Mac) to send and Ctrl+K (⌘K)
        for the command palette work.
      </p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button mat-dialog-close>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .shortcuts {
      border-collapse: collapse;
      width: 100%;
    }
    th {
      text-align: start;
      font: var(--mat-sys-label-large);
      padding-block: 4px;
    }
    td {
      padding-block: 6px;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    kbd {
      font: var(--mat-sys-label-medium);
      padding: 2px 6px;
      border-radius: 4px;
      border: 1px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface-container-high);
    }
    .or,
    .note,
    .hint {
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .or {
      margin-inline: 6px;
    }
    .note {
      display: block;
    }
    .unavailable td:first-child {
      color: var(--mat-sys-on-surface-variant);
    }
  `,
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
