import { Clipboard } from '@angular/cdk/clipboard';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
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
import { ToastrService } from 'ngx-toastr';

import { ChatStatus } from '../../../core/api/models';
import { Session } from '../../../core/auth/session';
import { LazyDialog } from '../../../core/layout/lazy-dialog';
import { ShortcutRegistry } from '../../../core/keyboard/shortcut-registry';
import { ActionNotice, ChatActionsStore } from '../../../core/state/chat-actions-store';
import { ConversationStore } from '../../../core/state/conversation-store';
import { NotesStore } from '../../../core/state/notes-store';
import { NotesPanel } from '../notes/notes-panel';
import { ChatTags } from './chat-tags';
import type { RatingDialogData } from './rating-dialog';
import type { ReassignDialogData } from './reassign-dialog';

/** How long a confirmation toast stays; an error stays until the executive closes it. */
const SUCCESS_TOAST_MS = 4000;
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
 * reassign, internal notes, and starting a conversation with another number. Reads the chat from
 * `ConversationStore.chat()`, so it follows `room_update` and `tag_updated` live.
 */
@Component({
  selector: 'app-conversation-header',
  imports: [ChatTags, MatButtonModule, MatIconModule, MatMenuModule, MatTooltipModule, NotesPanel],
  templateUrl: './conversation-header.html',
  styleUrl: './conversation-header.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConversationHeader {
  private readonly conversation = inject(ConversationStore);
  private readonly notesStore = inject(NotesStore);
  private readonly session = inject(Session);
  // The dialogs' code (forms, selects, lists) loads when one is first opened.
  private readonly dialog = inject(LazyDialog);
  private readonly clipboard = inject(Clipboard);
  private readonly toastr = inject(ToastrService);
  protected readonly actions = inject(ChatActionsStore);

  private readonly tags = viewChild(ChatTags);
  private readonly notesPanel = viewChild(NotesPanel);
  private readonly notesButton = viewChild<string, ElementRef<HTMLElement>>('notesButton', {
    read: ElementRef,
  });

  protected readonly chat = this.conversation.chat;
  protected readonly notesOpen = signal(false);
  protected readonly copied = signal(false);
  private copiedTimer: ReturnType<typeof setTimeout> | null = null;
  /** Id of the last action notice shown as a toast. */
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
  protected readonly noteCount = computed(() => {
    const chat = this.chat();
    return chat ? this.notesStore.notesOf(chat.chat_id).notes.length : 0;
  });

  constructor() {
    effect(() => {
      const chatId = this.conversation.chatId();
      untracked(() => {
        this.notesOpen.set(false);
        if (chatId) {
          // Fetched up front so the Notes button can say how many there are.
          this.notesStore.load(chatId);
        }
      });
    });
    effect(() => {
      const notices = this.actions.notices();
      untracked(() => this.toast(notices));
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
      shortcuts.register('note.add', () => {
        if (!this.chat()) {
          return false;
        }
        this.addNote();
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
    inject(DestroyRef).onDestroy(() => {
      unregister.forEach((remove) => remove());
      if (this.copiedTimer !== null) {
        clearTimeout(this.copiedTimer);
      }
    });
  }

  /** Resolves the open chat, then asks for its rating (which the executive may skip). */
  async resolve(): Promise<void> {
    const chat = this.chat();
    if (!chat || !this.canResolve()) {
      return;
    }
    const result = await this.actions.setStatus(chat, 'resolved');
    if (result.ok) {
      const data: RatingDialogData = { chatId: chat.chat_id, customerName: chat.customer_name };
      await this.dialog.open(() => import('./rating-dialog').then((m) => m.RatingDialog), {
        data,
        width: '480px',
        maxWidth: '95vw',
      });
    }
  }

  /** Opens the notes drawer with the cursor in the note field. */
  addNote(): void {
    if (!this.chat()) {
      return;
    }
    this.notesOpen.set(true);
    // The panel renders on the next change detection; focus it then.
    setTimeout(() => this.notesPanel()?.focusInput());
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
    const data: ReassignDialogData = { chat };
    void this.dialog.open(() => import('./reassign-dialog').then((m) => m.ReassignDialog), {
      data,
      width: '520px',
      maxWidth: '95vw',
    });
  }

  protected startConversation(): void {
    void this.dialog.open(
      () => import('./start-conversation-dialog').then((m) => m.StartConversationDialog),
      { width: '560px', maxWidth: '95vw' },
    );
  }

  protected toggleNotes(): void {
    if (this.notesOpen()) {
      this.closeNotes();
    } else {
      this.addNote();
    }
  }

  protected closeNotes(): void {
    this.notesOpen.set(false);
    this.notesButton()?.nativeElement.focus();
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

  private isBusy(action: 'status' | 'reassign'): boolean {
    const chat = this.chat();
    return chat ? this.actions.isBusy(chat.chat_id, action) : false;
  }

  private toast(notices: readonly ActionNotice[]): void {
    const fresh = notices.filter((notice) => notice.id > this.shownNotice);
    if (fresh.length === 0) {
      return;
    }
    for (const notice of fresh) {
      if (notice.tone === 'success') {
        this.toastr.success(notice.text, undefined, { timeOut: SUCCESS_TOAST_MS });
      } else {
        this.toastr.error(notice.text, undefined, { disableTimeOut: true });
      }
    }
    this.shownNotice = fresh[fresh.length - 1].id;
    this.actions.dismissNotices(this.shownNotice);
  }
}
