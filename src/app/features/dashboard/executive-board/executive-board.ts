import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatSlideToggleModule } from '@angular/material/slide-toggle';
import { MatSortModule, Sort } from '@angular/material/sort';
import { RouterLink } from '@angular/router';
import { MatTableModule } from '@angular/material/table';

import { Config, ExecutiveLoad } from '../../../../contract';
import { BoardRow, BoardSort, boardView, measureWaits } from './board-view';

const COLUMNS = [
  'name',
  'status',
  'open_chats',
  'waiting_chats',
  'oldest_waiting',
  'sla_breaches_today',
] as const;

/**
 * Every executive with presence and load: who is online, how many chats each holds and how many
 * wait for a reply, the longest wait, and today's SLA breaches. Sortable by every column and
 * filterable; each row opens the chat list of that executive's chats.
 */
@Component({
  selector: 'app-executive-board',
  imports: [
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatSlideToggleModule,
    MatSortModule,
    MatTableModule,
    RouterLink,
  ],
  templateUrl: './executive-board.html',
  styleUrl: './executive-board.scss',
  host: { '[class.wallboard]': 'wallboard()' },
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExecutiveBoard {
  /** The executives and their load. */
  readonly executives = input.required<readonly ExecutiveLoad[]>();
  /** The board's clock (epoch ms), for the longest waits. */
  readonly now = input.required<number>();
  /** The reply limits waits are measured against. */
  readonly sla = input.required<Config['sla']>();
  /** Whether the board is on the wallboard: no controls, read from across the room. */
  readonly wallboard = input(false);

  protected readonly columns = COLUMNS;
  protected readonly search = signal('');
  protected readonly onlineOnly = signal(false);
  // Longest waits on top: where a supervisor looks first.
  protected readonly sort = signal<BoardSort>({ active: 'oldest_waiting', direction: 'desc' });

  protected readonly rows = computed(() => {
    const measured = measureWaits(this.executives(), this.now(), this.sla());
    const filter = this.wallboard()
      ? { onlineOnly: false, search: '' }
      : { onlineOnly: this.onlineOnly(), search: this.search() };
    return boardView(measured, filter, this.sort());
  });
  protected readonly onlineCount = computed(
    () => this.executives().filter((row) => row.status === 'online').length,
  );
  protected readonly filtered = computed(() => this.onlineOnly() || this.search().trim() !== '');

  protected readonly trackById = (_index: number, row: BoardRow) => row.executive_id;

  protected onSort(sort: Sort): void {
    this.sort.set({ active: sort.active, direction: sort.direction });
  }

  protected onSearch(event: Event): void {
    this.search.set((event.target as HTMLInputElement).value);
  }

  protected showEveryone(): void {
    this.search.set('');
    this.onlineOnly.set(false);
  }
}
