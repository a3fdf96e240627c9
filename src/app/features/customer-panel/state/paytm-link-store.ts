import { Injectable, inject } from '@angular/core';

import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import { ResendPaytmLinkRequest, ResendPaytmLinkResponse } from '../../../../contract';
import { NotesStore } from '../../conversation/state/notes-store';
import { PartnerStore } from './partner-store';
import { SectionAction } from './section-action';

/**
 * Sending a partner a new Paytm payment link for their dues (`resendPaytmPaymentLink`). The
 * request names the open chat, where the back end notes who sent what; the chat's notes are then
 * fetched again, so the note shows even when its `note_added` does not reach this console.
 */
@Injectable()
export class PaytmLinkStore {
  private readonly api = inject(PartnerEnrolApi);
  private readonly partner = inject(PartnerStore);
  private readonly notes = inject(NotesStore);

  /** The last send and its answer. */
  readonly send = new SectionAction<ResendPaytmLinkRequest, ResendPaytmLinkResponse>({
    run: (request) => this.api.resendPaytmPaymentLink(request),
    fallbackError: 'The payment link was not sent. Try again.',
    onDone: (_, request) => {
      if (request.chat_id) {
        this.notes.load(request.chat_id, true);
      }
    },
  });

  /** Sends the link: for `amount` rupees, or the outstanding dues when it is omitted. */
  resend(partnerId: string, amount?: number): void {
    const chatId = this.partner.subject()?.chatId;
    this.send.run({
      partner_id: partnerId,
      ...(amount === undefined ? {} : { amount }),
      ...(chatId ? { chat_id: chatId } : {}),
    });
  }

  /** Forgets the previous chat's result. */
  open(): void {
    this.send.reset();
  }
}
