import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { of } from 'rxjs';

import { Message } from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { Clock } from '../../../core/platform/clock';
import { FakeNotesStore, provideFakeNotesStore } from '../../../testing/fake-notes-store';
import { provideFakeSession } from '../../../testing/fake-session';
import { ConversationStore } from '../../../core/state/conversation-store';
import { ConversationMessage, fromServer } from '../../../core/state/message-merge';
import { aMessage } from '../../../testing/payload-fixtures';
import { INITIAL_WINDOW, MAX_WINDOW, MessageList, REVEAL_STEP } from './message-list';
import { dayHeading } from '../../../shared/time/time-format';

const NOW = new Date(2026, 10, 25, 15, 0).getTime();

class FakeConversation {
  readonly chatId = signal<string | null>('c1');
  readonly messages = signal<readonly ConversationMessage[]>([]);
  readonly hasMore = signal(true);
  readonly loadingOlder = signal(false);
  readonly error = signal<string | null>(null);
  // Like the store: a page in flight blocks another request.
  readonly loadOlder = jasmine
    .createSpy('loadOlder')
    .and.callFake(() => this.loadingOlder.set(true));
  readonly retry = jasmine.createSpy('retry');
}

/** `count` messages with seqs from `firstSeq`, one a minute, the newest at 14:00 today. */
function history(count: number, firstSeq = 1000): ConversationMessage[] {
  return Array.from({ length: count }, (_, i) =>
    fromServer(
      aMessage({
        message_id: `m${firstSeq + i}`,
        seq: firstSeq + i,
        text: `Message ${firstSeq + i}`,
        created_at: new Date(NOW - 60 * 60_000 - (count - i) * 60_000).toISOString(),
      }),
    ),
  );
}

