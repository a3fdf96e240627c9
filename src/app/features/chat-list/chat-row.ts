import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

import { Chats } from '../../../contract';
import { slaState } from './state/sla-state';
import { fullDateTime } from '../../shared/time/time-format';
import { messagePreview } from './message-preview';
import { longAge, shortAge } from './relative-age';
import { shortenAtWord } from '../../shared/ui/shorten-at-word';
import { initials } from '../../shared/text/initials';
import { contactName, knownName } from '../../shared/text/contact-name';
import { slaLabel } from './sla-label';

/** Longest tag label in a row; longer tags are cut after a whole word. */
const ROW_TAG_CHARS = 14;
/** Tags shown as chips before the rest collapse into "+N". */
const SHOWN_TAGS = 2;

/**
 * One chat in the list: who, what was said last and when, unread and "needs reply" state, SLA and
 * tags. Presentational only: everything it shows comes in through inputs.
 */
@Component({
  selector: 'app-chat-row',
  templateUrl: './chat-row.html',
  styleUrl: './chat-row.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'chat-row',
    '[class.unread]': 'unread()',
    '[class.open]': 'open()',
    '[class.needs-reply]': 'needsReply()',
    '[class.stale]': 'stale()',
    '[class.unassigned]': "owner()?.kind === 'nobody'",
  },
})
export class ChatRow {
  /** The chat to show. */
  readonly chat = input.required<Chats>();
  /** Current time, epoch milliseconds; relative times and the SLA count from it. */
  readonly now = input.required<number>();
  /** Whether the chat has activity the executive has not opened, or was marked unread. */
  readonly unread = input(false);
  /** Whether the chat still waits for a reply from support. */
  readonly needsReply = input(false);
  /** Whether this chat is the one open in the conversation pane. */
  readonly open = input(false);
  /** How long before the SLA is due the row turns to a warning, in milliseconds. */
  readonly slaWarningMs = input(60_000);
  /** Whether the console is not live, so the SLA shown is as of the drop and paused. */
  readonly stale = input(false);
  /** Whether the row says who has the chat (the All scope); My chats are all the executive's. */
  readonly showOwner = input(false);
  /** The signed-in staff member's id: their own chats read "You". */
  readonly me = input<string | null>(null);

  /** Who has the chat, for the All scope; null when the row does not say. */
  protected readonly owner = computed(() => {
    if (!this.showOwner()) {
      return null;
    }
    const { assigned_executive_id: id, assigned_executive_name: name } = this.chat();
    if (id === null) {
      return {
        kind: 'nobody' as const,
        label: 'Unassigned',
        initials: '',
        full: 'Nobody has it yet',
      };
    }
    if (id === this.me()) {
      return { kind: 'me' as const, label: 'You', initials: '', full: 'Assigned to you' };
    }
    const full = name?.trim() || 'another executive';
    return {
      kind: 'colleague' as const,
      label: full.split(/\s+/u)[0],
      initials: initials(full),
      full: `Assigned to ${full}`,
    };
  });

  protected readonly displayName = computed(() =>
    contactName(this.chat().customer_name, this.chat().customer_number),
  );
  /** The number beside the name; none while the name shown is the number itself. */
  protected readonly number = computed(() =>
    knownName(this.chat().customer_name) === null ? null : this.chat().customer_number,
  );
  protected readonly isDriver = computed(() => this.chat().stakeholder === 'driver');
  protected readonly preview = computed(() => messagePreview(this.chat().last_message));
  protected readonly activityAt = computed(
    () => this.chat().last_message?.created_at ?? this.chat().updated_at,
  );
  protected readonly age = computed(() => shortAge(this.activityAt(), this.now()));
  protected readonly ageInWords = computed(() => longAge(this.activityAt(), this.now()));
  protected readonly exactTime = computed(() => fullDateTime(this.activityAt()));
  protected readonly sla = computed(() =>
    slaLabel(slaState(this.chat(), this.now(), this.slaWarningMs())),
  );
  /** The unread count to show, '' for a chat marked unread with nothing new, null for none. */
  protected readonly unreadBadge = computed(() => {
    if (!this.unread()) {
      return null;
    }
    const count = this.chat().unread_count;
    return count > 0 ? (count > 99 ? '99+' : String(count)) : '';
  });
  protected readonly shownTags = computed(() =>
    this.chat()
      .tags.slice(0, SHOWN_TAGS)
      .map((full) => {
        const label = shortenAtWord(full, ROW_TAG_CHARS);
        return { full, label, cut: label !== full };
      }),
  );
  protected readonly hiddenTags = computed(() => this.chat().tags.slice(SHOWN_TAGS));
  protected readonly hiddenTagList = computed(() => this.hiddenTags().join(', '));
}
