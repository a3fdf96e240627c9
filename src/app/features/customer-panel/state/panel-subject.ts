import { Chats, Stakeholder } from '../../../../contract';

/** Who the panel is about: the person writing in the open chat. */
export interface PanelSubject {
  readonly chatId: string;
  /** The WhatsApp number the chat comes from: a customer's, or a driver's (partner lookup). */
  readonly number: string;
  readonly name: string;
  readonly stakeholder: Stakeholder;
}

/** The subject of an open chat, or null when no chat is open. */
export function subjectOf(chat: Chats | null): PanelSubject | null {
  if (!chat || chat.customer_number.trim() === '') {
    return null;
  }
  return {
    chatId: chat.chat_id,
    number: chat.customer_number,
    name: chat.customer_name,
    stakeholder: chat.stakeholder,
  };
}

/**
 * Whether two subjects are the same person in the same chat. Live room updates change the chat
 * object often; only these fields mean the panel must load again.
 */
export function sameSubject(a: PanelSubject | null, b: PanelSubject | null): boolean {
  return (
    a === b ||
    (a !== null &&
      b !== null &&
      a.chatId === b.chatId &&
      a.number === b.number &&
      a.stakeholder === b.stakeholder &&
      a.name === b.name)
  );
}
