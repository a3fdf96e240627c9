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
  template: `
    <app-panel-section heading="Partner" [busy]="store.partner.loading()">
      <app-section-status
        what="the partner details"
        [skeletonLines]="5"
        [section]="store.partner"
      />
      @if (store.partner.value(); as partner) {
        <div class="badges">
          <span class="badge" [attr.data-status]="partner.status">{{ labels().status }}</span>
          <span class="badge" [attr.data-kyc]="partner.kyc_status">{{ labels().kyc }}</span>
        </div>
        <dl class="facts">
          <dt>Name</dt>
          <dd>{{ partner.name }}</dd>
          <dt>Partner id</dt>
          <dd><app-copyable-value label="partner id" [value]="partner.partner_id" /></dd>
          <dt>DCO id</dt>
          <dd><app-copyable-value label="DCO id" [value]="partner.dco_id" /></dd>
          <dt>Phone</dt>
          <dd><app-copyable-value label="partner's phone number" [value]="partner.phone" /></dd>
          @if (partner.email) {
            <dt>Email</dt>
            <dd><app-copyable-value label="email" [value]="partner.email" /></dd>
          }
          <dt>City</dt>
          <dd>{{ partner.city }}</dd>
          <dt>Joined</dt>
          <dd>{{ partner.joined_at | dateTime: 'date' }}</dd>
        </dl>
        @if (partner.vehicles.length > 0) {
          <h4 class="sub">Vehicles</h4>
          <ul class="list" aria-label="Vehicles">
            @for (vehicle of partner.vehicles; track vehicle.cab_number) {
              <li class="vehicle">
                <app-copyable-value label="cab number" [value]="vehicle.cab_number" />
                <span class="muted small">{{ vehicle.cab_model }} · {{ vehicle.cab_type }}</span>
              </li>
            }
          </ul>
        }
        <h4 class="sub">Other numbers</h4>
        <app-section-status
          what="the other numbers"
          [skeletonLines]="2"
          [section]="store.alternates"
        />
        @if (store.alternates.value(); as numbers) {
          @if (numbers.length === 0) {
            <p class="muted">No other numbers on file.</p>
          } @else {
            <ul class="list" aria-label="Other numbers">
              @for (alternate of numbers; track alternate.number) {
                <li>
                  <app-copyable-value
                    [label]="alternate.label + ' number'"
                    [value]="alternate.number"
                  />
                  <span class="muted">{{ alternate.label }}</span>
                  @if (alternate.verified) {
                    <span class="verified">
                      <span class="material-symbols-outlined" aria-hidden="true">verified</span>
                      Verified
                    </span>
                  }
                </li>
              }
            </ul>
          }
        }
      }
    </app-panel-section>
  `,
  styles: `
    @use '../panel-section/section-content';

    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 6px;
      margin-bottom: 8px;
    }
    .badge {
      @include section-content.pill;
    }
    .badge[data-status='suspended'],
    .badge[data-status='blocked'],
    .badge[data-kyc='rejected'] {
      @include section-content.warning-colours;
    }
    @include section-content.facts;
    .sub {
      margin: 10px 0 4px;
      font: var(--mat-sys-label-large);
      color: var(--mat-sys-on-surface-variant);
    }
    .list {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 4px;
    }
    .list li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0 8px;
    }
    .muted {
      color: var(--mat-sys-on-surface-variant);
    }
    .small {
      font: var(--mat-sys-body-small);
    }
    .list li.vehicle {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 8px;
    }
    .vehicle .small {
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .verified {
      display: inline-flex;
      align-items: center;
      gap: 2px;
      font: var(--mat-sys-label-small);
      color: var(--mat-sys-primary);
    }
    .verified .material-symbols-outlined {
      font-size: 16px;
    }
  `,
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
