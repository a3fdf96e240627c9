import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { of, throwError } from 'rxjs';

import { Chats, Executive } from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { LazyDialog } from '../../../core/layout/lazy-dialog';
import { GatewayError } from '../../../core/realtime/gateway-error';
import { ConversationStore } from '../../../core/state/conversation-store';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { TEST_EXECUTIVE, provideFakeSession } from '../../../testing/fake-session';
import { aChat } from '../../../testing/payload-fixtures';
import { ChatActionsStore } from '../state/chat-actions-store';
import { OwnershipBar } from './ownership-bar';

describe('OwnershipBar', () => {
  let gateway: FakeChatGateway;
  let dialog: jasmine.SpyObj<LazyDialog>;
  const me = signal<Executive | null>(TEST_EXECUTIVE);

  function render(chat: Chats): HTMLElement {
    gateway.joinChat.and.returnValue(of({ chat_id: chat.chat_id, chat }));
    gateway.fetchChatsByUser.and.returnValue(
      of({ request_id: 'r', chat_id: chat.chat_id, chat, messages: [], has_more: false }),
    );
    TestBed.inject(ConversationStore).open(chat.chat_id);
    const fixture = TestBed.createComponent(OwnershipBar);
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  const notice = (el: HTMLElement) =>
    el.querySelector('[data-testid="ownership-notice"] .text')?.textContent?.trim() ?? '';

  beforeEach(() => {
    gateway = new FakeChatGateway();
    me.set(TEST_EXECUTIVE);
    dialog = jasmine.createSpyObj<LazyDialog>('LazyDialog', ['open']);
    dialog.open.and.returnValue(new Promise(() => undefined));
    TestBed.configureTestingModule({
      providers: [
        provideFakeChatGateway(gateway),
        provideFakeSession(me),
        { provide: LazyDialog, useValue: dialog },
        { provide: PySmartChatApi, useValue: {} },
      ],
    });
  });

  const vikrams = aChat({ assigned_executive_id: 'e2', assigned_executive_name: 'Vikram Singh' });

  it("says nothing on the executive's own chat", () => {
    expect(notice(render(aChat({ assigned_executive_id: 'e1' })))).toBe('');
  });

  it("offers Take over on a colleague's chat, opening the reassign dialog preset to me", () => {
    const el = render(vikrams);
    expect(notice(el)).toBe("This is Vikram Singh's chat — take it over to reply");
    (el.querySelector('button') as HTMLButtonElement).click();
    const config = dialog.open.calls.mostRecent().args[1];
    expect(config?.data).toEqual({ chat: vikrams, takeOverBy: 'e1' });
  });

  it('names what the policy refused, instead of an error', async () => {
    const el = render(vikrams);
    gateway.applyTag.and.returnValue(
      throwError(() => new GatewayError('forbidden', 'No.', 'apply_tag')),
    );
    await TestBed.inject(ChatActionsStore).applyTag('c1', 'Refund');
    TestBed.tick();
    expect(notice(el)).toBe("This is Vikram Singh's chat — to change its tags, take it over first");
  });

  it('tells a supervisor a reply goes out under their name', () => {
    me.set({ ...TEST_EXECUTIVE, executive_id: 's1', role: 'supervisor' });
    expect(notice(render(vikrams))).toBe(
      'Assigned to Vikram Singh · a reply goes out under your name',
    );
  });

  it('says a reply picks up a chat nobody has', () => {
    const nobodys = aChat({ assigned_executive_id: null, assigned_executive_name: null });
    expect(notice(render(nobodys))).toBe('Nobody has this chat yet · a reply makes it yours');
  });

  it('shows a colleague typing a reply', () => {
    const el = render(aChat({ assigned_executive_id: 'e1' }));
    gateway.typing.next({
      chat_id: 'c1',
      sender: 'executive',
      sender_name: 'Vikram Singh',
      sender_id: 'e2',
    });
    TestBed.tick();
    expect(el.querySelector('[data-testid="colleague-typing"] .text')?.textContent?.trim()).toBe(
      'Vikram Singh is typing a reply…',
    );
  });
});
