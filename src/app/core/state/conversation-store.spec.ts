import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import { Message } from '../../../contract';
import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { aChat, aMessage } from '../../testing/payload-fixtures';
import { GatewayError } from '../realtime/gateway-error';
import { ConversationStore } from './conversation-store';
import { nextFrame } from '../../testing/next-frame';

function page(messages: Message[], hasMore = false) {
  return { request_id: 'r', chat_id: 'c1', chat: aChat(), messages, has_more: hasMore };
}

describe('ConversationStore', () => {
  let gateway: FakeChatGateway;
  let store: ConversationStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [provideFakeChatGateway(gateway), provideFakeSession()],
    });
    store = TestBed.inject(ConversationStore);
    gateway.joinChat.and.returnValue(of({ chat_id: 'c1', chat: aChat() }));
    gateway.fetchChatsByUser.and.returnValue(
      of(
        page(
          [aMessage({ message_id: 'm1', seq: 1 }), aMessage({ message_id: 'm2', seq: 2 })],
          true,
        ),
      ),
    );
  });

  it('joins the room and loads the newest page when a chat opens', () => {
    store.open('c1');
    expect(gateway.joinChat).toHaveBeenCalledWith({ chat_id: 'c1' });
    expect(gateway.fetchChatsByUser).toHaveBeenCalledWith(
      jasmine.objectContaining({ chat_id: 'c1' }),
    );
    expect(store.messages().map((m) => m.message_id)).toEqual(['m1', 'm2']);
    expect(store.hasMore()).toBeTrue();
    expect(store.chat()?.chat_id).toBe('c1');
  });

  it('loads older history before the oldest message held', () => {
    store.open('c1');
    gateway.fetchChatsByUser.and.returnValue(of(page([aMessage({ message_id: 'm0', seq: 0 })])));
    store.loadOlder();
    expect(gateway.fetchChatsByUser.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({ before_seq: 1 }),
    );
    expect(store.messages().map((m) => m.message_id)).toEqual(['m0', 'm1', 'm2']);
    expect(store.hasMore()).toBeFalse();
  });

  it('clears a failed older page once the executive tries again', () => {
    store.open('c1');
    gateway.fetchChatsByUser.and.returnValue(
      throwError(() => new GatewayError('timeout', 'No answer.', 'fetch_chats_by_user')),
    );
    store.loadOlder();
    expect(store.error()).toBe('No answer.');
    expect(store.messages().length).toBe(2);

    gateway.fetchChatsByUser.and.returnValue(of(page([aMessage({ message_id: 'm0', seq: 0 })])));
    store.loadOlder();

    expect(store.error()).toBeNull();
    expect(store.messages().map((m) => m.message_id)).toEqual(['m0', 'm1', 'm2']);
  });

  it('shows a send at once as pending, then as sent with the server id', () => {
    store.open('c1');
    const ack = new Subject<Message>();
    gateway.sendMessage.and.returnValue(ack);
    store.send({ text: 'Your cab is on the way' });
    const pending = store.messages().at(-1)!;
    expect(pending.local).toBe('pending');
    const request = gateway.sendMessage.calls.mostRecent().args[0];
    expect(request.client_message_id).toBe(pending.client_message_id);
    ack.next(
      aMessage({
        message_id: 'm3',
        seq: 3,
        client_message_id: request.client_message_id,
        sender_type: 'executive',
        text: 'Your cab is on the way',
      }),
    );
    ack.complete();
    expect(store.messages().map((m) => [m.message_id, m.local])).toEqual([
      ['m1', null],
      ['m2', null],
      ['m3', null],
    ]);
  });

  it('marks a refused send as failed and retries it with the same client id', () => {
    store.open('c1');
    gateway.sendMessage.and.returnValue(
      throwError(
        () => new GatewayError('window_closed', 'The 24-hour window has closed.', 'send_message'),
      ),
    );
    store.send({ text: 'Hello' });
    const failed = store.messages().at(-1)!;
    expect(failed.local).toBe('failed');
    expect(failed.local_error).toBe('The 24-hour window has closed.');
    const firstId = gateway.sendMessage.calls.mostRecent().args[0].client_message_id;
    gateway.sendMessage.and.returnValue(
      of(aMessage({ message_id: 'm9', seq: 9, client_message_id: firstId })),
    );
    store.retry(firstId);
    expect(gateway.sendMessage.calls.mostRecent().args[0].client_message_id).toBe(firstId);
    expect(store.messages().filter((m) => m.client_message_id === firstId).length).toBe(1);
    expect(store.messages().at(-1)!.local).toBeNull();
  });

  it('keeps a send pending through a timeout and sends it again with the same id', () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-25T10:00:00Z'));
    try {
      store.open('c1');
      gateway.sendMessage.and.returnValue(
        throwError(() => new GatewayError('timeout', 'No answer.', 'send_message')),
      );
      store.send({ text: 'Hello' });
      expect(store.messages().at(-1)!.local).toBe('pending');
      const firstId = gateway.sendMessage.calls.mostRecent().args[0].client_message_id;
      gateway.sendMessage.and.returnValue(
        of(aMessage({ message_id: 'm9', seq: 9, client_message_id: firstId })),
      );
      jasmine.clock().tick(1100);
      expect(gateway.sendMessage).toHaveBeenCalledTimes(2);
      expect(gateway.sendMessage.calls.mostRecent().args[0].client_message_id).toBe(firstId);
      expect(store.messages().map((m) => [m.message_id, m.local])).toEqual([
        ['m1', null],
        ['m2', null],
        ['m9', null],
      ]);
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('sends templates with their id and variables', () => {
    store.open('c1');
    store.send({
      text: 'Hi Ravi',
      templateId: 't1',
      templateName: 'greeting',
      templateParams: { customer_name: 'Ravi' },
    });
    expect(gateway.sendMessage.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({ template_id: 't1', template_params: { customer_name: 'Ravi' } }),
    );
  });

  it('takes live messages for the open chat only, once each', async () => {
    store.open('c1');
    gateway.newMessage.next(aMessage({ message_id: 'm3', seq: 3 }));
    gateway.newMessage.next(aMessage({ message_id: 'm3', seq: 3 }));
    gateway.newMessage.next(aMessage({ message_id: 'x', seq: 4, chat_id: 'other' }));
    await nextFrame();
    expect(store.messages().map((m) => m.message_id)).toEqual(['m1', 'm2', 'm3']);
  });

  it('shows the other side typing and lets it expire', () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2026-11-25T10:00:00Z'));
    try {
      store.open('c1');
      gateway.typing.next({ chat_id: 'c1', sender: 'customer', sender_name: 'Ravi' });
      expect(store.typing()?.sender_name).toBe('Ravi');
      jasmine.clock().tick(6001);
      expect(store.typing()).toBeNull();
    } finally {
      jasmine.clock().uninstall();
    }
  });

  it('throttles its own typing events', () => {
    store.open('c1');
    store.notifyTyping();
    store.notifyTyping();
    expect(gateway.emitTyping).toHaveBeenCalledTimes(1);
    expect(gateway.emitTyping).toHaveBeenCalledWith(
      jasmine.objectContaining({ chat_id: 'c1', sender: 'executive' }),
    );
  });

  it('fetches only what is newer than the last message after a reconnect', async () => {
    store.open('c1');
    gateway.fetchChatsByUser.and.returnValue(of(page([aMessage({ message_id: 'm5', seq: 5 })])));
    await store.resync('gap');
    expect(gateway.fetchChatsByUser.calls.mostRecent().args[0]).toEqual(
      jasmine.objectContaining({ chat_id: 'c1', after_seq: 2 }),
    );
    expect(store.messages().map((m) => m.message_id)).toEqual(['m1', 'm2', 'm5']);
  });

  it('pages through a long gap until nothing is missing', async () => {
    store.open('c1');
    const burst = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) =>
        aMessage({ message_id: `n${from + i}`, seq: from + i }),
      );
    gateway.fetchChatsByUser.and.returnValues(of(page(burst(3, 200))), of(page(burst(203, 7))));
    await store.resync('gap');
    const cursors = gateway.fetchChatsByUser.calls.all().map((c) => c.args[0].after_seq);
    expect(cursors.slice(-2)).toEqual([2, 202]);
    expect(store.messages().length).toBe(2 + 207);
    expect(new Set(store.messages().map((m) => m.message_id)).size).toBe(209);
  });

  it('reloads the newest page after a long time offline', async () => {
    store.open('c1');
    gateway.fetchChatsByUser.and.returnValue(of(page([aMessage({ message_id: 'm7', seq: 7 })])));
    await store.resync('full');
    expect(gateway.fetchChatsByUser.calls.mostRecent().args[0].after_seq).toBeUndefined();
    expect(store.messages().map((m) => m.message_id)).toEqual(['m7']);
  });

  it('shows sends still in the outbox after the history, once each', () => {
    store.open('c1');
    gateway.sendMessage.and.returnValue(new Subject<Message>());
    store.send({ text: 'First' });
    store.send({ text: 'Second' });
    expect(store.messages().map((m) => [m.text, m.local])).toEqual([
      [jasmine.any(String), null],
      [jasmine.any(String), null],
      ['First', 'pending'],
      ['Second', 'pending'],
    ]);
    // One at a time, so the customer reads them in the order they were written.
    expect(gateway.sendMessage).toHaveBeenCalledTimes(1);
  });
});