describe('MessageList', () => {
  let fixture: ComponentFixture<MessageList>;
  let conversation: FakeConversation;
  let loader: HarnessLoader;
  let notes: FakeNotesStore;

  beforeEach(() => {
    conversation = new FakeConversation();
    notes = new FakeNotesStore();
    TestBed.configureTestingModule({
      imports: [MessageList],
      providers: [
        { provide: ConversationStore, useValue: conversation },
        { provide: Clock, useValue: { now: signal(NOW) } },
        { provide: PySmartChatApi, useValue: { fetchMediaFile: () => of(new Blob()) } },
        provideFakeNotesStore(notes),
        provideFakeSession(),
      ],
    });
  });

  async function render(messages: readonly ConversationMessage[]): Promise<HTMLElement> {
    conversation.messages.set(messages);
    fixture = TestBed.createComponent(MessageList);
    const host = fixture.nativeElement as HTMLElement;
    host.style.height = '400px';
    host.style.width = '600px';
    loader = TestbedHarnessEnvironment.loader(fixture);
    await fixture.whenStable();
    return scroller();
  }

  function scroller(): HTMLElement {
    return (fixture.nativeElement as HTMLElement).querySelector('.scroller') as HTMLElement;
  }

  function bubbles(): number {
    return (fixture.nativeElement as HTMLElement).querySelectorAll('app-message-bubble').length;
  }

  async function scrollTo(top: number): Promise<void> {
    scroller().scrollTop = top;
    scroller().dispatchEvent(new Event('scroll'));
    await fixture.whenStable();
  }

  function atBottom(el: HTMLElement): boolean {
    return el.scrollHeight - el.scrollTop - el.clientHeight < 2;
  }

  it('separates days with Today, Yesterday and dated labels', async () => {
    const at = (day: number, hour: number) => new Date(2026, 10, day, hour).toISOString();
    await render(
      [
        aMessage({ message_id: 'a', seq: 1, created_at: at(23, 10) }),
        aMessage({ message_id: 'b', seq: 2, created_at: at(24, 10) }),
        aMessage({ message_id: 'c', seq: 3, created_at: at(25, 10) }),
        aMessage({ message_id: 'd', seq: 4, created_at: at(25, 11) }),
      ].map(fromServer),
    );
    const days = [...(fixture.nativeElement as HTMLElement).querySelectorAll('.day')].map((d) =>
      d.textContent?.trim(),
    );
    expect(days).toEqual([
      dayHeading(at(23, 10), new Date(2026, 10, 25).getTime()),
      'Yesterday',
      'Today',
    ]);
    expect(bubbles()).toBe(4);
  });

  it('shows internal notes between the messages by time, marked as internal', async () => {
    const at = (hour: number) => new Date(2026, 10, 25, hour).toISOString();
    conversation.hasMore.set(false);
    notes.set('c1', [
      {
        note_id: 'n1',
        chat_id: 'c1',
        content: 'Refund approved by finance.',
        author_id: 'e2',
        author_name: 'Priya Nair',
        created_at: at(11),
      },
    ]);
    await render(
      [
        aMessage({ message_id: 'a', seq: 1, created_at: at(10), text: 'Where is my refund?' }),
        aMessage({ message_id: 'b', seq: 2, created_at: at(12), text: 'Any update?' }),
      ].map(fromServer),
    );
    const host = fixture.nativeElement as HTMLElement;
    expect(notes.load).toHaveBeenCalledWith('c1');
    const order = [...host.querySelectorAll('app-message-bubble, app-note-entry')].map((e) =>
      e.tagName.toLowerCase(),
    );
    expect(order).toEqual(['app-message-bubble', 'app-note-entry', 'app-message-bubble']);
    const note = host.querySelector('app-note-entry article')!;
    expect(note.getAttribute('aria-label')).toBe('Internal note by Priya Nair');
    expect(note.textContent).toContain('Internal note · Priya Nair');
    expect(note.textContent).toContain('Refund approved by finance.');
    expect(note.querySelector('.lock')).not.toBeNull();
  });

  it('names the day at the top in a strip of its own, never over the messages', async () => {
    const scroller = await render(history(60));
    const strip = (fixture.nativeElement as HTMLElement).querySelector('.day-strip')!;
    expect(strip.textContent?.trim()).toBe('Today');
    // The strip sits above the scrolling list, not inside it.
    expect(scroller.contains(strip)).toBeFalse();
    expect(strip.getBoundingClientRect().bottom).toBeLessThanOrEqual(
      scroller.getBoundingClientRect().top,
    );
  });

  it('opens at the newest message, oldest at the top', async () => {
    const el = await render(history(INITIAL_WINDOW));
    const texts = [...el.querySelectorAll('app-message-text')].map((t) => t.textContent);
    expect(texts[0]).toBe('Message 1000');
    expect(texts.at(-1)).toBe(`Message ${1000 + INITIAL_WINDOW - 1}`);
    expect(el.scrollHeight).toBeGreaterThan(el.clientHeight);
    expect(atBottom(el)).toBeTrue();
  });

  it('asks for older messages when the executive scrolls near the top', async () => {
    await render(history(INITIAL_WINDOW));
    expect(conversation.loadOlder).not.toHaveBeenCalled();

    await scrollTo(100);

    expect(conversation.loadOlder).toHaveBeenCalledTimes(1);
  });

  it('keeps the message being read in place when an older page arrives', async () => {
    const el = await render(history(INITIAL_WINDOW, 1000));
    await scrollTo(0);
    const reading = el.querySelector('app-message-bubble') as HTMLElement;
    const topBefore = reading.getBoundingClientRect().top;

    conversation.messages.set([...history(50, 950), ...conversation.messages()]);
    await fixture.whenStable();

    expect(bubbles()).toBe(INITIAL_WINDOW + 50);
    expect(reading.isConnected).toBeTrue();
    expect(Math.abs(reading.getBoundingClientRect().top - topBefore)).toBeLessThan(1);
    expect(el.scrollTop).toBeGreaterThan(0);
  });

  it('says the conversation begins here once there is nothing older', async () => {
    conversation.hasMore.set(false);
    const el = await render(history(60));
    await scrollTo(0);
    expect(el.querySelector('.top-slot')?.textContent).toContain('Beginning of conversation');
    expect(conversation.loadOlder).not.toHaveBeenCalled();
  });

  it('shows a failed older page with a way to try again', async () => {
    const el = await render(history(60));
    conversation.error.set('Older messages could not be loaded. Scroll up to try again.');
    await fixture.whenStable();
    expect(el.querySelector('.top-slot')?.textContent).toContain('could not be loaded');

    await (await loader.getHarness(MatButtonHarness.with({ text: 'Try again' }))).click();

    expect(conversation.loadOlder).toHaveBeenCalled();
  });

  it('fetches older messages at once when a short history cannot be scrolled', async () => {
    await render(history(2));
    expect(conversation.loadOlder).toHaveBeenCalled();
  });

  describe('long conversations', () => {
    it('renders only a window of the newest messages', async () => {
      const el = await render(history(10_000));
      expect(bubbles()).toBe(INITIAL_WINDOW);
      expect(el.querySelector('app-message-text')?.textContent).toBe(
        `Message ${1000 + 10_000 - INITIAL_WINDOW}`,
      );
      expect(atBottom(el)).toBeTrue();
    });

    it('grows the window from memory as the executive scrolls up, without fetching', async () => {
      const el = await render(history(10_000));
      const reading = el.querySelector('app-message-bubble') as HTMLElement;
      el.scrollTop = 0;
      const topBefore = reading.getBoundingClientRect().top;

      el.dispatchEvent(new Event('scroll'));
      await fixture.whenStable();

      expect(bubbles()).toBe(INITIAL_WINDOW + REVEAL_STEP);
      expect(conversation.loadOlder).not.toHaveBeenCalled();
      expect(Math.abs(reading.getBoundingClientRect().top - topBefore)).toBeLessThan(1);
    });

    it('shrinks the window back once the executive returns to the newest message', async () => {
      const el = await render(history(10_000));
      const reveals = Math.ceil((MAX_WINDOW - INITIAL_WINDOW) / REVEAL_STEP) + 1;
      for (let i = 0; i < reveals; i++) {
        await scrollTo(0);
      }
      expect(bubbles()).toBeGreaterThan(MAX_WINDOW);

      await scrollTo(el.scrollHeight);

      expect(bubbles()).toBe(INITIAL_WINDOW);
      expect(atBottom(el)).toBeTrue();
    });
  });

  describe('new messages', () => {
    function arrive(message: Partial<Message>, local: ConversationMessage['local'] = null): void {
      const last = conversation.messages().at(-1)!;
      conversation.messages.set([
        ...conversation.messages(),
        {
          ...fromServer(
            aMessage({
              message_id: `new-${last.seq + 1}`,
              seq: last.seq + 1,
              created_at: new Date(NOW - 60_000).toISOString(),
              ...message,
            }),
          ),
          local,
        },
      ]);
    }

    it('follows a new message when the executive is at the newest one', async () => {
      const el = await render(history(60));
      arrive({ text: 'Are you there?' });
      await fixture.whenStable();
      expect(atBottom(el)).toBeTrue();
      expect(el.textContent).not.toContain('New messages');
    });

    it('offers a jump instead of moving when the executive reads further up', async () => {
      const el = await render(history(60));
      await scrollTo(300);
      conversation.loadOlder.calls.reset();

      arrive({ text: 'Are you there?' });
      await fixture.whenStable();

      expect(el.scrollTop).toBe(300);
      const jump = await loader.getHarness(MatButtonHarness.with({ text: 'New messages ↓' }));
      await jump.click();
      expect(atBottom(el)).toBeTrue();
      expect(await loader.getAllHarnesses(MatButtonHarness.with({ text: /New messages/ }))).toEqual(
        [],
      );
    });

    it('shows what the executive just sent even when reading further up', async () => {
      const el = await render(history(60));
      await scrollTo(300);
      arrive({ sender_type: 'executive', sender_id: 'exec-1', client_message_id: 'x' }, 'pending');
      await fixture.whenStable();
      expect(atBottom(el)).toBeTrue();
    });
  });
});
