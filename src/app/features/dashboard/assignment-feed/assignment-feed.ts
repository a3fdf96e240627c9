import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { clockTime } from '../format/wait-duration';
import { AssignmentActivity } from '../state/dashboard-picture';

interface FeedItem {
  id: string;
  chatId: string;
  customer: string;
  detail: string;
  at: string;
  time: string;
  label: string;
}

/** Chats handed to executives as it happens, newest first; each opens its chat. */
@Component({
  selector: 'app-assignment-feed',
  imports: [RouterLink],
  template: `
    <h2 id="assignment-feed-heading">Assignments</h2>
    @if (items().length) {
      <ol class="feed" aria-labelledby="assignment-feed-heading">
        @for (item of items(); track item.id) {
          <li>
            <a class="body" [routerLink]="['/chats', item.chatId]" [attr.aria-label]="item.label">
              <span class="line">
                <span class="customer">{{ item.customer }}</span>
                <time class="time" [attr.datetime]="item.at">{{ item.time }}</time>
              </span>
              <span class="detail">{{ item.detail }}</span>
            </a>
          </li>
        }
      </ol>
    } @else {
      <p class="empty">No chats assigned since you opened the dashboard.</p>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      border: 1px solid var(--mat-sys-outline-variant);
      border-radius: 12px;
      background: var(--mat-sys-surface-container-low);
      overflow: hidden;
    }
    h2 {
      margin: 0;
      padding: 12px 16px 8px;
      font: var(--dash-heading-font, var(--mat-sys-title-medium));
    }
    .feed {
      list-style: none;
      margin: 0;
      padding: 0 8px 8px;
      overflow: auto;
      min-height: 0;
    }
    li {
      padding: 6px 8px;
    }
    li + li {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .body {
      display: flex;
      flex-direction: column;
      color: inherit;
      text-decoration: none;
      border-radius: 4px;
    }
    .body:hover .customer,
    .body:focus-visible .customer {
      text-decoration: underline;
    }
    .body:focus-visible {
      outline: 2px solid var(--mat-sys-primary);
      outline-offset: 2px;
    }
    .line {
      display: flex;
      justify-content: space-between;
      gap: 8px;
    }
    .customer {
      font: var(--dash-feed-title-font, var(--mat-sys-title-small));
      overflow: hidden;
      text-overflow: ellipsis;
      white-space: nowrap;
    }
    .time,
    .detail {
      font: var(--dash-feed-body-font, var(--mat-sys-body-small));
      color: var(--mat-sys-on-surface-variant);
      font-variant-numeric: tabular-nums;
    }
    .empty {
      margin: 0;
      padding: 0 16px 16px;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssignmentFeed {
  /** Assignments, newest first. */
  readonly assignments = input.required<readonly AssignmentActivity[]>();
  /** Executive names by id, for the previous holder of a reassigned chat. */
  readonly names = input<ReadonlyMap<string, string>>(new Map());
  /** How many to show. */
  readonly limit = input(50);

  protected readonly items = computed((): FeedItem[] =>
    this.assignments()
      .slice(0, this.limit())
      .map((a) => {
        const customer = a.customer_name.trim() || a.customer_number;
        const from = a.previous_executive_id
          ? (this.names().get(a.previous_executive_id) ?? 'another executive')
          : null;
        let detail =
          a.kind === 'reassigned'
            ? `Reassigned to ${a.executive_name}${from ? ` from ${from}` : ''}`
            : `Assigned to ${a.executive_name}`;
        if (a.reason) {
          detail += `: ${a.reason}`;
        }
        const time = clockTime(a.assigned_at, true);
        return {
          id: a.id,
          chatId: a.chat_id,
          customer,
          detail,
          at: a.assigned_at,
          time,
          label: `Open chat with ${customer}: ${detail}, at ${time}`,
        };
      }),
  );
}
