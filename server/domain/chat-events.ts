import type {
  ChatAssignment,
  Chats,
  ExecutiveStatusUpdate,
  InternalNote,
  Message,
  SlaAlert,
  TagUpdate,
  TypingPayload,
} from '../../src/contract';

/**
 * What the domain tells the outside world after a change. The gateway turns each call into the
 * right server event for the right rooms; the domain never knows about sockets.
 */
export interface ChatEvents {
  messageCreated(message: Message, chat: Chats): void;
  chatUpdated(chat: Chats): void;
  chatAssigned(assignment: ChatAssignment, kind: 'assigned' | 'reassigned'): void;
  tagUpdated(update: TagUpdate): void;
  noteAdded(note: InternalNote, chat: Chats): void;
  executiveStatus(update: ExecutiveStatusUpdate): void;
  slaAlert(alert: SlaAlert): void;
  /** Typing shown by the customer or driver side (the simulator). */
  counterpartTyping(payload: TypingPayload): void;
  statsChanged(): void;
}
