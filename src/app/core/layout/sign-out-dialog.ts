import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialog,
  MatDialogModule,
  MatDialogRef,
} from '@angular/material/dialog';
import { MatIconModule } from '@angular/material/icon';
import { Observable, map } from 'rxjs';

import { SignOutChoice } from '../auth/sign-out';
import { UnsentSummary, unsentChatLine, unsentCounts } from '../state/unsent-summary';

/** Chats listed by name; the rest are counted. */
const LISTED_CHATS = 5;

/**
 * Asks, when an executive signs out with unsent work, what becomes of it: **Keep for next
 * sign-in** (their drafts back in their chats, their unsent replies waiting there to be sent),
 * **Discard**, or **Stay signed in** (also Escape and a click outside).
 */
@Component({
  selector: 'app-sign-out-dialog',
  imports: [MatButtonModule, MatDialogModule, MatIconModule],
  templateUrl: './sign-out-dialog.html',
  styleUrl: './sign-out-dialog.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SignOutDialog {
  private readonly summary = inject<UnsentSummary>(MAT_DIALOG_DATA);
  private readonly dialogRef = inject<MatDialogRef<SignOutDialog, SignOutChoice>>(MatDialogRef);

  protected readonly counts = unsentCounts(this.summary);
  protected readonly lines = this.summary.chats.slice(0, LISTED_CHATS).map(unsentChatLine);
  protected readonly more = Math.max(0, this.summary.chats.length - LISTED_CHATS);

  /** Opens the dialog; emits the executive's choice ('stay' when it is dismissed). */
  static ask(dialog: MatDialog, summary: UnsentSummary): Observable<SignOutChoice> {
    return dialog
      .open<SignOutDialog, UnsentSummary, SignOutChoice>(SignOutDialog, {
        data: summary,
        width: '520px',
        maxWidth: '95vw',
        autoFocus: 'first-tabbable',
        restoreFocus: true,
      })
      .afterClosed()
      .pipe(map((choice) => choice ?? 'stay'));
  }

  protected choose(choice: SignOutChoice): void {
    this.dialogRef.close(choice);
  }
}
