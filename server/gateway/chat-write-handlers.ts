import type { ExecutiveStatusUpdate } from '../../src/contract';
import { addNote, applyTag, removeTag } from '../domain/chat-annotations';
import { reassignChat, updateChatStatus } from '../domain/chat-actions';
import type { DomainContext } from '../domain/domain-context';
import { forbidden, notFound } from '../domain/domain-error';
import { sendMessage } from '../domain/messaging';
import { onClientEvent } from './client-event-handler';
import { TYPING_RATE_LIMIT, TokenBucket } from './rate-limit';
import { rooms } from './rooms';
import type { StaffSocket } from './socket-types';

/** Sending, status changes, typing, presence, reassignment, tags and notes. */
export function registerWriteHandlers(
  socket: StaffSocket,
  ctx: DomainContext,
  log: (line: string) => void,
): void {
  const typing = new TokenBucket(TYPING_RATE_LIMIT, ctx.clock);
  onClientEvent(
    socket,
    'send_message',
    (payload, actor) => sendMessage(ctx, actor, payload).message,
    log,
  );

  onClientEvent(
    socket,
    'update_chat_status',
    (payload, actor, later) => {
      const { response, changed } = updateChatStatus(ctx, actor, payload);
      later(() => {
        socket.emit('update_chat_status_response', response);
        if (changed) {
          // Staff with the chat open learn who changed it under them; `socket.to` skips the
          // requester, who has the answer already. A change to nothing is nobody else's news.
          socket.to(rooms.chat(changed.chat_id)).emit('update_chat_status_response', response);
        }
      });
      return response;
    },
    log,
  );

  onClientEvent(
    socket,
    'typing',
    (payload, actor) => {
      if (!ctx.chats.get(payload.chat_id)) {
        throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
      }
      if (!socket.rooms.has(rooms.chat(payload.chat_id))) {
        throw forbidden('Open the chat before typing in it: this connection has not joined it.');
      }
      // Over the limit the signal is dropped: a late or missing typing indicator harms nobody.
      if (typing.take() > 0) {
        return { chat_id: payload.chat_id };
      }
      socket.to(rooms.chat(payload.chat_id)).emit('user_typing', {
        chat_id: payload.chat_id,
        sender: 'executive',
        sender_name: actor.name,
        sender_id: actor.executive_id,
      });
      return { chat_id: payload.chat_id };
    },
    log,
  );

  onClientEvent(
    socket,
    'set_executive_status',
    (payload, actor) => {
      const changed = ctx.presence.choose(actor.executive_id, payload.status);
      const update: ExecutiveStatusUpdate = {
        executive_id: actor.executive_id,
        name: actor.name,
        status: ctx.presence.statusOf(actor.executive_id),
        changed_at: ctx.clock.now().toISOString(),
      };
      // Supervisors take no chats, so only an executive's presence is news to the team.
      if (changed && actor.role === 'executive') {
        ctx.events.executiveStatus(update);
        ctx.events.statsChanged();
      }
      return update;
    },
    log,
  );

  onClientEvent(
    socket,
    'reassign_chat',
    (payload, actor) => reassignChat(ctx, actor, payload),
    log,
  );
  onClientEvent(socket, 'apply_tag', (payload, actor) => applyTag(ctx, actor, payload), log);
  onClientEvent(socket, 'remove_tag', (payload, actor) => removeTag(ctx, actor, payload), log);
  onClientEvent(socket, 'add_note', (payload, actor) => addNote(ctx, actor, payload), log);
}
