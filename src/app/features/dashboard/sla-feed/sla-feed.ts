import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { SlaAlert } from '../../../../contract';
import { FeedItem, FeedList } from '../feed-list/feed-list';
import { clockTime } from '../../../shared/time/time-format';
import { contactName } from '../../../shared/text/contact-name';

const KIND_TEXT: Readonly<Record<SlaAlert['kind'], string>> = {
  first_reply: 'first reply',
  next_reply: 'next reply',
};

/** SLA alerts as they arrive, newest first; each opens the chat it is about. */
@Component({
  selector: 'app-sla-feed',
  imports: [FeedList],
  template: `
    <app-feed-list
      heading="SLA alerts"
      headingId="sla-feed-heading"
      [count]="alerts().length"
      [items]="items()"
      [emptyText]="emptyText()"
    />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
    }
    app-feed-list {
      flex: 1;
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
  /** Whether the alerts reach back over the last hours (the back end sent them). */
  readonly remembered = input(false);

  protected readonly emptyText = computed(
    () =>
      (this.remembered()
        ? 'No SLA alerts in the last six hours.'
        : 'No SLA alerts since you opened the dashboard.') +
      ' Waits nearing or past their reply limit appear here.',
  );

  protected readonly items = computed((): FeedItem[] =>
    this.alerts()
      .slice(0, this.limit())
      .map((alert) => {
        const customer = contactName(alert.customer_name, alert.customer_number);
        const breach = alert.level === 'breach';
        const kind = KIND_TEXT[alert.kind];
        const what = breach ? `Past the ${kind} limit` : `Nearing the ${kind} limit`;
        const who = alert.executive_id
          ? (this.names().get(alert.executive_id) ?? 'Assigned')
          : 'Unassigned';
        const time = clockTime(alert.raised_at, { seconds: true });
        return {
          id: alert.alert_id,
          chatId: alert.chat_id,
          customer,
          detail: `${what} · ${who}`,
          at: alert.raised_at,
          time,
          label: `Open chat with ${customer}: ${what.toLowerCase()}, ${who}, at ${time}`,
          icon: breach ? 'error' : 'warning',
          alarm: breach,
        };
      }),
  );
}
