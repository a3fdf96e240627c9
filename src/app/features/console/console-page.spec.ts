import { BreakpointObserver } from '@angular/cdk/layout';
import { ChangeDetectionStrategy, Component, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';

import { ConsoleLayout } from '../../core/layout/console-layout';
import { ConversationStore } from '../../core/state/conversation-store';
import { FakeBreakpoints } from '../../testing/fake-breakpoints';
import { FakeChatGateway } from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import { provideShellTesting } from '../../testing/shell-testing';
import { ChatList } from '../chat-list/chat-list';
import { CustomerPanel } from '../customer-panel/customer-panel';
import ConsolePage from './console-page';

@Component({
  selector: 'app-chat-list',
  template: 'chat list',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubChatList {}

@Component({
  selector: 'app-customer-panel',
  template: 'customer panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubCustomerPanel {}

describe('ConsolePage', () => {
  let window: FakeBreakpoints;
  let fixture: ComponentFixture<ConsolePage>;
  const chatId = signal<string | null>(null);

  async function setUp(width: number): Promise<void> {
    window = new FakeBreakpoints();
    window.resize(width);
    TestBed.configureTestingModule({
      providers: [
        ...provideShellTesting(new FakeChatGateway()),
        provideFakeSession(),
        { provide: BreakpointObserver, useValue: window.observer },
        { provide: ConversationStore, useValue: { chatId } },
      ],
    });
    TestBed.overrideComponent(ConsolePage, {
      remove: { imports: [ChatList, CustomerPanel] },
      add: { imports: [StubChatList, StubCustomerPanel] },
    });
    await TestBed.compileComponents();
    fixture = TestBed.createComponent(ConsolePage);
    await fixture.whenStable();
  }

  const host = () => fixture.nativeElement as HTMLElement;
  const list = () => host().querySelector('app-chat-list')!;
  const conversation = () => host().querySelector('main')!;
  const shown = (element: Element) =>
    getComputedStyle(element).visibility !== 'hidden' && !element.hasAttribute('inert');

  beforeEach(() => chatId.set(null));

  it('shows the list and the conversation side by side in a wide window', async () => {
    await setUp(1440);
    chatId.set('c1');
    await fixture.whenStable();
    expect(shown(list())).toBeTrue();
    expect(shown(conversation())).toBeTrue();
    expect(host().querySelector('.console')!.classList).toContain('with-panel');
  });

  it('gives the conversation the customer panel column when the panel is folded away', async () => {
    await setUp(1152);
    chatId.set('c1');
    await fixture.whenStable();
    expect(host().querySelector('.console')!.classList).not.toContain('with-panel');
    TestBed.inject(ConsoleLayout).togglePanel();
    await fixture.whenStable();
    expect(host().querySelector('.console')!.classList).toContain('with-panel');
  });

  it('narrower than 900 px shows the list, then only the open conversation, then the list again', async () => {
    await setUp(768);
    expect(shown(list())).toBeTrue();
    expect(shown(conversation())).toBeFalse();

    chatId.set('c1');
    await fixture.whenStable();
    expect(shown(list())).toBeFalse();
    expect(shown(conversation())).toBeTrue();

    // Back to chats closes the conversation.
    chatId.set(null);
    await fixture.whenStable();
    expect(shown(list())).toBeTrue();
    expect(shown(conversation())).toBeFalse();
  });

  it('in one-pane mode opens the customer panel as a drawer over the conversation', async () => {
    await setUp(768);
    chatId.set('c1');
    await fixture.whenStable();
    expect(host().querySelector('.panel')).toBeNull();
    TestBed.inject(ConsoleLayout).togglePanel();
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await fixture.whenStable();
    expect(host().querySelector('.panel')!.classList).toContain('drawer');
  });
});
