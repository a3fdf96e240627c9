import type { ChatViewer } from '../../src/contract';
import type { DomainContext } from '../domain/domain-context';
import { rooms } from './rooms';
import type { GatewayServer } from './socket-types';

interface OpenChat {
  chatId: string;
  viewer: ChatViewer;
}

/**
 * Who has which chat open: a socket views the chat it last joined (`join_chat`) until it joins
 * another or disconnects. Every change is told to the chat's room as a `room_update` carrying
 * `viewers`, so staff with the chat open see who else is there. Lives in memory: after a restart
 * the consoles join again when they reconnect.
 */
export class ChatViewers {
  /** The open chat of each socket, in the order the sockets opened them. */
  private readonly bySocket = new Map<string, OpenChat>();

  constructor(
    private readonly io: GatewayServer,
    private readonly ctx: DomainContext,
  ) {}

  /** Records that a socket opened a chat, and tells both the chat it left and the one it opened. */
  open(socketId: string, chatId: string, viewer: ChatViewer): void {
    const before = this.bySocket.get(socketId);
    if (before?.chatId === chatId) {
      // A second join of the same chat (a reconnect's resync): the joiner still needs the list.
      this.announce(chatId);
      return;
    }
    this.bySocket.delete(socketId);
    this.bySocket.set(socketId, { chatId, viewer });
    if (before) {
      this.announce(before.chatId);
    }
    this.announce(chatId);
  }

  /** Forgets a closed socket, and tells the chat it had open. */
  close(socketId: string): void {
    const before = this.bySocket.get(socketId);
    this.bySocket.delete(socketId);
    if (before) {
      this.announce(before.chatId);
    }
  }

  /** The staff with a chat open, each once (by executive id), in the order they opened it. */
  of(chatId: string): ChatViewer[] {
    const seen = new Map<string, ChatViewer>();
    for (const open of this.bySocket.values()) {
      if (open.chatId === chatId && !seen.has(open.viewer.executive_id)) {
        seen.set(open.viewer.executive_id, open.viewer);
      }
    }
    return [...seen.values()];
  }

  private announce(chatId: string): void {
    const chat = this.ctx.chats.get(chatId);
    if (chat) {
      this.io.to(rooms.chat(chatId)).emit('room_update', { ...chat, viewers: this.of(chatId) });
    }
  }
}
