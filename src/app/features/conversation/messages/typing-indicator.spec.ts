import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';

import { Chats, TypingPayload } from '../../../../contract';
import { ConversationStore } from '../../../core/state/conversation-store';
import { aChat } from '../../../testing/payload-fixtures';
import { TypingIndicator } from './typing-indicator';

describe('TypingIndicator', () => {
  const typing = signal<TypingPayload | null>(null);
  const chat = signal<Chats | null>(aChat({ customer_name: 'Ravi Kumar' }));

  let host: HTMLElement;

  async function text(): Promise<string> {
    const fixture = TestBed.configureTestingModule({
      imports: [TypingIndicator],
      providers: [{ provide: ConversationStore, useValue: { typing, chat } }],
    }).createComponent(TypingIndicator);
    await fixture.whenStable();
    host = fixture.nativeElement as HTMLElement;
    return host.textContent?.trim() ?? '';
  }

  it('names who is typing', async () => {
    typing.set({ chat_id: 'c1', sender: 'customer', sender_name: 'Ravi' });
    expect(await text()).toBe('Ravi is typing…');
  });

  it("falls back to the chat's customer name", async () => {
    typing.set({ chat_id: 'c1', sender: 'customer' });
    expect(await text()).toBe('Ravi Kumar is typing…');
  });

  it('names a contact known only by number by that number, never "WhatsApp 0001"', async () => {
    chat.set(aChat({ customer_name: 'WhatsApp 0001' }));
    typing.set({ chat_id: 'c1', sender: 'customer', sender_name: 'WhatsApp 0001' });
    expect(await text()).toBe('+91 98000 00001 is typing…');
    chat.set(aChat({ customer_name: 'Ravi Kumar' }));
  });

  it('cuts a name of any length to one line, whole on hover', async () => {
    const name = 'Ravi'.repeat(250_000);
    typing.set({ chat_id: 'c1', sender: 'customer', sender_name: name });
    const shown = await text();
    expect(shown).toBe(`${name.slice(0, 59)}… is typing…`);
    expect(host.querySelector('span')!.title).toBe(shown);
    expect(getComputedStyle(host).textOverflow).toBe('ellipsis');
  });

  it('shows nothing when nobody types', async () => {
    typing.set(null);
    expect(await text()).toBe('');
  });
});
