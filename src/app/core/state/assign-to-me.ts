import { Injectable, inject, signal } from '@angular/core';
import { firstValueFrom } from 'rxjs';

import { ChatAssignment } from '../../../contract';
import { Session } from '../auth/session';
import { ChatGateway } from '../realtime/chat-gateway';
import { GatewayError } from '../realtime/gateway-error';

/** The reason "Assign to me" gives the reassignment. */
export const ASSIGN_TO_ME_REASON = 'Assigned to myself';

/** How long after moving a chat to themselves its `chat_reassigned` still counts as their own. */
const OWN_MOVE_MEMORY_MS = 10_000;

/** The outcome of "Assign to me", for the caller to show. Never rejects. */
export type AssignResult = { ok: true; value: ChatAssignment } | { ok: false; message: string };

/**
 * "Assign to me": an executive picks up a chat nobody has (`reassign_chat` to themselves with
 * `expected_executive_id: null`). When a colleague was quicker the stack refuses with
 * `assignment_changed`, naming who has it, and nothing moves. Used by the chat list's rows and
 * the conversation header.
 */
@Injectable({ providedIn: 'root' })
export class AssignToMe {
  private readonly gateway = inject(ChatGateway);
  private readonly session = inject(Session);
  private readonly busy = signal<ReadonlySet<string>>(new Set());
  private readonly ownMoves = new Map<string, number>();

  /** Whether the chat is being assigned to the executive now; reactive. */
  isBusy(chatId: string): boolean {
    return this.busy().has(chatId);
  }

  /**
   * Notes that the executive is moving a chat to themselves ("Assign to me", "Take over"), so the
   * console does not alert them about their own move. Call the returned function once the
   * gateway has answered; the move is remembered a little longer, for a late broadcast.
   */
  noteOwnMove(chatId: string): () => void {
    this.ownMoves.set(chatId, (this.ownMoves.get(chatId) ?? 0) + 1);
    return () =>
      setTimeout(() => {
        const left = (this.ownMoves.get(chatId) ?? 1) - 1;
        if (left > 0) {
          this.ownMoves.set(chatId, left);
        } else {
          this.ownMoves.delete(chatId);
        }
      }, OWN_MOVE_MEMORY_MS);
  }

  /** Whether the executive is (or just was) moving this chat to themselves. */
  isOwnMove(chatId: string): boolean {
    return this.ownMoves.has(chatId);
  }

  /** Assigns the chat to the signed-in executive. */
  async assign(chatId: string): Promise<AssignResult> {
    const me = this.session.executive()?.executive_id;
    if (!me) {
      return { ok: false, message: 'Sign in again to pick up chats.' };
    }
    if (this.isBusy(chatId)) {
      return { ok: false, message: 'Already assigning this chat to you.' };
    }
    this.busy.update((ids) => new Set(ids).add(chatId));
    const moved = this.noteOwnMove(chatId);
    try {
      const value = await firstValueFrom(
        this.gateway.reassignChat({
          chat_id: chatId,
          to_executive_id: me,
          reason: ASSIGN_TO_ME_REASON,
          expected_executive_id: null,
        }),
      );
      return { ok: true, value };
    } catch (error: unknown) {
      return {
        ok: false,
        message:
          error instanceof GatewayError
            ? error.message
            : 'The chat was not assigned to you. Check your connection, then try again.',
      };
    } finally {
      moved();
      this.busy.update((ids) => {
        const left = new Set(ids);
        left.delete(chatId);
        return left;
      });
    }
  }
}
