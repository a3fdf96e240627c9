import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';

/** One entry of a feed: a chat, what happened to it and when. */
export interface FeedItem {
  id: string;
  chatId: string;
  customer: string;
  /** What happened, under the customer's name. */
  detail: string;
  /** When, as an ISO time. */
  at: string;
  /** When, as shown. */
  time: string;
  /** The link's accessible name. */
  label: string;
  /** A Material Symbols icon before the entry. */
  icon?: string;
  /** Whether the entry is drawn as an alarm. */
  alarm?: boolean;
}

/**
 * A framed, headed list of dashboard events, newest first, each opening its chat; a sentence
 * saying what will appear when there is none yet.
 */
@Component({
  selector: 'app-feed-list',
  imports: [RouterLink],
  templateUrl: './feed-list.html',
  styleUrl: './feed-list.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FeedList {
  /** The heading, which also names the list. */
  readonly heading = input.required<string>();
  /** The heading's element id, unique on the page. */
  readonly headingId = input.required<string>();
  /** A count shown beside the heading when above zero. */
  readonly count = input<number | null>(null);
  /** The entries, newest first. */
  readonly items = input.required<readonly FeedItem[]>();
  /** Shown instead of the list while it is empty. */
  readonly emptyText = input.required<string>();
}
