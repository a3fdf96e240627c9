import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';

import { Partner } from '../../../../contract';
import { CopyableValue } from '../copyable-value/copyable-value';
import { DateTimePipe } from '../format/date-time-pipe';
import { PanelSection } from '../panel-section/panel-section';
import { SectionStatusView } from '../panel-section/section-status-view';
import { PartnerStore } from '../state/partner-store';
import { DCO_STATUS_LABELS } from './dco-status-labels';

const KYC: Readonly<Record<Partner['kyc_status'], string>> = {
  verified: 'KYC verified',
  pending: 'KYC pending',
  rejected: 'KYC rejected',
};

/** The partner writing in a driver chat (`getPartner`) and their other numbers. */
@Component({
  selector: 'app-partner-card',
  imports: [CopyableValue, DateTimePipe, PanelSection, SectionStatusView],
  templateUrl: './partner-card.html',
  styleUrl: './partner-card.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PartnerCard {
  protected readonly store = inject(PartnerStore);

  protected readonly labels = computed(() => {
    const partner = this.store.partner.value();
    return {
      status: partner ? (DCO_STATUS_LABELS[partner.status] ?? partner.status) : '',
      kyc: partner ? (KYC[partner.kyc_status] ?? partner.kyc_status) : '',
    };
  });
}
