import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { CopyableValue } from '../copyable-value/copyable-value';
import { DateTimePipe } from '../format/date-time-pipe';
import { formatRupees } from '../format/rupees-pipe';
import { PanelSection } from '../panel-section/panel-section';
import { SectionStatusView } from '../panel-section/section-status-view';
import { DCO_STATUS_LABELS } from '../partner-card/dco-status-labels';
import { PartnerStore } from '../state/partner-store';

/** The DCO record of the partner (`getDcoDetails`): status, wallet and dues, vehicles. */
@Component({
  selector: 'app-dco-account',
  imports: [CopyableValue, DateTimePipe, PanelSection, SectionStatusView],
  template: `
    <app-panel-section heading="DCO account" [busy]="store.dco.loading()">
      @if (store.partner.status() === 'error' && !store.dco.value()) {
        <p class="muted">
          The DCO account shows once the partner details load. Use "Try again" under Partner.
        </p>
      }
      <app-section-status what="the DCO details" [section]="store.dco" />
      @if (store.dco.value(); as dco) {
        <div class="wallet" [class.dues]="wallet().dues" role="group" aria-label="Wallet">
          <span class="wallet-label">{{ wallet().label }}</span>
          <span class="wallet-amount">{{ wallet().amount }}</span>
        </div>
        <dl class="facts">
          <dt>DCO id</dt>
          <dd><app-copyable-value label="DCO id" [value]="dco.dco_id" /></dd>
          <dt>Status</dt>
          <dd>{{ statusLabel() }}</dd>
          <dt>Vehicles</dt>
          <dd>{{ dco.vehicles_count }}</dd>
          <dt>City</dt>
          <dd>{{ dco.city }}</dd>
          <dt>Since</dt>
          <dd>{{ dco.joined_at | dateTime: 'date' }}</dd>
        </dl>
      }
    </app-panel-section>
  `,
  styles: `
    @use '../panel-section/section-content';

    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .wallet {
      display: flex;
      justify-content: space-between;
      align-items: baseline;
      gap: 8px;
      margin-bottom: 8px;
      padding: 8px 10px;
      border-radius: 8px;
      background: var(--mat-sys-surface-container);
    }
    .wallet.dues {
      @include section-content.warning-colours;
    }
    .wallet-label {
      min-width: 0;
      font: var(--mat-sys-label-large);
      overflow-wrap: anywhere;
    }
    .wallet-amount {
      flex: none;
      font: var(--mat-sys-title-medium);
      font-variant-numeric: tabular-nums;
    }
    @include section-content.facts;
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DcoAccount {
  protected readonly store = inject(PartnerStore);

  protected readonly statusLabel = computed(() => {
    const status = this.store.dco.value()?.status;
    return status ? (DCO_STATUS_LABELS[status] ?? status) : '';
  });
  // When a driver writes, the dues and the wallet are their partner's: the label says whose.
  protected readonly wallet = computed(() => {
    const balance = this.store.dco.value()?.wallet_balance ?? 0;
    const writer = this.store.writer();
    const whose = writer?.isDriver ? ` of partner ${writer.partnerName}` : '';
    return balance < 0
      ? {
          dues: true,
          label: whose ? `Dues${whose}` : 'Dues to pay',
          amount: formatRupees(-balance),
        }
      : { dues: false, label: `Wallet balance${whose}`, amount: formatRupees(balance) };
  });
}
