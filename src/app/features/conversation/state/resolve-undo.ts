import { Injectable, inject } from '@angular/core';
import { MatSnackBar } from '@angular/material/snack-bar';

import { Chats } from '../../../../contract';
import { ChatActionsStore } from './chat-actions-store';
import { contactName } from '../../../shared/text/contact-name';

/**
 * The Undo of a resolve once the executive has moved on from the chat (opened the next one):
 * a snackbar at the bottom left, over the chat list rather than the reply box, with an "Undo"
 * button for the rest of the undo time. Undo reopens the chat, which brings its wait back.
 */
@Injectable({ providedIn: 'root' })
export class ResolveUndo {
  private readonly snackBar = inject(MatSnackBar);
  private readonly actions = inject(ChatActionsStore);

  /** Offers to reopen `chat` for `ms` milliseconds. */
  offer(chat: Pick<Chats, 'chat_id' | 'customer_number' | 'customer_name'>, ms: number): void {
    const ref = this.snackBar.open(
      `Chat with ${contactName(chat.customer_name, chat.customer_number)} resolved.`,
      'Undo',
      {
        duration: Math.max(1000, Math.round(ms)),
        horizontalPosition: 'start',
        verticalPosition: 'bottom',
        politeness: 'polite',
      },
    );
    ref.onAction().subscribe(() => {
      void this.actions.setStatus(chat, 'active');
    });
  }
}
