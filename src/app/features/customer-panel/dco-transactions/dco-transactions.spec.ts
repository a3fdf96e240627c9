import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture } from '@angular/core/testing';
import { MatPaginatorHarness } from '@angular/material/paginator/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';
import { of } from 'rxjs';

import { aTransactionPage } from '../testing/panel-fixtures';
import { DRIVER_SUBJECT, PanelApis, panelApis, renderSection } from '../testing/panel-testing';
import { DcoTransactions } from './dco-transactions';

describe('DcoTransactions', () => {
  let apis: PanelApis;
  let fixture: ComponentFixture<DcoTransactions>;
  let loader: HarnessLoader;

  async function render(): Promise<void> {
    fixture = await renderSection(DcoTransactions, apis, DRIVER_SUBJECT);
    loader = TestbedHarnessEnvironment.loader(fixture);
  }

  function lastRequest() {
    return apis.node.dcoTransactionHistory.calls.mostRecent().args[0];
  }

  beforeEach(() => (apis = panelApis()));

  it('shows the page of transactions with signed rupee amounts and balances', async () => {
    await render();
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getCellTextByColumnName();
    expect(rows['description'].text).toEqual([
      'Trip earnings for OW2506847',
      'Penalty: late arrival',
    ]);
    expect(rows['amount'].text[0]).toContain('+₹2,016.00');
    expect(rows['amount'].text[0]).toContain('Bal. ₹2,016.00');
    expect(rows['amount'].text[1]).toContain('−₹300.00');
  });

  it('asks the back end for the next page and for another page size', async () => {
    await render();
    const paginator = await loader.getHarness(MatPaginatorHarness);
    expect(await paginator.getRangeLabel()).toBe('1 – 10 of 68');
    await paginator.goToNextPage();
    expect(lastRequest()).toEqual(jasmine.objectContaining({ page: 2, page_size: 10 }));
    await paginator.setPageSize(25);
    expect(lastRequest()).toEqual(jasmine.objectContaining({ page: 1, page_size: 25 }));
  });

  it('sorts on the back end by amount and by date', async () => {
    await render();
    const sort = await loader.getHarness(MatSortHarness);
    const [date, amount] = await sort.getSortHeaders();
    expect(await date.getSortDirection()).toBe('desc');
    await amount.click();
    expect(lastRequest()).toEqual(
      jasmine.objectContaining({ sort_by: 'amount', sort_dir: 'asc', page: 1 }),
    );
    await amount.click();
    expect(lastRequest()).toEqual(
      jasmine.objectContaining({ sort_by: 'amount', sort_dir: 'desc' }),
    );
  });

  it('says when the DCO has no transactions', async () => {
    apis.node.dcoTransactionHistory.and.returnValue(
      of(aTransactionPage({ transactions: [], total: 0 })),
    );
    await render();
    expect(fixture.nativeElement.textContent).toContain('No wallet transactions yet.');
  });
});
