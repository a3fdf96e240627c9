import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { Chats, TypingPayload } from '../../../../contract';
import { ConversationStore } from '../../../core/state/conversation-store';
import { aChat } from '../../../testing/payload-fixtures';
import { TypingIndicator } from './typing-indicator';

describe('TypingIndicator', () => {
  const typing = signal<TypingPayload | null>(null);
  const chat = signal<Chats | null>(aChat({ customer_name: 'Ravi Kumar' }));

  async function text(): Promise<string> {
    const fixture = TestBed.configureTestingModule({
      imports: [TypingIndicator],
      providers: [{ provide: ConversationStore, useValue: { typing, chat } }],
    }).createComponent(TypingIndicator);
    await fixture.whenStable();
    return (fixture.nativeElement as HTMLElement).textContent?.trim() ?? '';
  }

  it('names who is typing', async () => {
    typing.set({ chat_id: 'c1', sender: 'customer', sender_name: 'Ravi' });
    expect(await text()).toBe('Ravi is typing…');
  });

  it("falls back to the chat's customer name", async () => {
    typing.set({ chat_id: 'c1', sender: 'customer' });
    expect(await text()).toBe('Ravi Kumar is typing…');
  });

  it('shows nothing when nobody types', async () => {
    typing.set(null);
    expect(await text()).toBe('');
  });
});
