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
  template: `
    <app-panel-section heading="Transactions" [busy]="store.transactions.loading()">
      @if (!store.dcoId()) {
        @if (store.partner.status() === 'error') {
          <p class="muted">Transactions show once the partner details load.</p>
        } @else if (store.partner.loading()) {
          <p class="muted">Finding the partner…</p>
        }
      }
      <app-section-status
        what="the transactions"
        [skeletonLines]="6"
        [section]="store.transactions"
      />
      @if (page(); as current) {
        @if (current.total === 0) {
          <p class="muted">No wallet transactions yet.</p>
        } @else {
          <div class="scroll">
            <table
              mat-table
              matSort
              class="table"
              aria-label="Wallet transactions"
              [dataSource]="rows()"
              [matSortActive]="query().sortBy"
              [matSortDirection]="query().sortDir"
              matSortDisableClear
              (matSortChange)="sort($event)"
            >
              <ng-container matColumnDef="created_at">
                <th
                  mat-header-cell
                  *matHeaderCellDef
                  mat-sort-header
                  sortActionDescription="Sort by date"
                >
                  Date
                </th>
                <td mat-cell *matCellDef="let row">
                  <time [attr.datetime]="row.createdAt" [matTooltip]="row.createdAt | dateTime">
                    {{ row.day }}<span class="muted time">{{ row.time }}</span>
                  </time>
                </td>
              </ng-container>
              <ng-container matColumnDef="description">
                <th mat-header-cell *matHeaderCellDef>Details</th>
                <td mat-cell *matCellDef="let row" class="details">
                  {{ row.description }}
                  @if (row.bookingId) {
                    <span class="muted">{{ row.bookingId }}</span>
                  }
                </td>
              </ng-container>
              <ng-container matColumnDef="amount">
                <th
                  mat-header-cell
                  *matHeaderCellDef
                  mat-sort-header
                  arrowPosition="before"
                  sortActionDescription="Sort by amount"
                  class="num"
                >
                  Amount
                </th>
                <td mat-cell *matCellDef="let row" class="num">
                  <span [class.credit]="row.credit" [class.debit]="!row.credit">{{
                    row.amount
                  }}</span>
                  <span class="balance">Bal. {{ row.balance }}</span>
                </td>
              </ng-container>
              <tr mat-header-row *matHeaderRowDef="columns"></tr>
              <tr mat-row *matRowDef="let row; columns: columns"></tr>
            </table>
          </div>
          <mat-paginator
            aria-label="Pages of transactions"
            [length]="current.total"
            [pageIndex]="query().page - 1"
            [pageSize]="query().pageSize"
            [pageSizeOptions]="pageSizes"
            [disabled]="store.transactions.loading()"
            (page)="turn($event)"
          />
        }
      }
    </app-panel-section>
  `,
  styles: `
    .muted {
      margin: 0;
      color: var(--mat-sys-on-surface-variant);
    }
    .scroll {
      overflow-x: auto;
      margin: 0 -16px;
    }
    .table {
      width: 100%;
      --mat-table-row-item-container-height: 44px;
      --mat-table-header-container-height: 40px;
      background: transparent;
    }
    .mat-mdc-cell,
    .mat-mdc-header-cell {
      padding: 4px 6px;
      font: var(--mat-sys-body-small);
    }
    .mat-mdc-cell:first-child,
    .mat-mdc-header-cell:first-child {
      padding-left: 16px;
    }
    .mat-mdc-cell:last-child,
    .mat-mdc-header-cell:last-child {
      padding-right: 16px;
    }
    .details {
      overflow-wrap: anywhere;
    }
    .details .muted,
    .time {
      display: block;
    }
    .num {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    .credit {
      color: var(--mat-sys-primary);
      font-weight: 500;
    }
    .debit {
      color: var(--mat-sys-error);
      font-weight: 500;
    }
    .balance {
      display: block;
      color: var(--mat-sys-on-surface-variant);
    }
    mat-paginator {
      margin: 0 -16px;
      background: transparent;
      --mat-paginator-container-text-size: 12px;
    }
  `,
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
