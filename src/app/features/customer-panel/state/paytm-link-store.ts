import { Injectable, inject } from '@angular/core';

import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import { ResendPaytmLinkRequest, ResendPaytmLinkResponse } from '../../../../contract';
import { SectionAction } from './section-action';

/** Sending a partner a new Paytm payment link for their dues (`resendPaytmPaymentLink`). */
@Injectable()
export class PaytmLinkStore {
  private readonly api = inject(PartnerEnrolApi);

  /** The last send and its answer. */
  readonly send = new SectionAction<ResendPaytmLinkRequest, ResendPaytmLinkResponse>({
    run: (request) => this.api.resendPaytmPaymentLink(request),
    fallbackError: 'The payment link was not sent. Try again.',
  });

  /** Sends the link: for `amount` rupees, or the outstanding dues when it is omitted. */
  resend(partnerId: string, amount?: number): void {
    this.send.run(
      amount === undefined ? { partner_id: partnerId } : { partner_id: partnerId, amount },
    );
  }

  /** Forgets the previous chat's result. */
  open(): void {
    this.send.reset();
  }
}
