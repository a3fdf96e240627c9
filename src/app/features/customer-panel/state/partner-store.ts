import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { map } from 'rxjs';

import { OnewayNodeApi } from '../../../core/api/oneway-node-api';
import { PartnerEnrolApi } from '../../../core/api/partner-enrol-api';
import {
  AlternateNumber,
  DcoDetails,
  DcoTransactionHistoryRequest,
  DcoTransactionHistoryResponse,
  Partner,
} from '../../../../contract';
import { PanelSubject } from './panel-subject';
import { PartnerWriter, partnerWriterOf } from './partner-writer';
import { SectionResource } from './section-resource';

/** How the transaction table is paged and sorted (`page` is 1-based, as the back end counts). */
export interface TransactionQuery {
  readonly page: number;
  readonly pageSize: number;
  readonly sortBy: 'created_at' | 'amount';
  readonly sortDir: 'asc' | 'desc';
}

/** Transaction rows per page unless the executive picks another size. */
export const DEFAULT_TRANSACTION_QUERY: TransactionQuery = {
  page: 1,
  pageSize: 10,
  sortBy: 'created_at',
  sortDir: 'desc',
};

/**
 * The driver (partner, "DCO") writing in a driver chat: found by the chat's number
 * (`getPartner`), then their other numbers (`getAlternateNumbers`), the DCO record (`getDcoDetails`)
 * and a page of wallet transactions (`dcoTransactionHistory`), each loading and failing on its own.
 */
@Injectable()
export class PartnerStore {
  private readonly partnerApi = inject(PartnerEnrolApi);
  private readonly nodeApi = inject(OnewayNodeApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly query = signal<TransactionQuery>(DEFAULT_TRANSACTION_QUERY);
  private readonly shown = signal<PanelSubject | null>(null);

  /** The driver chat whose partner is shown, or null. */
  readonly subject = this.shown.asReadonly();

  /** How the transaction table is paged and sorted now. */
  readonly transactionQuery = this.query.asReadonly();

  /** The partner's other contact numbers. */
  readonly alternates = new SectionResource<string, readonly AlternateNumber[]>({
    fetch: (partnerId) =>
      this.partnerApi
        .getAlternateNumbers({ partner_id: partnerId })
        .pipe(map((response) => response.alternate_numbers ?? [])),
    fallbackError: 'The other numbers could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** The DCO record: status, wallet, vehicles. */
  readonly dco = new SectionResource<string, DcoDetails>({
    fetch: (dcoId) =>
      this.nodeApi.getDcoDetails({ dco_id: dcoId }).pipe(map((response) => response.dco)),
    fallbackError: 'The DCO details could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** One page of the DCO's wallet transactions, paged and sorted by the back end. */
  readonly transactions = new SectionResource<
    DcoTransactionHistoryRequest,
    DcoTransactionHistoryResponse
  >({
    fetch: (request) => this.nodeApi.dcoTransactionHistory(request),
    keyOf: (r) => `${r.dco_id}|${r.page}|${r.page_size}|${r.sort_by}|${r.sort_dir}`,
    keepPrevious: true,
    fallbackError: 'The transactions could not be loaded. Try again.',
    destroyRef: this.destroyRef,
  });

  /** The partner found by the chat's number. */
  readonly partner = new SectionResource<string, Partner>({
    fetch: (phone) =>
      this.partnerApi.getPartner({ phone }).pipe(map((response) => response.partner)),
    fallbackError: 'The partner details could not be loaded. Try again.',
    onValue: (partner) => {
      this.alternates.load(partner.partner_id);
      this.dco.load(partner.dco_id);
      this.loadTransactions();
    },
    destroyRef: this.destroyRef,
  });

  /** The DCO id of the partner shown, once known. */
  readonly dcoId = computed(() => this.partner.value()?.dco_id ?? null);

  /**
   * Who is writing: the partner, or one of their drivers ("Salim Das drives for partner Venkatesh
   * Yadav"); null until it can be told. The partner pays the dues and gets the payment links.
   */
  readonly writer = computed<PartnerWriter | null>(() =>
    partnerWriterOf(this.shown(), this.partner.value(), {
      settled: this.alternates.status() === 'ready' || this.alternates.status() === 'error',
      numbers: this.alternates.value() ?? [],
    }),
  );

  /** Shows a driver chat's partner, or clears everything for a customer chat. */
  open(subject: PanelSubject | null): void {
    this.partner.reset();
    this.alternates.reset();
    this.dco.reset();
    this.transactions.reset();
    this.query.set(DEFAULT_TRANSACTION_QUERY);
    this.shown.set(subject?.stakeholder === 'driver' ? subject : null);
    if (subject?.stakeholder === 'driver') {
      this.partner.load(subject.number);
    }
  }

  /** Shows another page of transactions (`page` is 1-based), or the same page at another size. */
  pageTransactions(page: number, pageSize: number): void {
    const size = Math.max(1, Math.min(100, Math.round(pageSize)));
    const current = this.query();
    // A new page size starts again at the first page, where the executive is sure to find rows.
    const next = size === current.pageSize ? Math.max(1, Math.round(page)) : 1;
    this.query.set({ ...current, page: next, pageSize: size });
    this.loadTransactions();
  }

  /** Sorts the transactions by date or amount, from the first page. */
  sortTransactions(sortBy: TransactionQuery['sortBy'], sortDir: TransactionQuery['sortDir']): void {
    this.query.update((q) => ({ ...q, sortBy, sortDir, page: 1 }));
    this.loadTransactions();
  }

  /** Loads the partner and DCO record again after their status changed. */
  refreshStatus(): void {
    this.partner.reload();
    this.dco.reload();
  }

  private loadTransactions(): void {
    const dcoId = this.dcoId();
    if (!dcoId) {
      return;
    }
    const q = this.query();
    this.transactions.load({
      dco_id: dcoId,
      page: q.page,
      page_size: q.pageSize,
      sort_by: q.sortBy,
      sort_dir: q.sortDir,
    });
  }
}
