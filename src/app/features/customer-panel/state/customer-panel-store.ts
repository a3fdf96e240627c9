import { Injectable, computed, inject, signal } from '@angular/core';

import { Chats } from '../../../../contract';
import { ChatFacts } from '../../../core/state/chat-facts-store';
import { BookingStore } from './booking-store';
import { chatFactsOf } from './chat-facts';
import { CustomerStore } from './customer-store';
import { DcoStatusStore } from './dco-status-store';
import { PanelSubject, sameSubject, subjectOf } from './panel-subject';
import { PartnerStore } from './partner-store';
import { PaytmLinkStore } from './paytm-link-store';

/**
 * The customer panel's view of the open chat: who is writing, and every section's store switched
 * to them together. Opening another chat drops all cached sections and loads them again; a live
 * update of the same chat changes nothing.
 */
@Injectable()
export class CustomerPanelStore {
  private readonly customer = inject(CustomerStore);
  private readonly bookings = inject(BookingStore);
  private readonly partner = inject(PartnerStore);
  private readonly paytm = inject(PaytmLinkStore);
  private readonly status = inject(DcoStatusStore);
  private readonly current = signal<PanelSubject | null>(null);

  /** Who the panel shows, or null when no chat is open. */
  readonly subject = this.current.asReadonly();

  /**
   * What a reply may quote about the open chat (booking, driver, cab, dues), read-only and from
   * what the sections have loaded: a section that has not loaded contributes nothing, and the dues
   * only when the partner who owes them is the one writing.
   */
  readonly facts = computed<ChatFacts>(() =>
    chatFactsOf({
      subject: this.current(),
      booking: this.bookings.booking.value(),
      driver: this.bookings.driver.value(),
      dco: this.partner.dco.value(),
      writer: this.partner.writer(),
    }),
  );

  /** Shows the person writing in `chat` (null: nobody). */
  open(chat: Chats | null): void {
    const next = subjectOf(chat);
    if (!sameSubject(next, this.current())) {
      this.show(next);
    }
  }

  /** Loads every section of the open chat again, past the caches. */
  refresh(): void {
    this.show(this.current());
  }

  private show(subject: PanelSubject | null): void {
    this.current.set(subject);
    this.customer.open(subject);
    this.bookings.open();
    this.partner.open(subject);
    this.paytm.open();
    this.status.open();
  }
}

/** Every store of the customer panel, provided once by the panel for its sections. */
export const CUSTOMER_PANEL_STORES = [
  CustomerPanelStore,
  CustomerStore,
  BookingStore,
  PartnerStore,
  PaytmLinkStore,
  DcoStatusStore,
];
