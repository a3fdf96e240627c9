import { DefaultUrlSerializer } from '@angular/router';

import { openChatIdOf } from './open-chat-id';

describe('openChatIdOf', () => {
  const parse = (url: string) => openChatIdOf(new DefaultUrlSerializer().parse(url));

  it('reads the chat of a /chats/:chatId URL', () => {
    expect(parse('/chats/chat_42')).toBe('chat_42');
    expect(parse('/chats/chat_42?tab=notes')).toBe('chat_42');
  });

  it('is null elsewhere', () => {
    expect(parse('/chats')).toBeNull();
    expect(parse('/dashboard/chat_42')).toBeNull();
    expect(parse('/')).toBeNull();
  });
});
