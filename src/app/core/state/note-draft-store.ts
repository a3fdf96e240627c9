import { Injectable } from '@angular/core';

import { DraftStore } from './draft-store';

/**
 * Unwritten internal notes per chat, per executive, kept in `localStorage` apart from the reply
 * drafts (a note is never taken for a reply that waits to be sent), so switching chats or
 * reloading loses no note being written. Sign-out keeps or forgets them with the reply drafts.
 */
@Injectable({ providedIn: 'root' })
export class NoteDraftStore extends DraftStore {
  protected override readonly kind = 'noteDrafts';
}
