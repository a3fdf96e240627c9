import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { MatTooltipModule } from '@angular/material/tooltip';
import { RouterLink } from '@angular/router';
import { ToastrService } from 'ngx-toastr';

import { ChatStatus, Chats } from '../../../../contract';
import { Session } from '../../../core/auth/session';
import { ConsoleLayout } from '../../../core/layout/console-layout';
import { LazyDialog } from '../../../core/layout/lazy-dialog';
import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { AssignToMe } from '../../../core/state/assign-to-me';
import { ActionNotice, ChatActionsStore } from '../state/chat-actions-store';
import { ConversationStore } from '../../../core/state/conversation-store';
import { mayAssignToMe } from '../state/chat-ownership';
import { DraftFlush } from '../../../core/state/draft-flush';
import { DraftStore } from '../../../core/state/draft-store';
import { OutboxStore } from '../../../core/state/outbox-store';
import { ChatTags } from './chat-tags';
import { ChatViewers } from './chat-viewers';
import { headerActionsAt } from './header-actions';
import { resolveGuard } from './resolve-guard';
import type { RatingDialogData } from './rating-dialog';
import { openReassignDialog } from './open-reassign-dialog';
import { ContactNamePipe, contactName } from '../../../shared/text/contact-name';

/** How long the confirmation of the executive's own action stays beside the chat's status. */
const CONFIRMATION_MS = 4000;
/** How long a resolve's confirmation offers Undo. */
const UNDO_MS = 10_000;
/** How long news of another executive's change stays as a toast; errors stay until closed. */
const NEWS_TOAST_MS = 6000;
/** How long "Number copied" stays next to the number. */
const COPIED_MS = 2500;

const STATUS_LABELS: Record<ChatStatus, string> = {
  active: 'Active',
  pending: 'Pending',
  resolved: 'Resolved',
};

/**
 * The open chat's header: who it is (name, number to copy, customer or driver), its status and
 * assignee, its tags, and the actions on it: resolve with a rating, reopen, mark pending,
 * reassign, and showing the customer panel. Actions that do not fit the header's width move into
 * its "More actions" menu instead of wrapping. Reads the chat from `ConversationStore.chat()`, so
 * it follows `room_update` and `tag_updated` live.
 */
