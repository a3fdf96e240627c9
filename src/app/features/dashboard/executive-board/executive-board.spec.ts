import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { HarnessLoader } from '@angular/cdk/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatSlideToggleHarness } from '@angular/material/slide-toggle/testing';
import { MatSortHarness } from '@angular/material/sort/testing';
import { MatTableHarness } from '@angular/material/table/testing';

import { ExecutiveLoad } from '../../../../contract';
import { DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { aLoad } from '../testing/dashboard-fixtures';
import { ExecutiveBoard } from './executive-board';

const NOW = Date.parse('2026-11-25T10:00:00.000Z');
const minutesAgo = (m: number) => new Date(NOW - m * 60_000).toISOString();

const TEAM: ExecutiveLoad[] = [
  aLoad({
    executive_id: 'a',
    name: 'Asha Nair',
    open_chats: 6,
    waiting_chats: 2,
    oldest_waiting_since: minutesAgo(2),
  }),
  aLoad({
    executive_id: 'p',
    name: 'Priya Sharma',
    open_chats: 3,
    waiting_chats: 3,
    oldest_waiting_since: minutesAgo(12),
    sla_breaches_today: 2,
  }),
  aLoad({
    executive_id: 'r',
    name: 'Rahul Verma',
    status: 'offline',
    open_chats: 9,
    waiting_chats: 0,
  }),
];

describe('ExecutiveBoard', () => {
  let fixture: ComponentFixture<ExecutiveBoard>;
  let loader: HarnessLoader;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    fixture = TestBed.createComponent(ExecutiveBoard);
    fixture.componentRef.setInput('executives', TEAM);
    fixture.componentRef.setInput('now', NOW);
    fixture.componentRef.setInput('sla', DEFAULT_CHAT_CONFIG.sla);
    loader = TestbedHarnessEnvironment.loader(fixture);
  });

  async function names(): Promise<string[]> {
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getRows();
    return Promise.all(rows.map((row) => row.getCellTextByIndex({ columnName: 'name' }))).then(
      (cells) => cells.map((cell) => cell[0]),
    );
  }

  it('puts the longest wait first, with presence, load and breaches', async () => {
    const table = await loader.getHarness(MatTableHarness);
    const rows = await table.getRows();
    const first = await rows[0].getCellTextByColumnName();
    expect(first).toEqual({
      name: 'Priya Sharma',
      status: 'Online',
      open_chats: '3',
      waiting_chats: '3',
      oldest_waiting: '12 min, over the first-reply limit',
      sla_breaches_today: '2',
    });
    expect(await names()).toEqual(['Priya Sharma', 'Asha Nair', 'Rahul Verma']);
    expect((await rows[2].getCellTextByColumnName())['status']).toBe('Offline');
  });

  it('sorts by the header the supervisor picks', async () => {
    const sort = await loader.getHarness(MatSortHarness);
    const [open] = await sort.getSortHeaders({ label: 'Open chats' });
    await open.click();
    expect(await open.getSortDirection()).toBe('asc');
    expect(await names()).toEqual(['Priya Sharma', 'Asha Nair', 'Rahul Verma']);
    await open.click();
    expect(await names()).toEqual(['Rahul Verma', 'Asha Nair', 'Priya Sharma']);

    const [name] = await sort.getSortHeaders({ label: 'Executive' });
    await name.click();
    expect(await names()).toEqual(['Asha Nair', 'Priya Sharma', 'Rahul Verma']);
  });

  it('sorts by every column, both ways', async () => {
    const sort = await loader.getHarness(MatSortHarness);
    const headers = await sort.getSortHeaders();
    expect(headers.length).toBe(6);
    for (const header of headers) {
      await header.click();
      const up = await names();
      await header.click();
      const down = await names();
      expect(await header.getSortDirection()).toBe('desc');
      expect(up.length).toBe(3);
      expect(down.length).toBe(3);
    }
    const [status] = await sort.getSortHeaders({ label: 'Status' });
    await status.click();
    expect((await names())[0]).toBe('Rahul Verma');
  });

  it('opens an executive’s chats from their row, as a link', () => {
    fixture.detectChanges();
    const links = Array.from(
      (fixture.nativeElement as HTMLElement).querySelectorAll<HTMLAnchorElement>('a.row-link'),
    );
    expect(links.map((a) => [a.getAttribute('href'), a.getAttribute('aria-label')])).toEqual([
      ['/chats?agent=p', 'Open Priya Sharma’s chats'],
      ['/chats?agent=a', 'Open Asha Nair’s chats'],
      ['/chats?agent=r', 'Open Rahul Verma’s chats'],
    ]);
  });

  it('shows only the executives online', async () => {
    const toggle = await loader.getHarness(MatSlideToggleHarness.with({ label: 'Online only' }));
    await toggle.toggle();
    expect(await names()).toEqual(['Priya Sharma', 'Asha Nair']);
  });

  it('finds an executive by name', async () => {
    const search = await loader.getHarness(MatInputHarness.with({ placeholder: '' }));
    await search.setValue('rah');
    expect(await names()).toEqual(['Rahul Verma']);
  });

  it('says when nobody matches and offers to show everyone', async () => {
    const search = await loader.getHarness(MatInputHarness);
    await search.setValue('nobody');
    const host = fixture.nativeElement as HTMLElement;
    expect(host.textContent).toContain('No executive matches.');

    const button = Array.from(host.querySelectorAll('button')).find(
      (b) => b.textContent?.trim() === 'Show everyone',
    );
    button?.click();
    fixture.detectChanges();
    expect(await names()).toEqual(['Priya Sharma', 'Asha Nair', 'Rahul Verma']);
    expect(await search.getValue()).toBe('');
  });

  it('counts who is online', () => {
    fixture.detectChanges();
    expect((fixture.nativeElement as HTMLElement).textContent).toContain('2 of 3 online');
  });

  it('updates the longest wait as the clock moves', async () => {
    fixture.componentRef.setInput('now', NOW + 50 * 60_000);
    const table = await loader.getHarness(MatTableHarness);
    const [first] = await table.getRows();
    expect((await first.getCellTextByColumnName())['oldest_waiting']).toContain('1 h 02 min');
  });

  it('has no controls on the wallboard', async () => {
    fixture.componentRef.setInput('wallboard', true);
    expect(await loader.getAllHarnesses(MatInputHarness)).toEqual([]);
    expect(await loader.getAllHarnesses(MatSlideToggleHarness)).toEqual([]);
  });
});
