import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { RouterLink } from '@angular/router';

import { SlaAlert } from '../../../core/api/models';
import { clockTime } from '../format/wait-duration';

interface FeedItem {
  id: string;
  chatId: string;
  customer: string;
  breach: boolean;
  what: string;
  who: string;
  at: string;
  time: string;
  label: string;
}

const KIND_TEXT: Readonly<Record<SlaAlert['kind'], string>> = {
  first_reply: 'first reply',
  next_reply: 'next reply',
};

/** SLA alerts as they arrive, newest first; each opens the chat it is about. */
@Component({
  selector: 'app-sla-feed',
  imports: [RouterLink],
  template: `
    <header class="head">
      <h2 id="sla-feed-heading">SLA alerts</h2>
      @if (alerts().length) {
        <span class="count">{{ alerts().length }}</span>
      }
    </header>
    @if (items().length) {
      <ol class="feed" aria-labelledby="sla-feed-heading">
        @for (item of items(); track item.id) {
          <li [class.breach]="item.breach">
            <span class="material-symbols-outlined icon" aria-hidden="true">
              {{ item.breach ? 'error' : 'warning' }}
            </span>
            <a class="body" [routerLink]="['/chats', item.chatId]" [attr.aria-label]="item.label">
              <span class="line">
                <span class="customer">{{ item.customer }}</span>
                <time class="time" [attr.datetime]="item.at">{{ item.time }}</time>
              </span>
              <span class="what">{{ item.what }} · {{ item.who }}</span>
            </a>
          </li>
        }
      </ol>
    } @else {
      <p class="empty">
        No SLA alerts since you opened the dashboard. Waits nearing or past their reply limit appear
        here.
      </p>
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
    .head {
      display: flex;
      align-items: center;
      gap: 8px;
      padding: 12px 16px 8px;
    }
    h2 {
      margin: 0;
      font: var(--dash-heading-font, var(--mat-sys-title-medium));
    }
    .count {
      padding: 0 8px;
      border-radius: 999px;
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
      font: var(--mat-sys-label-medium);
    }
    .feed {
      list-style: none;
      margin: 0;
      padding: 0 8px 8px;
      overflow: auto;
      min-height: 0;
    }
    li {
      display: flex;
      gap: 8px;
      align-items: flex-start;
      padding: 8px;
      border-radius: 8px;
    }
    li + li {
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    .icon {
      color: var(--mat-sys-tertiary);
      font-size: var(--dash-icon-size, 20px);
    }
    .breach .icon {
      color: var(--mat-sys-error);
    }
    .body {
      flex: 1;
      min-width: 0;
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
    .what {
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
export class SlaFeed {
  /** Alerts, newest first. */
  readonly alerts = input.required<readonly SlaAlert[]>();
  /** Executive names by id, to say whose chat it is. */
  readonly names = input<ReadonlyMap<string, string>>(new Map());
  /** How many alerts to show (the wallboard shows fewer, larger). */
  readonly limit = input(100);

  protected readonly items = computed((): FeedItem[] =>
    this.alerts()
      .slice(0, this.limit())
      .map((alert) => {
        const customer = alert.customer_name.trim() || alert.customer_number;
        const breach = alert.level === 'breach';
        const kind = KIND_TEXT[alert.kind];
        const what = breach ? `Past the ${kind} limit` : `Nearing the ${kind} limit`;
        const who = alert.executive_id
          ? (this.names().get(alert.executive_id) ?? 'Assigned')
          : 'Unassigned';
        const time = clockTime(alert.raised_at, true);
        return {
          id: alert.alert_id,
          chatId: alert.chat_id,
          customer,
          breach,
          what,
          who,
          at: alert.raised_at,
          time,
          label: `Open chat with ${customer}: ${what.toLowerCase()}, ${who}, at ${time}`,
        };
      }),
  );
}
