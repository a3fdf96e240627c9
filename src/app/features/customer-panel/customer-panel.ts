import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  effect,
  inject,
  viewChild,
} from '@angular/core';

import { MatButtonModule } from '@angular/material/button';
import { MatTooltipModule } from '@angular/material/tooltip';

import { afterNextPaint } from '../../core/platform/after-paint';
import { ChatFactsStore } from '../../core/state/chat-facts-store';
import { ConversationStore } from '../../core/state/conversation-store';
import { BookingLookup } from './booking-lookup/booking-lookup';
import { ContextTimeline } from './context-timeline/context-timeline';
import { CopyableValue } from './copyable-value/copyable-value';
import { DcoAccount } from './dco-account/dco-account';
import { DcoStatusForm } from './dco-status-form/dco-status-form';
import { DcoTransactions } from './dco-transactions/dco-transactions';
import { PartnerCard } from './partner-card/partner-card';
import { PaytmLink } from './paytm-link/paytm-link';
import { RidesSection } from './rides-section/rides-section';
import { scrollIntoPanel } from './scroll-into-panel';
import { BookingStore } from './state/booking-store';
import { PartnerStore } from './state/partner-store';
import { writerKindOf } from './state/partner-writer';
import { CUSTOMER_PANEL_STORES, CustomerPanelStore } from './state/customer-panel-store';
import { contactName } from '../../shared/text/contact-name';

/**
 * Everything about the person in the open chat, shaped by who is writing: for a customer the
 * context timeline, rides and booking lookup; for a driver the partner, DCO account, transactions,
 * payment link and status change. Each section loads and fails on its own; the sections of one
 * chat stay cached while it is open and load again when another chat opens.
 */
@Component({
  selector: 'app-customer-panel',
  imports: [
    BookingLookup,
    ContextTimeline,
    CopyableValue,
    DcoAccount,
    DcoStatusForm,
    DcoTransactions,
    MatButtonModule,
    MatTooltipModule,
    PartnerCard,
    PaytmLink,
    RidesSection,
  ],
  providers: [...CUSTOMER_PANEL_STORES],
  templateUrl: './customer-panel.html',
  styleUrl: './customer-panel.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { role: 'complementary', 'aria-label': 'Customer details' },
})
export class CustomerPanel {
  private readonly conversation = inject(ConversationStore);
  private readonly bookings = inject(BookingStore);
  private readonly partners = inject(PartnerStore);
  protected readonly store = inject(CustomerPanelStore);
  private readonly bookingAnchor = viewChild<ElementRef<HTMLElement>>('bookingAnchor');

  protected readonly subject = this.store.subject;
  protected readonly opening = computed(
    () => this.conversation.chatId() !== null && this.subject() === null,
  );
  /** The person's name, or their number while no name is known. */
  protected readonly displayName = computed(() => {
    const subject = this.subject();
    return subject ? contactName(subject.name, subject.number) : '';
  });
  /** Customer, driver partner or one of a partner's drivers, once the partner's numbers tell. */
  protected readonly kind = computed(() => writerKindOf(this.subject(), this.partners.writer()));

  constructor() {
    // The conversation paints first (from memory when it was open a moment ago); the panel's
    // sections start loading right after that frame.
    effect((onCleanup) => {
      const chat = this.conversation.chat();
      onCleanup(afterNextPaint(() => this.store.open(chat)));
    });
    // The composer fills quick replies from what this panel has loaded.
    const facts = inject(ChatFactsStore);
    effect(() => {
      const subject = this.subject();
      if (subject) {
        facts.publish(subject.chatId, this.store.facts());
      }
    });
    inject(DestroyRef).onDestroy(() => {
      const subject = this.subject();
      if (subject) {
        facts.clear(subject.chatId);
      }
    });
  }

  /** Looks a booking up (a ride, a timeline entry) and brings the lookup into view. */
  protected openBooking(displayId: string): void {
    this.bookings.lookup(displayId, true);
    // Scrolling to the anchor also starts the deferred lookup section, which then finishes the
    // scroll itself once the booking shows.
    const anchor = this.bookingAnchor()?.nativeElement;
    if (anchor) {
      scrollIntoPanel(anchor);
    }
  }
}
