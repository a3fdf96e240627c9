import { TestBed } from '@angular/core/testing';
import { Subject, of } from 'rxjs';

import { Message } from '../../../contract';
import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { aChat, aMessage } from '../../testing/payload-fixtures';
import { ConversationStore } from './conversation-store';
import { nextFrame } from '../../testing/next-frame';

interface Page {
  request_id: string;
  chat_id: string;
  chat: ReturnType<typeof aChat>;
  messages: Message[];
  has_more: boolean;
}

function page(chatId: string, messages: Message[], hasMore = false): Page {
  return {
    request_id: 'r',
    chat_id: chatId,
    chat: aChat({ chat_id: chatId }),
    messages,
    has_more: hasMore,
  };
}

const ids = (store: ConversationStore) => store.messages().map((m) => m.message_id);

describe('ConversationStore switching back to a recent chat', () => {
  let gateway: FakeChatGateway;
  let store: ConversationStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [provideFakeChatGateway(gateway), provideFakeSession()],
    });
    store = TestBed.inject(ConversationStore);
    gateway.joinChat.and.callFake(({ chat_id }) => of({ chat_id, chat: aChat({ chat_id }) }));
    gateway.fetchChatsByUser.and.returnValue(
      of(
        page('c1', [
          aMessage({ message_id: 'm1', chat_id: 'c1', seq: 1 }),
          aMessage({ message_id: 'm2', chat_id: 'c1', seq: 2 }),
        ]),
      ),
    );
    store.open('c1');
    gateway.fetchChatsByUser.and.returnValue(
      of(page('c2', [aMessage({ message_id: 'x1', chat_id: 'c2', seq: 1 })])),
    );
    store.open('c2');
  });

  it('paints a chat left a moment ago at once, then takes in the newest page', () => {
    const answer = new Subject<Page>();
    gateway.fetchChatsByUser.and.returnValue(answer);
    store.open('c1');

    expect(ids(store)).toEqual(['m1', 'm2']);
    expect(store.loading()).toBeFalse();

    answer.next(
      page('c1', [
        aMessage({ message_id: 'm2', chat_id: 'c1', seq: 2 }),
        aMessage({ message_id: 'm3', chat_id: 'c1', seq: 3 }),
      ]),
    );
    expect(ids(store)).toEqual(['m1', 'm2', 'm3']);
  });

  it('keeps live messages of a chat that was left', async () => {
    gateway.newMessage.next(aMessage({ message_id: 'm3', chat_id: 'c1', seq: 3 }));
    await nextFrame();
    gateway.fetchChatsByUser.and.returnValue(new Subject<Page>());
    store.open('c1');
    expect(ids(store)).toEqual(['m1', 'm2', 'm3']);
  });

  it('takes the newest page alone when more came in while away than a page holds', () => {
    gateway.fetchChatsByUser.and.returnValue(
      of(
        page(
          'c1',
          [
            aMessage({ message_id: 'm60', chat_id: 'c1', seq: 60 }),
            aMessage({ message_id: 'm61', chat_id: 'c1', seq: 61 }),
          ],
          true,
        ),
      ),
    );
    store.open('c1');
    expect(ids(store)).toEqual(['m60', 'm61']);
    expect(store.hasMore()).toBeTrue();
  });

  it('loads a chat never opened as before, from the server', () => {
    const answer = new Subject<Page>();
    gateway.fetchChatsByUser.and.returnValue(answer);
    store.open('c3');
    expect(ids(store)).toEqual([]);
    expect(store.loading()).toBeTrue();
  });
});
