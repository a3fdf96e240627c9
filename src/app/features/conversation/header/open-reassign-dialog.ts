import type { MatDialogRef } from '@angular/material/dialog';

import type { ChatAssignment } from '../../../../contract';
import type { LazyDialog } from '../../../core/layout/lazy-dialog';
import type { ReassignDialog, ReassignDialogData } from './reassign-dialog';

/** Opens the reassign dialog (its code loads on first use): reassign, or take the chat over. */
export function openReassignDialog(
  dialog: LazyDialog,
  data: ReassignDialogData,
): Promise<MatDialogRef<ReassignDialog, ChatAssignment>> {
  return dialog.open(() => import('./reassign-dialog').then((m) => m.ReassignDialog), {
    data,
    width: '520px',
    maxWidth: '95vw',
  });
}
