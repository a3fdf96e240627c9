import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { FeedItem, FeedList } from '../feed-list/feed-list';
import { clockTime } from '../../../shared/time/time-format';
import { AssignmentActivity } from '../state/dashboard-picture';
import { contactName } from '../../../shared/text/contact-name';

/** Chats handed to executives as it happens, newest first; each opens its chat. */
@Component({
  selector: 'app-assignment-feed',
  imports: [FeedList],
  template: `
    <app-feed-list
      heading="Assignments"
      headingId="assignment-feed-heading"
      [items]="items()"
      [emptyText]="
        remembered()
          ? 'No chats assigned in the last six hours.'
          : 'No chats assigned since you opened the dashboard.'
      "
    />
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      min-height: 0;
      --feed-row-padding: 6px 8px;
    }
    app-feed-list {
      flex: 1;
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
  /** Whether the feed reaches back over the last hours (the back end sent it). */
  readonly remembered = input(false);

  protected readonly items = computed((): FeedItem[] =>
    this.assignments()
      .slice(0, this.limit())
      .map((a) => {
        const customer = contactName(a.customer_name, a.customer_number);
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
        const time = clockTime(a.assigned_at, { seconds: true });
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
