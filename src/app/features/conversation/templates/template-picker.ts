import { Injectable, inject } from '@angular/core';
import { MatDialogRef } from '@angular/material/dialog';
import { Observable } from 'rxjs';

import { Chats } from '../../../../contract';
import { LazyDialog } from '../../../core/layout/lazy-dialog';
import type { TemplatePickerData, TemplatePickerDialog } from './template-picker-dialog';

/**
 * A template the executive picked and filled in. Its shape fits `OutgoingMessage` of
 * `ConversationStore`, so the composer passes it to `ConversationStore.send()` as it is.
 */
export interface PickedTemplate {
  /** The body rendered with the variables, as plain text: what the customer will read. */
  text: string;
  templateId: string;
  /** WhatsApp template name. */
  templateName: string;
  /** Value of each `{{variable}}` of the template, by name, trimmed and never blank. */
  templateParams: Record<string, string>;
}

/**
 * Opens the template picker for a chat: a dialog listing the WhatsApp templates of the chat's
 * stakeholder, with search, the template's variables and a live text preview.
 *
 * The picker never sends. It emits once, then completes: the {@link PickedTemplate} when the
 * executive presses "Send template", or `undefined` when the dialog is dismissed. The caller sends
 * it, so the composer keeps one sending path (optimistic message, retry, client message id):
 *
 * ```ts
 * this.picker.open(chat).subscribe((picked) => picked && this.conversation.send(picked));
 * ```
 *
 * Unsubscribing before the dialog closes (the chat was switched) closes the dialog unsent.
 */
@Injectable({ providedIn: 'root' })
export class TemplatePicker {
  // The picker's code (its list, search and form fields) loads when it is first opened.
  private readonly dialog = inject(LazyDialog);

  /** Opens the picker for `chat`; emits the filled-in template, or `undefined` when dismissed. */
  open(chat: Chats): Observable<PickedTemplate | undefined> {
    return new Observable<PickedTemplate | undefined>((subscriber) => {
      const data: TemplatePickerData = { chat };
      let ref: MatDialogRef<TemplatePickerDialog, PickedTemplate> | null = null;
      let closed = false;
      let unsubscribed = false;
      void this.dialog
        .open<TemplatePickerDialog, TemplatePickerData, PickedTemplate>(
          () => import('./template-picker-dialog').then((m) => m.TemplatePickerDialog),
          {
            data,
            width: '920px',
            maxWidth: '95vw',
            autoFocus: 'input[type="search"]',
            restoreFocus: true,
          },
        )
        .then((opened) => {
          ref = opened;
          if (unsubscribed) {
            opened.close();
            return;
          }
          opened.afterClosed().subscribe((picked) => {
            closed = true;
            subscriber.next(picked ?? undefined);
            subscriber.complete();
          });
        });
      return () => {
        unsubscribed = true;
        if (ref && !closed) {
          ref.close();
        }
      };
    });
  }
}
