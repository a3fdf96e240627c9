import { TestBed } from '@angular/core/testing';
import { of } from 'rxjs';

import { ChatViewer } from '../../../../contract';
import { ConversationStore } from '../../../core/state/conversation-store';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { aChat } from '../../../testing/payload-fixtures';
import { ChatViewersStore } from './chat-viewers-store';

const ME: ChatViewer = { executive_id: 'e1', name: 'Asha Verma', role: 'executive' };
const VIKRAM: ChatViewer = { executive_id: 'e2', name: 'Vikram Singh', role: 'executive' };
const LEAD: ChatViewer = { executive_id: 's1', name: 'Meera Lead', role: 'supervisor' };

describe('ChatViewersStore', () => {
  let gateway: FakeChatGateway;
  let store: ChatViewersStore;
  let conversation: ConversationStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [provideFakeChatGateway(gateway), provideFakeSession()],
    });
    store = TestBed.inject(ChatViewersStore);
    conversation = TestBed.inject(ConversationStore);
    gateway.fetchChatsByUser.and.returnValue(of());
    conversation.open('c1');
    TestBed.tick();
  });

  afterEach(() => jasmine.clock().uninstall());

  it('lists the others with the open chat open, from room_update, whatever its version', () => {
    gateway.roomUpdate.next(aChat({ version: 3, viewers: [ME, VIKRAM] }));
    expect(store.others()).toEqual([VIKRAM]);
    // Viewers ride on an unchanged chat: an older or equal version still counts.
    gateway.roomUpdate.next(aChat({ version: 1, viewers: [ME, VIKRAM, LEAD] }));
    expect(store.others()).toEqual([VIKRAM, LEAD]);
  });

  it('keeps what it knows when a room_update has no viewers, and forgets it with the chat', () => {
    gateway.roomUpdate.next(aChat({ viewers: [ME, VIKRAM] }));
    gateway.roomUpdate.next(aChat({ version: 9 }));
    expect(store.others()).toEqual([VIKRAM]);
    gateway.roomUpdate.next(aChat({ chat_id: 'c2', viewers: [ME, LEAD] }));
    expect(store.others()).toEqual([VIKRAM]);

    conversation.open('c2');
    TestBed.tick();
    expect(store.others()).toEqual([]);
  });

  it("shows a colleague typing until they stop, never the executive's own typing", () => {
    jasmine.clock().install();
    const typist = (who: ChatViewer, chat_id = 'c1') =>
      gateway.typing.next({
        chat_id,
        sender: 'executive',
        sender_name: who.name,
        sender_id: who.executive_id,
      });
    typist(ME);
    gateway.typing.next({ chat_id: 'c1', sender: 'customer', sender_name: 'Ravi' });
    typist(VIKRAM, 'c2');
    expect(store.typing()).toEqual([]);

    typist(VIKRAM);
    jasmine.clock().tick(4000);
    typist(VIKRAM);
    jasmine.clock().tick(4000);
    expect(store.typing().map((t) => t.name)).toEqual(['Vikram Singh']);
    jasmine.clock().tick(2500);
    expect(store.typing()).toEqual([]);
  });
});
