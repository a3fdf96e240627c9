import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';

import { CopyableValue } from '../copyable-value/copyable-value';
import { DateTimePipe } from '../format/date-time-pipe';
import { RupeesPipe, formatRupees } from '../format/rupees-pipe';
import { PanelSection } from '../panel-section/panel-section';
import { PartnerStore } from '../state/partner-store';
import { PaytmLinkStore } from '../state/paytm-link-store';
import { paymentLinkSentence } from '../state/chat-facts';
import { PaytmConfirmData, PaytmConfirmDialog, PaytmConfirmResult } from './paytm-confirm-dialog';

/** Resends the partner a Paytm payment link (`resendPaytmPaymentLink`), after a confirmation. */
@Component({
  selector: 'app-paytm-link',
  imports: [CopyableValue, DateTimePipe, MatButtonModule, PanelSection, RupeesPipe],
  template: `
    <app-panel-section heading="Payment link" [busy]="store.send.running()">
      @if (partner.partner.value()) {
        <p class="lead">{{ dues().text }}</p>
        <button mat-flat-button type="button" [disabled]="store.send.running()" (click)="confirm()">
          <span matButtonIcon class="material-symbols-outlined send-icon" aria-hidden="true"
            >send_money</span
          >
          {{ store.send.running() ? 'Sending…' : 'Send payment link' }}
        </button>
        <div aria-live="polite">
          @if (store.send.result(); as result) {
            <div class="result ok" role="status">
              <p class="headline">
                Link for {{ result.amount | rupees }} sent to {{ payer() }} on {{ result.sent_to }}.
              </p>
              <p>{{ result.message }}</p>
              <p class="muted">
                Expires {{ result.expires_at | dateTime }} · Link id
                <app-copyable-value
                  label="payment link"
                  [value]="result.link_id"
                  [reply]="linkSentence()"
                />
              </p>
            </div>
          }
        </div>
        @if (store.send.error(); as error) {
          <div class="result failed" role="alert">
            <p class="headline">The link was not sent.</p>
            <p>{{ error }}</p>
          </div>
        }
      } @else {
        <p class="muted">The payment link can be sent once the partner details load.</p>
      }
    </app-panel-section>
  `,
  styles: `
    @use '../panel-section/section-content';

    .lead {
      margin: 0 0 8px;
    }
    /* Sized and spaced as the button's own icons are. */
    .send-icon {
      font-size: 18px;
      width: 18px;
      height: 18px;
      margin: 0 8px 0 -4px;
    }
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .result {
      margin-top: 8px;
      padding: 8px 10px;
      border-radius: 8px;
      overflow-wrap: anywhere;
    }
    .result p {
      margin: 0 0 4px;
    }
    @include section-content.outcome-colours;
    .headline {
      font: var(--mat-sys-label-large);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PaytmLink {
  private readonly dialog = inject(MatDialog);
  protected readonly store = inject(PaytmLinkStore);
  protected readonly partner = inject(PartnerStore);

  // Null while the DCO record is not loaded: the dues are then worked out by the back end.
  private readonly duesAmount = computed(() => {
    const balance = this.partner.dco.value()?.wallet_balance;
    if (typeof balance !== 'number') {
      return null;
    }
    return balance < 0 ? -balance : 0;
  });
  protected readonly linkSentence = computed(() => {
    const result = this.store.send.result();
    return result ? paymentLinkSentence(result) : null;
  });
  // The partner pays and gets the link, also when one of their drivers is writing.
  protected readonly payer = computed(() => this.partner.partner.value()?.name ?? 'the partner');
  protected readonly dues = computed(() => {
    const writer = this.partner.writer();
    const driver = writer?.isDriver ? ` The link goes to them, not to ${writer.writerName}.` : '';
    if (this.partner.dco.status() !== 'ready') {
      return { text: `Sends a Paytm link to ${this.payer()}’s WhatsApp number.${driver}` };
    }
    const dues = this.duesAmount() ?? 0;
    return {
      text:
        dues > 0
          ? `${this.payer()} has dues of ${formatRupees(dues)} outstanding.${driver}`
          : `${this.payer()} has no dues outstanding; you can still send a link for an amount you choose.${driver}`,
    };
  });

  protected confirm(): void {
    const partner = this.partner.partner.value();
    if (!partner) {
      return;
    }
    const writer = this.partner.writer();
    const data: PaytmConfirmData = {
      partnerName: partner.name,
      dcoId: partner.dco_id,
      phone: partner.phone,
      dues: this.duesAmount(),
      driverName: writer?.isDriver ? writer.writerName : null,
    };
    this.dialog
      .open<PaytmConfirmDialog, PaytmConfirmData, PaytmConfirmResult>(PaytmConfirmDialog, {
        data,
        width: '420px',
        autoFocus: 'first-tabbable',
      })
      .afterClosed()
      .subscribe((result) => {
        if (result && partner.partner_id === this.partner.partner.value()?.partner_id) {
          this.store.resend(partner.partner_id, result.amount);
        }
      });
  }
}