@Component({
  selector: 'app-conversation-header',
  imports: [
    ChatTags,
    ChatViewers,
    ContactNamePipe,
    MatButtonModule,
    MatIconModule,
    MatMenuModule,
    MatTooltipModule,
    RouterLink,
  ],
  templateUrl: './conversation-header.html',
  styleUrl: './conversation-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationHeader {
  private readonly conversation = inject(ConversationStore);
  private readonly session = inject(Session);
  // The dialogs' code (forms, selects, lists) loads when one is first opened.
  private readonly dialog = inject(LazyDialog);
  private readonly clipboard = inject(Clipboard);
  private readonly toastr = inject(ToastrService);
  protected readonly actions = inject(ChatActionsStore);
  private readonly assigner = inject(AssignToMe);
  protected readonly layout = inject(ConsoleLayout);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly drafts = inject(DraftStore);
  private readonly draftFlush = inject(DraftFlush);
  private readonly outbox = inject(OutboxStore);
  private readonly injector = inject(Injector);

  private readonly tags = viewChild(ChatTags);

  protected readonly chat = this.conversation.chat;
  /** The header's width in CSS pixels; 0 until measured. */
  private readonly width = signal(0);
  /** Which actions fit beside the name; the others are in the "More actions" menu. */
  protected readonly inline = computed(() => headerActionsAt(this.width(), this.canAssignToMe()));
  protected readonly copied = signal(false);
  private copiedTimer: ReturnType<typeof setTimeout> | null = null;
  /** The confirmation of the executive's own last action, shown in place; null when none. */
  protected readonly confirmation = signal<ActionNotice | null>(null);
  private confirmationTimer: ReturnType<typeof setTimeout> | null = null;
  /** When the confirmation shown goes away (epoch milliseconds). */
  private confirmationUntil = 0;
  /** The chat last resolved here, for its Undo once the executive has moved on. */
  private undoChat: Pick<Chats, 'chat_id' | 'customer_number' | 'customer_name'> | null = null;
  /** Id of the last action notice shown. */
  private shownNotice = 0;

  protected readonly statusLabel = computed(() => {
    const chat = this.chat();
    return chat ? STATUS_LABELS[chat.status] : '';
  });
  protected readonly assignee = computed(() => {
    const chat = this.chat();
    if (!chat?.assigned_executive_id) {
      return 'Nobody yet';
    }
    return chat.assigned_executive_id === this.session.executive()?.executive_id
      ? 'You'
      : (chat.assigned_executive_name ?? 'Another executive');
  });
  protected readonly busyStatus = computed(() => this.isBusy('status'));
  /** Whether the open chat can be resolved now. */
  protected readonly canResolve = computed(() => {
    const chat = this.chat();
    return chat !== null && chat.status !== 'resolved' && !this.busyStatus();
  });
  protected readonly busyReassign = computed(() => this.isBusy('reassign'));
  protected readonly busyAssigning = computed(() => {
    const chat = this.chat();
    return chat !== null && this.assigner.isBusy(chat.chat_id);
  });
  /** Whether "Assign to me" is offered: an executive on a chat nobody has. */
  protected readonly canAssignToMe = computed(() => {
    const chat = this.chat();
    const me = this.session.executive();
    return chat !== null && mayAssignToMe(chat, me);
  });
  /** A chat nobody has is assigned (the same dialog), one with an executive reassigned. */
  private readonly unassigned = computed(() => this.chat()?.assigned_executive_id === null);
  protected readonly reassignLabel = computed(() => (this.unassigned() ? 'Assign' : 'Reassign'));
  protected readonly reassignIcon = computed(() =>
    this.unassigned() ? 'person_add' : 'swap_horiz',
  );
  /** The status "Mark ..." sets: pending for an active chat, active for a pending one. */
  protected readonly otherStatus = computed<ChatStatus>(() =>
    this.chat()?.status === 'active' ? 'pending' : 'active',
  );
  protected readonly otherStatusLabel = computed(() =>
    this.otherStatus() === 'pending' ? 'Mark pending' : 'Mark active',
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    afterNextRender(() => {
      const observer = new ResizeObserver(([entry]) =>
        this.width.set(entry.contentBoxSize[0]?.inlineSize ?? entry.contentRect.width),
      );
      observer.observe(this.host.nativeElement);
      destroyRef.onDestroy(() => observer.disconnect());
    });
    effect(() => {
      const notices = this.actions.notices();
      untracked(() => this.show(notices));
    });
    effect(() => {
      // A confirmation belongs to the chat it was given in; an Undo still running follows the
      // executive to the next chat as a snackbar.
      this.conversation.chatId();
      untracked(() => this.handOverUndo());
    });
    const shortcuts = inject(ShortcutRegistry);
    const unregister = [
      shortcuts.register('chat.resolve', () => {
        if (!this.canResolve()) {
          return false;
        }
        void this.resolve();
        return true;
      }),
      shortcuts.register('tag.apply', () => {
        if (!this.chat()) {
          return false;
        }
        this.applyTag();
        return true;
      }),
      shortcuts.register('chat.pending', () => {
        if (this.chat()?.status === 'pending') {
          return false;
        }
        this.setStatus('pending');
        return this.chat() !== null;
      }),
      shortcuts.register('chat.reassign', () => {
        this.reassign();
        return this.chat() !== null;
      }),
    ];
    destroyRef.onDestroy(() => {
      unregister.forEach((remove) => remove());
      if (this.copiedTimer !== null) {
        clearTimeout(this.copiedTimer);
      }
      this.confirm(null);
    });
  }

  /**
   * Resolves the open chat, then asks for its rating (which the executive may skip). When the
   * customer waits for a reply, or a reply of the executive's is unsent, the rating dialog asks
   * first and resolves only on confirmation.
   */
  async resolve(): Promise<void> {
    const chat = this.chat();
    if (!chat || !this.canResolve()) {
      return;
    }
    const data: RatingDialogData = {
      chatId: chat.chat_id,
      customerName: contactName(chat.customer_name, chat.customer_number),
    };
    this.draftFlush.flush();
    const guard = resolveGuard(
      chat,
      this.drafts.draftFor(chat.chat_id),
      this.outbox.entries().filter((entry) => entry.chatId === chat.chat_id).length,
      Date.now(),
    );
    if (guard) {
      data.resolve = {
        chat: { chat_id: chat.chat_id, customer_number: chat.customer_number },
        guard,
      };
    } else if (!(await this.actions.setStatus(chat, 'resolved')).ok) {
      return;
    }
    this.undoChat = chat;
    const rating = await this.dialog.open(
      () => import('./rating-dialog').then((m) => m.RatingDialog),
      { data, width: '480px', maxWidth: '95vw' },
    );
    rating.afterClosed().subscribe(() => {
      // The rating dialog covered the Undo: its time starts once the dialog is gone.
      const shown = this.confirmation();
      if (shown?.undoByReopening) {
        this.confirm(shown);
      }
    });
  }

  /** Moves the cursor to the "Add tag" field. */
  applyTag(): void {
    this.tags()?.focusInput();
  }

  protected setStatus(status: ChatStatus): void {
    const chat = this.chat();
    if (chat && chat.status !== status && !this.busyStatus()) {
      void this.actions.setStatus(chat, status);
    }
  }

  protected reassign(): void {
    const chat = this.chat();
    if (!chat) {
      return;
    }
    void openReassignDialog(this.dialog, { chat });
  }

  /** Gives the open chat, which nobody has, to the signed-in executive. */
  protected async assignToMe(): Promise<void> {
    const chat = this.chat();
    if (!chat) {
      return;
    }
    const result = await this.assigner.assign(chat.chat_id);
    if (result.ok) {
      this.confirm({
        id: 0,
        chatId: chat.chat_id,
        tone: 'success',
        text: 'This chat is yours now.',
        by: 'me',
        undoByReopening: false,
      });
    } else {
      this.toastr.error(result.message, undefined, { disableTimeOut: true });
    }
  }

  protected copyNumber(): void {
    const chat = this.chat();
    if (!chat || !this.clipboard.copy(chat.customer_number)) {
      return;
    }
    this.copied.set(true);
    if (this.copiedTimer !== null) {
      clearTimeout(this.copiedTimer);
    }
    this.copiedTimer = setTimeout(() => this.copied.set(false), COPIED_MS);
  }

  private confirm(notice: ActionNotice | null): void {
    if (this.confirmationTimer !== null) {
      clearTimeout(this.confirmationTimer);
      this.confirmationTimer = null;
    }
    this.confirmation.set(notice);
    if (notice) {
      const ms = notice.undoByReopening ? UNDO_MS : CONFIRMATION_MS;
      this.confirmationUntil = Date.now() + ms;
      this.confirmationTimer = setTimeout(() => this.confirm(null), ms);
    }
  }

  /** Clears the confirmation; a resolve's Undo still running moves into a snackbar. */
  private handOverUndo(): void {
    const notice = this.confirmation();
    const chat = this.undoChat;
    const left = this.confirmationUntil - Date.now();
    if (notice?.undoByReopening && chat?.chat_id === notice.chatId && left > 0) {
      // The snackbar's code loads only when an Undo is handed over.
      void import('../state/resolve-undo').then(({ ResolveUndo }) =>
        this.injector.get(ResolveUndo).offer(chat, left),
      );
    }
    this.confirm(null);
  }

  private isBusy(action: 'status' | 'reassign'): boolean {
    const chat = this.chat();
    return chat ? this.actions.isBusy(chat.chat_id, action) : false;
  }

  /** Reopens the chat the executive just resolved; its wait comes back as it was. */
  protected undoResolve(): void {
    const notice = this.confirmation();
    const chat = this.chat();
    this.confirm(null);
    if (notice?.undoByReopening && chat?.chat_id === notice.chatId) {
      void this.actions.setStatus(chat, 'active');
    }
  }

  /**
   * The executive's own actions are confirmed in place, beside the chat's status; failures and
   * what other executives did are toasts.
   */
  private show(notices: readonly ActionNotice[]): void {
    const fresh = notices.filter((notice) => notice.id > this.shownNotice);
    if (fresh.length === 0) {
      return;
    }
    for (const notice of fresh) {
      if (notice.tone === 'error') {
        this.toastr.error(notice.text, undefined, { disableTimeOut: true });
      } else if (
        notice.by === 'others' ||
        (notice.chatId !== null && notice.chatId !== this.conversation.chatId())
      ) {
        // News, or the outcome of an Undo given from the snackbar after moving on.
        this.toastr.info(notice.text, undefined, { timeOut: NEWS_TOAST_MS });
      } else if (notice.chatId === null || notice.chatId === this.chat()?.chat_id) {
        // A confirmation about another chat (picked up from the list) is the list's to show.
        this.confirm(notice);
      }
    }
    this.shownNotice = fresh[fresh.length - 1].id;
    this.actions.dismissNotices(this.shownNotice);
  }
}
