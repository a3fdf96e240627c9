import { inject } from '@angular/core';
import { ToastrService } from 'ngx-toastr';

import { Chats } from '../../../contract';
import { Session } from '../../core/auth/session';
import { AssignToMe } from '../../core/state/assign-to-me';
import { mayAssignToMe } from '../conversation/state/chat-ownership';
import { contactName } from '../../shared/text/contact-name';

/** "Assign to me" on the list's rows: whether a row offers it, and taking the chat with a toast. */
export interface AssignFromList {
  /** Whether the row offers "Assign to me": an executive, on a chat nobody has. */
  offered(chat: Chats): boolean;
  /** Whether the chat is being assigned now; reactive. */
  busy(chatId: string): boolean;
  /** Takes the chat; a toast says so, or who was quicker. */
  assign(chat: Chats): Promise<void>;
}

/** "Assign to me" for a list component; call in an injection context. */
export function injectAssignFromList(): AssignFromList {
  const session = inject(Session);
  const assigner = inject(AssignToMe);
  const toastr = inject(ToastrService);
  return {
    offered: (chat) => mayAssignToMe(chat, session.executive()),
    busy: (chatId) => assigner.isBusy(chatId),
    assign: async (chat) => {
      const result = await assigner.assign(chat.chat_id);
      const who = contactName(chat.customer_name, chat.customer_number);
      if (result.ok) {
        toastr.success(`The chat with ${who} is yours now.`);
      } else {
        toastr.error(result.message, undefined, { disableTimeOut: true });
      }
    },
  };
}
