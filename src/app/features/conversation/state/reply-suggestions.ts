import { Injectable, inject } from '@angular/core';
import { Observable, map } from 'rxjs';

import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { withoutPlaceholderGreeting } from '../composer/suggestion-greeting';

/** AI reply suggestions for a chat, as the composer offers them. */
@Injectable({ providedIn: 'root' })
export class ReplySuggestions {
  private readonly api = inject(PySmartChatApi);

  /**
   * Emits a suggested reply for `chatId` (`getChatGPTResponse`), trimmed; empty when the back end
   * has none. A stand-in contact name ("WhatsApp 5678") is never greeted, whatever it says.
   */
  suggest(chatId: string): Observable<string> {
    return this.api
      .getChatGPTResponse({ chat_id: chatId })
      .pipe(map((response) => withoutPlaceholderGreeting(response.suggestion?.trim() ?? '')));
  }
}
