import { ChangeDetectionStrategy, Component, Injectable, computed, inject } from '@angular/core';
import { MatPaginatorIntl, MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatSortModule, Sort } from '@angular/material/sort';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';

import { DcoTransaction } from '../../../../contract';
import { clockTime, shortDate } from '../../../shared/time/time-format';
import { DateTimePipe } from '../format/date-time-pipe';
import { formatRupees } from '../format/rupees-pipe';
import { PanelSection } from '../panel-section/panel-section';
import { SectionStatusView } from '../panel-section/section-status-view';
import { DEFAULT_TRANSACTION_QUERY, PartnerStore } from '../state/partner-store';

/** A transaction as the table shows it. */
interface TransactionRow {
  readonly id: string;
  readonly createdAt: string;
  /** "25 Nov" and "10:22 PM", on two lines of a narrow cell; the tooltip has the year. */
  readonly day: string;
  readonly time: string;
  readonly description: string;
  readonly bookingId: string | null;
  readonly credit: boolean;
  /** Signed, for reading: "+₹2,016.00" or "−₹300.00". */
  readonly amount: string;
  readonly balance: string;
}

function toRow(t: DcoTransaction): TransactionRow {
  const credit = t.type === 'credit';
  const at = Date.parse(t.created_at);
  return {
    id: t.transaction_id,
    createdAt: t.created_at,
    day: shortDate(at),
    time: clockTime(at),
    description: t.description,
    // Trip earnings already name their booking; the id is shown only where it adds something.
    bookingId:
      t.display_booking_id && !t.description.includes(t.display_booking_id)
        ? t.display_booking_id
        : null,
    credit,
    amount: `${credit ? '+' : '−'}${formatRupees(Math.abs(t.amount))}`,
    balance: formatRupees(t.balance_after),
  };
}

/** Shorter paginator labels for the narrow panel. */
@Injectable()
export class TransactionsPaginatorIntl extends MatPaginatorIntl {
  override itemsPerPageLabel = 'Rows';
  override nextPageLabel = 'Next page of transactions';
  override previousPageLabel = 'Previous page of transactions';
}

/**
 * The DCO's wallet transactions (`dcoTransactionHistory`), paged and sorted by the back end: the
 * table only ever holds the page on screen.
 */
@Component({
  selector: 'app-dco-transactions',
  imports: [
    DateTimePipe,
    MatPaginatorModule,
    MatSortModule,
    MatTableModule,
    MatTooltipModule,
    PanelSection,
    SectionStatusView,
  ],
  templateUrl: './dco-transactions.html',
  styleUrl: './dco-transactions.scss',
  providers: [{ provide: MatPaginatorIntl, useClass: TransactionsPaginatorIntl }],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DcoTransactions {
  protected readonly store = inject(PartnerStore);

  protected readonly columns = ['created_at', 'description', 'amount'];
  protected readonly pageSizes = [DEFAULT_TRANSACTION_QUERY.pageSize, 25, 50];
  protected readonly query = this.store.transactionQuery;
  protected readonly page = this.store.transactions.value;
  protected readonly rows = computed(() => (this.page()?.transactions ?? []).map(toRow));

  protected turn(event: PageEvent): void {
    this.store.pageTransactions(event.pageIndex + 1, event.pageSize);
  }

  protected sort(event: Sort): void {
    const sortBy = event.active === 'amount' ? 'amount' : 'created_at';
    this.store.sortTransactions(sortBy, event.direction === 'asc' ? 'asc' : 'desc');
  }
}
