import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import { ApiError } from '../../../core/api/api-error';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { ChatAssignment, ResponseData, TagUpdate } from '../../../../contract';
import { GatewayError } from '../../../core/realtime/gateway-error';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import { aChat } from '../../../testing/payload-fixtures';
import { ChatActionsStore } from './chat-actions-store';
import { ConversationStore } from '../../../core/state/conversation-store';
import { OutboxEntry } from '../../../core/state/outbox';
import { OutboxStore, OwnershipRefusalHandler } from '../../../core/state/outbox-store';
import { ReplyInsertStore } from '../../../core/state/reply-insert-store';

function statusAck(overrides: Partial<ResponseData> = {}): ResponseData {
  return {
    success: true,
    chat_id: 'c1',
    customer_number: '+919800000001',
    status: 'resolved',
    message: 'Chat resolved.',
    updated_by: 'e1',
    updated_at: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

function tagUpdate(overrides: Partial<TagUpdate> = {}): TagUpdate {
  return {
    chat_id: 'c1',
    tag: 'Refund',
    action: 'applied',
    tags: ['Refund'],
    updated_by: 'e1',
    updated_at: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

describe('ChatActionsStore', () => {
  let gateway: FakeChatGateway;
  let api: jasmine.SpyObj<PySmartChatApi>;
  let store: ChatActionsStore;
  let conversation: ConversationStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    api = jasmine.createSpyObj<PySmartChatApi>('PySmartChatApi', [
      'rateChat',
      'sendWhatsappTemplate',
    ]);
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(),
        { provide: PySmartChatApi, useValue: api },
      ],
    });
    gateway.joinChat.and.returnValue(of({ chat_id: 'c1', chat: aChat() }));
    gateway.fetchChatsByUser.and.returnValue(
      of({ request_id: 'r', chat_id: 'c1', chat: aChat(), messages: [], has_more: false }),
    );
    store = TestBed.inject(ChatActionsStore);
    conversation = TestBed.inject(ConversationStore);
  });

  it('resolves with the chat id and number, busy until the ack, then confirms', async () => {
    const ack = new Subject<ResponseData>();
    gateway.updateChatStatus.and.returnValue(ack);
    const done = store.setStatus(aChat(), 'resolved');
    expect(gateway.updateChatStatus).toHaveBeenCalledWith({
      customer_number: '+919800000001',
      chat_id: 'c1',
      status: 'resolved',
    });
    expect(store.isBusy('c1', 'status')).toBeTrue();
    ack.next(statusAck());
    ack.complete();
    const result = await done;
    expect(result.ok).toBeTrue();
    expect(store.isBusy('c1', 'status')).toBeFalse();
    expect(store.notices()).toEqual([
      jasmine.objectContaining({
        chatId: 'c1',
        tone: 'success',
        text: 'Chat resolved.',
        by: 'me',
        undoByReopening: true,
      }),
    ]);
  });

  it('reports the gateway error message when a status change fails', async () => {
    gateway.updateChatStatus.and.returnValue(
      throwError(
        () => new GatewayError('offline', 'You cannot change this chat.', 'update_chat_status'),
      ),
    );
    const result = await store.setStatus(aChat(), 'pending');
    expect(result).toEqual({ ok: false, message: 'You cannot change this chat.' });
    expect(store.notices().map((n) => n.tone)).toEqual(['error']);
    expect(store.isBusy('c1', 'status')).toBeFalse();
  });

  it('treats an ack without success as a failure', async () => {
    gateway.updateChatStatus.and.returnValue(of(statusAck({ success: false })));
    const result = await store.setStatus(aChat(), 'resolved');
    expect(result.ok).toBeFalse();
  });

  it('rates a chat through rateChat, dropping a blank comment', async () => {
    api.rateChat.and.returnValue(
      of({ chat_id: 'c1', rating: 4, comment: null, rated_by: 'e1', rated_at: 'x' }),
    );
    await store.rate('c1', 4, '   ');
    expect(api.rateChat).toHaveBeenCalledWith('c1', { rating: 4 });
    await store.rate('c1', 5, ' Quick fix ');
    expect(api.rateChat).toHaveBeenCalledWith('c1', { rating: 5, comment: 'Quick fix' });
  });

  it('refuses ratings outside 1 to 5 without calling the API', async () => {
    expect((await store.rate('c1', 0)).ok).toBeFalse();
    expect((await store.rate('c1', 6)).ok).toBeFalse();
    expect(api.rateChat).not.toHaveBeenCalled();
  });

  it('reassigns with a trimmed reason and names the new executive', async () => {
    const assignment: ChatAssignment = {
      chat_id: 'c1',
      customer_number: '+919800000001',
      customer_name: 'Ravi Kumar',
      stakeholder: 'customer',
      executive_id: 'e2',
      executive_name: 'Priya',
      previous_executive_id: 'e1',
      reason: 'Shift ending',
      assigned_at: 'x',
    };
    gateway.reassignChat.and.returnValue(of(assignment));
    const result = await store.reassign('c1', 'e2', '  Shift ending ');
    expect(gateway.reassignChat).toHaveBeenCalledWith({
      chat_id: 'c1',
      to_executive_id: 'e2',
      reason: 'Shift ending',
    });
    expect(result).toEqual(
      jasmine.objectContaining({ ok: true, message: 'Chat reassigned to Priya.' }),
    );
  });

  it('does not reassign without a reason', async () => {
    const result = await store.reassign('c1', 'e2', '  ');
    expect(result.ok).toBeFalse();
    expect(gateway.reassignChat).not.toHaveBeenCalled();
  });

  it('applies a tag, shows it in flight, then on the open chat from the ack', async () => {
    conversation.open('c1');
    const ack = new Subject<TagUpdate>();
    gateway.applyTag.and.returnValue(ack);
    const done = store.applyTag('c1', 'Refund');
    expect(gateway.applyTag).toHaveBeenCalledWith({ chat_id: 'c1', tag: 'Refund' });
    expect(store.tagsInFlight('c1')).toEqual(['Refund']);
    expect(store.isBusy('c1', 'tag')).toBeTrue();
    ack.next(tagUpdate());
    ack.complete();
    await done;
    expect(store.tagsInFlight('c1')).toEqual([]);
    expect(conversation.chat()?.tags).toEqual(['Refund']);
  });

  it('removes a tag through remove_tag', async () => {
    gateway.removeTag.and.returnValue(of(tagUpdate({ action: 'removed', tags: [] })));
    const result = await store.removeTag('c1', 'Refund');
    expect(gateway.removeTag).toHaveBeenCalledWith({ chat_id: 'c1', tag: 'Refund' });
    expect(result).toEqual(
      jasmine.objectContaining({ ok: true, message: 'Tag "Refund" removed.' }),
    );
  });

  it('keeps the open chat in step with tag_updated from other executives', () => {
    conversation.open('c1');
    gateway.tagUpdated.next(tagUpdate({ tags: ['Refund', 'VIP'], updated_by: 'e9' }));
    expect(conversation.chat()?.tags).toEqual(['Refund', 'VIP']);
    gateway.tagUpdated.next(tagUpdate({ chat_id: 'c2', tags: ['Other'] }));
    expect(conversation.chat()?.tags).toEqual(['Refund', 'VIP']);
  });

  it('starts a conversation with sendWhatsappTemplate and reports API errors', async () => {
    api.sendWhatsappTemplate.and.returnValue(
      of({
        success: true,
        chat_id: 'c9',
        message_id: 'm9',
        to: '+919812345678',
        template_name: 'follow_up',
        sent_at: 'x',
      }),
    );
    const sent = await store.startConversation('+919812345678', 'follow_up');
    expect(api.sendWhatsappTemplate).toHaveBeenCalledWith('+919812345678', 'follow_up');
    expect(sent).toEqual(jasmine.objectContaining({ ok: true }));

    api.sendWhatsappTemplate.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 404,
            code: 'not_found',
            backend: 'pySmartChat',
            message: 'There is no template with this name.',
          }),
      ),
    );
    const failed = await store.startConversation('+919812345678', 'nope');
    expect(failed).toEqual({ ok: false, message: 'There is no template with this name.' });
  });

  it('says a template cannot be filled from the records, not to fill a variable', async () => {
    api.sendWhatsappTemplate.and.returnValue(
      throwError(
        () =>
          new ApiError({
            status: 422,
            code: 'template_variable_missing',
            backend: 'pySmartChat',
            message: 'The template needs a value for {{booking_id}}. Fill it in and send again.',
            field: 'name.booking_id',
          }),
      ),
    );
    const failed = await store.startConversation('+919812345678', 'booking_confirmation');
    expect(failed).toEqual({
      ok: false,
      message:
        'This template needs the booking id of +919812345678, and there is none on record. ' +
        'Pick a template that does not need it, or check the number.',
    });
  });

  it('tells the executive when someone else changes the open chat status', () => {
    conversation.open('c1');
    gateway.updateChatStatusResponse.next(statusAck({ updated_by: 'e7' }));
    expect(store.notices().map((n) => n.text)).toEqual(['Another executive: Chat resolved.']);
    expect(store.notices()[0].by).toBe('others');
    store.dismissNotices(store.notices()[0].id);
    gateway.updateChatStatusResponse.next(statusAck({ updated_by: 'e1' }));
    expect(store.notices()).toEqual([]);
  });

  it('confirms your own status change once, with no notice of someone else changing it', async () => {
    conversation.open('c1');
    gateway.updateChatStatus.and.returnValue(of(statusAck()));
    await store.setStatus(aChat(), 'resolved');
    // The gateway also tells every watcher of the chat, the requester included.
    gateway.updateChatStatusResponse.next(statusAck());
    expect(store.notices().map((n) => n.text)).toEqual(['Chat resolved.']);
  });

  it('ignores status changes of chats other than the open one', () => {
    conversation.open('c1');
    gateway.updateChatStatusResponse.next(statusAck({ chat_id: 'c2', updated_by: 'e7' }));
    expect(store.notices()).toEqual([]);
  });

  it('queues every notice until shown, and leaves dialog failures to the dialog', async () => {
    gateway.applyTag.and.returnValues(of(tagUpdate()), of(tagUpdate({ tag: 'VIP' })));
    await Promise.all([store.applyTag('c1', 'Refund'), store.applyTag('c1', 'VIP')]);
    const texts = store.notices().map((n) => n.text);
    expect(texts).toEqual(['Tag "Refund" added.', 'Tag "VIP" added.']);
    store.dismissNotices(store.notices()[1].id);
    gateway.reassignChat.and.returnValue(
      throwError(() => new GatewayError('forbidden', 'Not yours.', 'reassign_chat')),
    );
    expect(await store.reassign('c1', 'e2', 'Shift ending')).toEqual({
      ok: false,
      message: 'Not yours.',
    });
    expect(store.notices()).toEqual([]);
  });

  it("offers a take-over instead of an error when the policy refuses a colleague's chat", async () => {
    gateway.updateChatStatus.and.returnValue(
      throwError(
        () =>
          new GatewayError(
            'forbidden',
            'This chat is assigned to Vikram Singh.',
            'update_chat_status',
          ),
      ),
    );
    const result = await store.setStatus(aChat(), 'resolved');
    expect(result.ok).toBeFalse();
    expect(store.notices()).toEqual([]);
    expect(store.refusal()).toEqual({ chatId: 'c1', action: 'status' });

    store.dismissRefusal('c2');
    expect(store.refusal()).not.toBeNull();
    store.dismissRefusal('c1');
    expect(store.refusal()).toBeNull();
  });

  it('puts a reply the stack refuses for ownership back in the reply box, offering Take over', () => {
    let handler: OwnershipRefusalHandler | undefined;
    spyOn(TestBed.inject(OutboxStore), 'handOwnershipRefusals').and.callFake((taking) => {
      handler = taking;
      return () => undefined;
    });
    const restore = spyOn(TestBed.inject(ReplyInsertStore), 'restore');
    const actions = TestBed.runInInjectionContext(() => new ChatActionsStore());
    const reply = { chatId: 'c1', message: { text: 'On my way' } } as OutboxEntry;
    expect(handler!(reply, 'This chat is assigned to Priya Sharma.')).toBeTrue();
    expect(restore).toHaveBeenCalledOnceWith('c1', 'On my way');
    expect(actions.refusal()).toEqual({ chatId: 'c1', action: 'reply' });

    // A template cannot go back into the box: it stays in the conversation, failed, to retry.
    const template = { chatId: 'c2', message: { text: 'Hi', templateId: 't1' } } as OutboxEntry;
    expect(handler!(template, 'This chat is assigned to Priya Sharma.')).toBeFalse();
    expect(restore).toHaveBeenCalledTimes(1);
    expect(actions.refusal()).toEqual({ chatId: 'c2', action: 'reply' });
  });
});
