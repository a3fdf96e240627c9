import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Observable, filter, firstValueFrom } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import {
  ChatAssignment,
  ChatStatus,
  Chats,
  RateChatResponse,
  ResponseData,
  SendWhatsappTemplateResponse,
  TagUpdate,
} from '../../../../contract';
import { Session } from '../../../core/auth/session';
import { ChatGateway } from '../../../core/realtime/chat-gateway';
import { GatewayError } from '../../../core/realtime/gateway-error';
import { AssignToMe } from '../../../core/state/assign-to-me';
import { ConfigStore } from '../../../core/state/config-store';
import { ConversationStore } from '../../../core/state/conversation-store';
import { OutboxStore } from '../../../core/state/outbox-store';
import { ReplyInsertStore } from '../../../core/state/reply-insert-store';

/** An action on a chat that can be in flight. */
export type ChatAction = 'status' | 'reassign' | 'rate' | 'tag' | 'reply';

/** The outcome of an action: its answer and a confirmation, or why it failed. Never rejects. */
export type ActionResult<T> =
  { ok: true; value: T; message: string } | { ok: false; message: string };

/** A confirmation or failure the console shows after an action. */
export interface ActionNotice {
  /** Increases with every notice, so the same text twice still counts as new. */
  readonly id: number;
  /** The chat it is about, or null (a conversation started with a number). */
  readonly chatId: string | null;
  readonly tone: 'success' | 'error';
  readonly text: string;
  /**
   * Who did it: the executive's own actions are confirmed where they acted; what others did
   * (another executive resolving the open chat) is news, shown as a toast.
   */
  readonly by: 'me' | 'others';
  /** Whether the executive can undo it by reopening the chat (they resolved it). */
  readonly undoByReopening: boolean;
}

/** An action the ownership policy refused because a colleague has the chat. */
export interface Refusal {
  readonly chatId: string;
  readonly action: ChatAction;
}

interface ActionsState {
  busy: Readonly<Record<string, readonly ChatAction[]>>;
  tags: Readonly<Record<string, readonly string[]>>;
  notices: readonly ActionNotice[];
  refusal: Refusal | null;
}

/** Unshown notices kept at most; beyond that nobody is showing them, so the oldest go. */
const MAX_NOTICES = 20;

const STATUS_DONE: Record<ChatStatus, string> = {
  active: 'Chat reopened.',
  pending: 'Chat marked pending.',
  resolved: 'Chat resolved.',
};

const STATUS_FAILED: Record<ChatStatus, string> = {
  active: 'The chat was not reopened. Check your connection, then try again.',
  pending: 'The chat was not marked pending. Check your connection, then try again.',
  resolved: 'The chat was not resolved. Check your connection, then try again.',
};

/** Whether the stack refused because a colleague has the chat (docs/api.md, "Roles and ownership"). */
function isOwnershipRefusal(error: unknown): boolean {
  return (error instanceof ApiError || error instanceof GatewayError) && error.code === 'forbidden';
}

function explain(error: unknown, fallback: string): string {
  return error instanceof ApiError || error instanceof GatewayError ? error.message : fallback;
}

/**
 * Why a template could not start a conversation. Its variables are filled from the number's
 * records, never typed in, so a missing one is not something to fill: another template is.
 */
function explainTemplateRefusal(error: unknown, to: string): string {
  if (error instanceof ApiError && error.code === 'template_variable_missing') {
    const variable = error.field?.split('.').pop()?.replaceAll('_', ' ');
    const what = variable ? `the ${variable}` : 'details';
    return (
      `This template needs ${what} of ${to}, and there is none on record. ` +
      'Pick a template that does not need it, or check the number.'
    );
  }
  return explain(error, 'The template was not sent. Check your connection, then try again.');
}

/**
 * Actions on chats: status (resolve, reopen, pending), rating, reassignment, tags, and starting a
 * conversation with a template. Tracks what is in flight per chat, so buttons can be disabled,
 * and queues confirmations and errors as notices, so the console can say what happened. Actions
 * asked for in a dialog (rating, reassignment, starting a conversation) return their failure for
 * the dialog to show instead of queuing it.
 */
@Injectable({ providedIn: 'root' })
export class ChatActionsStore {
  private readonly gateway = inject(ChatGateway);
  private readonly api = inject(PySmartChatApi);
  private readonly conversation = inject(ConversationStore);
  private readonly config = inject(ConfigStore);
  private readonly session = inject(Session);
  private readonly ownMoves = inject(AssignToMe);
  private readonly destroyRef = inject(DestroyRef);
  private readonly inserts = inject(ReplyInsertStore);
  private readonly state = signal<ActionsState>({
    busy: {},
    tags: {},
    notices: [],
    refusal: null,
  });
  private noticeId = 0;

