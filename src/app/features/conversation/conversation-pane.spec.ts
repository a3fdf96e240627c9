import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';

import { ConversationStore } from '../../core/state/conversation-store';
import { ConversationMessage, fromServer } from '../../core/state/message-merge';
import { aMessage } from '../../testing/payload-fixtures';
import { Composer } from './composer/composer';
import ConversationPane from './conversation-pane';
import { ConversationHeader } from './header/conversation-header';
import { MessageList } from './messages/message-list';
import { TypingIndicator } from './messages/typing-indicator';
import { OwnershipBar } from './ownership/ownership-bar';

@Component({
  selector: 'app-conversation-header',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubHeader {}

@Component({
  selector: 'app-message-list',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubList {}

@Component({
  selector: 'app-typing-indicator',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubTyping {}

@Component({
  selector: 'app-ownership-bar',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubOwnership {}

@Component({
  selector: 'app-composer',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubComposer {
  readonly chatId = input.required<string>();
}

class FakeConversation {
  readonly loading = signal(false);
  readonly error = signal<string | null>(null);
  readonly messages = signal<readonly ConversationMessage[]>([]);
  readonly open = jasmine.createSpy('open');
  readonly close = jasmine.createSpy('close');
}

describe('ConversationPane', () => {
  let fixture: ComponentFixture<ConversationPane>;
  let conversation: FakeConversation;

  beforeEach(async () => {
    conversation = new FakeConversation();
    TestBed.configureTestingModule({
      imports: [ConversationPane],
      providers: [{ provide: ConversationStore, useValue: conversation }],
    });
    TestBed.overrideComponent(ConversationPane, {
      remove: {
        imports: [ConversationHeader, MessageList, TypingIndicator, OwnershipBar, Composer],
      },
      add: { imports: [StubHeader, StubList, StubTyping, StubOwnership, StubComposer] },
    });
    fixture = TestBed.createComponent(ConversationPane);
    fixture.componentRef.setInput('chatId', 'c1');
    await fixture.whenStable();
  });

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  it('opens the chat of the route, and the next one when the route changes', async () => {
    expect(conversation.open).toHaveBeenCalledOnceWith('c1');

    fixture.componentRef.setInput('chatId', 'c2');
    await fixture.whenStable();

    expect(conversation.open.calls.allArgs()).toEqual([['c1'], ['c2']]);
  });

  it('lays out header, messages and composer, the composer writing to the open chat', async () => {
    const order = [...el().children].map((c) => c.tagName.toLowerCase());
    expect(order).toEqual([
      'app-conversation-header',
      'app-message-list',
      'app-typing-indicator',
      'app-ownership-bar',
      'app-composer',
    ]);
  });

  it('shows a skeleton while the conversation loads', async () => {
    conversation.loading.set(true);
    await fixture.whenStable();
    expect(el().querySelector('[aria-label="Loading the conversation"]')).not.toBeNull();
    expect(el().querySelector('app-message-list')).toBeNull();
  });

  it('keeps the messages on screen while something else loads', async () => {
    conversation.messages.set([fromServer(aMessage())]);
    conversation.loading.set(true);
    await fixture.whenStable();
    expect(el().querySelector('app-message-list')).not.toBeNull();
  });

  it('explains a failed load and tries again on request', async () => {
    conversation.error.set('This conversation could not be loaded. Try again.');
    await fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      'This conversation could not be loaded.',
    );

    const loader = TestbedHarnessEnvironment.loader(fixture);
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();

    expect(conversation.open).toHaveBeenCalledTimes(2);
    expect(conversation.open.calls.mostRecent().args).toEqual(['c1']);
  });

  it('closes the conversation when the pane goes away', () => {
    fixture.destroy();
    expect(conversation.close).toHaveBeenCalled();
  });
});
