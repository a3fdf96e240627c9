import type { FetchAllChat, FetchAllChatByUser } from '../../src/contract';
import { chatConfig } from '../domain/chat-config';
import type { DomainContext } from '../domain/domain-context';
import { notFound } from '../domain/domain-error';
import type { ChatViewers } from './chat-viewers';
import { onClientEvent } from './client-event-handler';
import { RateLimitedError, SEARCH_RATE_LIMIT, TokenBucket } from './rate-limit';
import { rooms } from './rooms';
import type { StaffSocket } from './socket-types';

/** Config, chat lists, search, history and joining a chat room. */
export function registerReadHandlers(
  socket: StaffSocket,
  ctx: DomainContext,
  viewers: ChatViewers,
  log: (line: string) => void,
): void {
  const searches = new TokenBucket(SEARCH_RATE_LIMIT, ctx.clock);
  onClientEvent(
    socket,
    'config',
    (_payload, _actor, later) => {
      const config = chatConfig(ctx);
      later(() => socket.emit('config_response', config));
      return config;
    },
    log,
  );

  onClientEvent(
    socket,
    'fetch_all_chats',
    (payload, _actor, later) => {
      const page = ctx.chats.list({
        assignedExecutiveId: payload.assigned_executive_id,
        status: payload.status,
        filter: payload.filter,
        stakeholder: payload.stakeholder,
        now: ctx.clock.now().toISOString(),
        cursor: payload.cursor,
        limit: payload.limit ?? ctx.settings.page_size,
      });
      const response: FetchAllChat = { request_id: payload.request_id, ...page };
      later(() => socket.emit('fetch_all_chats_response', response));
      return { request_id: payload.request_id };
    },
    log,
  );

  onClientEvent(
    socket,
    'search_chat',
    (payload, _actor, later) => {
      const wait = searches.take();
      if (wait > 0) {
        throw new RateLimitedError(
          `Searching too fast: at most ${SEARCH_RATE_LIMIT.perSecond} searches a second. ` +
            `Wait ${Math.ceil(wait / 100) / 10} s and search again.`,
          wait,
        );
      }
      const page = ctx.chats.search(
        payload.query,
        payload.assigned_executive_id,
        payload.limit ?? ctx.settings.page_size,
      );
      const response: FetchAllChat = { request_id: payload.request_id, ...page };
      later(() => socket.emit('search_chat_response', response));
      return { request_id: payload.request_id };
    },
    log,
  );

  onClientEvent(
    socket,
    'fetch_chats_by_user',
    (payload, _actor, later) => {
      const chat = ctx.chats.get(payload.chat_id);
      if (!chat) {
        throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
      }
      const page = ctx.messages.page(
        chat.chat_id,
        payload.limit ?? 50,
        payload.before_seq,
        payload.after_seq,
      );
      const response: FetchAllChatByUser = {
        request_id: payload.request_id,
        chat_id: chat.chat_id,
        chat,
        ...page,
      };
      later(() => socket.emit('fetch_chats_by_user_response', response));
      return { request_id: payload.request_id };
    },
    log,
  );

  onClientEvent(
    socket,
    'join_chat',
    (payload, actor, later) => {
      const chat = ctx.chats.get(payload.chat_id);
      if (!chat) {
        throw notFound('This chat does not exist any more: reload the chat list.', 'chat_id');
      }
      // One open conversation per socket: typing and notes of the previous chat stop arriving.
      for (const room of socket.rooms) {
        if (room.startsWith('chat:') && room !== rooms.chat(chat.chat_id)) {
          void socket.leave(room);
        }
      }
      void socket.join(rooms.chat(chat.chat_id));
      const viewer = { executive_id: actor.executive_id, name: actor.name, role: actor.role };
      later(() => viewers.open(socket.id, chat.chat_id, viewer));
      return { chat_id: chat.chat_id, chat };
    },
    log,
  );
}