  /** Confirmations and errors not yet shown, oldest first; dismiss them once shown. */
  readonly notices = computed(() => this.state().notices);
  /**
   * The last action refused because a colleague has the chat (`forbidden`): the console offers to
   * take the chat over instead of showing the refusal. Cleared when the chat changes hands.
   */
  readonly refusal = computed(() => this.state().refusal);

  constructor() {
    // A reply the stack refuses because a colleague has the chat comes back into the reply box,
    // with Take over offered above it; a template stays in the conversation, failed, to retry.
    const stopRefusals = inject(OutboxStore).handOwnershipRefusals((entry) => {
      this.state.update((s) => ({ ...s, refusal: { chatId: entry.chatId, action: 'reply' } }));
      if (entry.message.templateId) {
        return false;
      }
      this.inserts.restore(entry.chatId, entry.message.text);
      return true;
    });
    this.destroyRef.onDestroy(stopRefusals);
    this.gateway
      .onUpdateChatStatus()
      .pipe(
        filter(
          (r) =>
            r.chat_id === this.conversation.chatId() &&
            r.updated_by !== this.session.executive()?.executive_id,
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe((response) => {
        const who =
          this.config.executives().find((e) => e.executive_id === response.updated_by)?.name ??
          'Another executive';
        this.post(response.chat_id, 'success', `${who}: ${STATUS_DONE[response.status]}`, {
          by: 'others',
        });
      });
  }

  /** Whether `action` is in flight for a chat; reactive. */
  isBusy(chatId: string, action: ChatAction): boolean {
    return this.state().busy[chatId]?.includes(action) ?? false;
  }

  /** Tags being applied or removed on a chat; reactive. */
  tagsInFlight(chatId: string): readonly string[] {
    return this.state().tags[chatId] ?? [];
  }

  /** Drops the notices up to and including `id`, once they have been shown. */
  dismissNotices(id: number): void {
    this.state.update((s) => ({ ...s, notices: s.notices.filter((n) => n.id > id) }));
  }

  /**
   * Resolves, reopens or parks a chat (`update_chat_status`). A failure is announced as a notice
   * unless `announceFailure` is false (a dialog that shows it itself).
   */
  setStatus(
    chat: Pick<Chats, 'chat_id' | 'customer_number'>,
    status: ChatStatus,
    { announceFailure = true }: { announceFailure?: boolean } = {},
  ): Promise<ActionResult<ResponseData>> {
    return this.run(
      chat.chat_id,
      'status',
      this.gateway.updateChatStatus({
        customer_number: chat.customer_number,
        chat_id: chat.chat_id,
        status,
      }),
      (r) => (r.success ? r.message.trim() || STATUS_DONE[status] : null),
      STATUS_FAILED[status],
      announceFailure,
      status === 'resolved',
    );
  }

  /** Records the 1 to 5 star rating of a resolved chat (`rateChat`). */
  rate(chatId: string, rating: number, comment?: string): Promise<ActionResult<RateChatResponse>> {
    if (!Number.isInteger(rating) || rating < 1 || rating > 5) {
      return Promise.resolve({ ok: false, message: 'Choose from 1 to 5 stars.' });
    }
    const note = comment?.trim();
    return this.run(
      chatId,
      'rate',
      this.api.rateChat(chatId, note ? { rating, comment: note } : { rating }),
      () => 'Rating saved.',
      'The rating was not saved. Check your connection, then try again.',
      false,
    );
  }

  /**
   * Hands a chat to another executive with a reason (`reassign_chat`). `expected`: who the
   * console believes has it (null: nobody); if that changed meanwhile, nothing moves.
   */
  reassign(
    chatId: string,
    toExecutiveId: string,
    reason: string,
    expected?: string | null,
  ): Promise<ActionResult<ChatAssignment>> {
    const why = reason.trim();
    if (why === '') {
      return Promise.resolve({ ok: false, message: 'Say why the chat is being reassigned.' });
    }
    const request = { chat_id: chatId, to_executive_id: toExecutiveId, reason: why };
    const moved =
      toExecutiveId === this.session.executive()?.executive_id
        ? this.ownMoves.noteOwnMove(chatId)
        : () => undefined;
    return this.run(
      chatId,
      'reassign',
      this.gateway.reassignChat(
        expected === undefined ? request : { ...request, expected_executive_id: expected },
      ),
      (a) =>
        a.executive_id === this.session.executive()?.executive_id
          ? 'This chat is yours now.'
          : `Chat reassigned to ${a.executive_name}.`,
      'The chat was not reassigned. Check your connection, then try again.',
      false,
    ).finally(moved);
  }

  /** Forgets the refusal shown for a chat (it changed hands, or the offer was turned down). */
  dismissRefusal(chatId: string): void {
    this.state.update((s) => (s.refusal?.chatId === chatId ? { ...s, refusal: null } : s));
  }

  /** Adds a tag from the tag list to a chat (`apply_tag`). */
  applyTag(chatId: string, tag: string): Promise<ActionResult<TagUpdate>> {
    return this.changeTag(chatId, tag, 'applied');
  }

  /** Removes a tag from a chat (`remove_tag`). */
  removeTag(chatId: string, tag: string): Promise<ActionResult<TagUpdate>> {
    return this.changeTag(chatId, tag, 'removed');
  }

  /**
   * Sends a WhatsApp template to a number (`sendWhatsappTemplate`), which opens or continues the
   * chat with that number; the answer names the chat.
   */
  async startConversation(
    to: string,
    templateName: string,
  ): Promise<ActionResult<SendWhatsappTemplateResponse>> {
    try {
      const sent = await firstValueFrom(this.api.sendWhatsappTemplate(to, templateName));
      if (!sent.success) {
        return {
          ok: false,
          message: 'WhatsApp did not accept the template. Try again in a minute.',
        };
      }
      return this.succeed(null, sent, `Template sent to ${sent.to}.`);
    } catch (error: unknown) {
      return { ok: false, message: explainTemplateRefusal(error, to) };
    }
  }

  private async changeTag(
    chatId: string,
    tag: string,
    action: TagUpdate['action'],
  ): Promise<ActionResult<TagUpdate>> {
    const name = tag.trim();
    if (name === '' || this.tagsInFlight(chatId).includes(name)) {
      return { ok: false, message: 'Pick a tag from the list.' };
    }
    this.updateTags(chatId, (tags) => [...tags, name]);
    const request = { chat_id: chatId, tag: name };
    const result = await this.run(
      chatId,
      'tag',
      action === 'applied' ? this.gateway.applyTag(request) : this.gateway.removeTag(request),
      (u) => (action === 'applied' ? `Tag "${u.tag}" added.` : `Tag "${u.tag}" removed.`),
      action === 'applied'
        ? 'The tag was not added. Check your connection, then try again.'
        : 'The tag was not removed. Check your connection, then try again.',
    );
    this.updateTags(chatId, (tags) => tags.filter((t) => t !== name));
    if (result.ok) {
      this.conversation.applyTagUpdate(result.value);
    }
    return result;
  }

  private async run<T>(
    chatId: string,
    action: ChatAction,
    call: Observable<T>,
    confirm: (value: T) => string | null,
    fallback: string,
    announceFailure = true,
    undoByReopening = false,
  ): Promise<ActionResult<T>> {
    this.updateBusy(chatId, (busy) => [...busy, action]);
    try {
      const value = await firstValueFrom(call);
      const message = confirm(value);
      return message === null
        ? this.fail(chatId, fallback, announceFailure)
        : this.succeed(chatId, value, message, undoByReopening);
    } catch (error: unknown) {
      if (action !== 'reassign' && isOwnershipRefusal(error)) {
        // Not an error to read: the console offers to take the chat over instead.
        this.state.update((s) => ({ ...s, refusal: { chatId, action } }));
        return { ok: false, message: explain(error, fallback) };
      }
      return this.fail(chatId, explain(error, fallback), announceFailure);
    } finally {
      this.updateBusy(chatId, (busy) => {
        const index = busy.indexOf(action);
        return index < 0 ? busy : [...busy.slice(0, index), ...busy.slice(index + 1)];
      });
    }
  }

  private succeed<T>(
    chatId: string | null,
    value: T,
    message: string,
    undoByReopening = false,
  ): ActionResult<T> {
    this.post(chatId, 'success', message, { undoByReopening });
    return { ok: true, value, message };
  }

  private fail(
    chatId: string | null,
    message: string,
    announce: boolean,
  ): { ok: false; message: string } {
    if (announce) {
      this.post(chatId, 'error', message);
    }
    return { ok: false, message };
  }

  private post(
    chatId: string | null,
    tone: ActionNotice['tone'],
    text: string,
    {
      by = 'me',
      undoByReopening = false,
    }: Partial<Pick<ActionNotice, 'by' | 'undoByReopening'>> = {},
  ): void {
    const notice: ActionNotice = { id: ++this.noticeId, chatId, tone, text, by, undoByReopening };
    this.state.update((s) => ({ ...s, notices: [...s.notices, notice].slice(-MAX_NOTICES) }));
  }

  private updateBusy(
    chatId: string,
    change: (busy: readonly ChatAction[]) => readonly ChatAction[],
  ): void {
    this.state.update((s) => ({
      ...s,
      busy: { ...s.busy, [chatId]: change(s.busy[chatId] ?? []) },
    }));
  }

  private updateTags(chatId: string, change: (tags: readonly string[]) => readonly string[]): void {
    this.state.update((s) => ({
      ...s,
      tags: { ...s.tags, [chatId]: change(s.tags[chatId] ?? []) },
    }));
  }
}
