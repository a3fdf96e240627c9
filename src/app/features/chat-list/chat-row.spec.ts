import { ComponentFixture, TestBed } from '@angular/core/testing';

import { Chats, LastMessagePreview, MessageType } from '../../../contract';
import { aChat } from '../../testing/payload-fixtures';
import { ChatRow } from './chat-row';

const NOW = Date.parse('2026-11-25T10:00:00.000Z');

function last(message_type: MessageType, preview: string): LastMessagePreview {
  return { preview, message_type, sender_type: 'customer', created_at: '2026-11-25T09:55:00.000Z' };
}

describe('ChatRow', () => {
  let fixture: ComponentFixture<ChatRow>;

  function render(chat: Chats, inputs: Record<string, unknown> = {}): HTMLElement {
    fixture = TestBed.createComponent(ChatRow);
    fixture.componentRef.setInput('chat', chat);
    fixture.componentRef.setInput('now', NOW);
    for (const [name, value] of Object.entries(inputs)) {
      fixture.componentRef.setInput(name, value);
    }
    fixture.detectChanges();
    return fixture.nativeElement as HTMLElement;
  }

  /** Text a reader sees or hears, without icon ligature names. */
  function text(el: HTMLElement, selector: string): string {
    const found = el.querySelector(selector)?.cloneNode(true) as HTMLElement | undefined;
    found?.querySelectorAll('.material-symbols-outlined').forEach((icon) => icon.remove());
    return (found?.textContent ?? '').replace(/\s+/g, ' ').trim();
  }

  it('shows the customer name, number and how long ago the last message came', () => {
    const el = render(aChat({ last_message: last('text', 'Where is my cab?') }));
    expect(text(el, '.name')).toBe('Ravi Kumar');
    expect(text(el, '.number')).toBe('+919800000001');
    expect(text(el, '.time [aria-hidden="true"]')).toBe('5m');
    expect(text(el, '.time .visually-hidden')).toBe('5 minutes ago');
    expect(el.querySelector('time')?.getAttribute('datetime')).toBe('2026-11-25T09:55:00.000Z');
  });

  it('shows the number, once, while the name is blank or a stand-in like "WhatsApp 0001"', () => {
    for (const customer_name of [' ', 'WhatsApp 0001']) {
      const el = render(aChat({ customer_name }));
      expect(text(el, '.name')).withContext(customer_name).toBe('+91 98000 00001');
      expect(el.querySelector('.number')).withContext(customer_name).toBeNull();
    }
  });

  it('refreshes the relative time as the clock moves', () => {
    const el = render(aChat({ last_message: last('text', 'Hi') }));
    fixture.componentRef.setInput('now', NOW + 2 * 3_600_000);
    fixture.detectChanges();
    expect(text(el, '.time [aria-hidden="true"]')).toBe('2h');
  });

  const previews: [MessageType, string, string][] = [
    ['text', 'Where is my cab?', 'Where is my cab?'],
    ['image', 'Photo', 'Photo'],
    ['image', 'Photo: receipt', 'Photo: receipt'],
    ['document', 'Document: invoice.pdf', 'Document: invoice.pdf'],
    ['audio', 'Voice message', 'Voice message'],
    ['location', 'Location: Andheri East', 'Location: Andheri East'],
    ['video', 'Video', 'Video'],
    ['template', 'Your booking is confirmed', 'Template: Your booking is confirmed'],
  ];
  for (const [type, preview, shown] of previews) {
    it(`summarises a ${type} message as "${shown}"`, () => {
      expect(text(render(aChat({ last_message: last(type, preview) })), '.preview')).toBe(shown);
    });
  }

  it('says when a chat has no messages yet', () => {
    expect(text(render(aChat()), '.preview')).toBe('No messages yet');
  });

  it('marks a last message written by support', () => {
    const el = render(
      aChat({ last_message: { ...last('text', 'On the way'), sender_type: 'executive' } }),
    );
    expect(text(el, '.preview')).toContain('Support replied:');
  });

  it('names the stakeholder in words, not by colour alone', () => {
    expect(text(render(aChat({ stakeholder: 'customer' })), '.stakeholder')).toContain('Customer');
    expect(text(render(aChat({ stakeholder: 'driver' })), '.stakeholder')).toContain('Driver');
  });

  it('shows the time left before the SLA is due', () => {
    const el = render(aChat({ sla_due_at: '2026-11-25T10:04:30.000Z' }), {
      slaWarningMs: 60_000,
    });
    expect(text(el, '.sla [aria-hidden="true"]:not(.icon)')).toBe('4m left');
    expect(el.querySelector('.sla')?.classList).not.toContain('warning');
  });

  it('turns the SLA to a warning close to the due time', () => {
    const el = render(aChat({ sla_due_at: '2026-11-25T10:00:45.000Z' }), {
      slaWarningMs: 60_000,
    });
    expect(text(el, '.sla [aria-hidden="true"]:not(.icon)')).toBe('45s left');
    expect(el.querySelector('.sla')?.classList).toContain('warning');
  });

  it('shows a breached SLA with how long ago it breached', () => {
    const el = render(aChat({ sla_due_at: '2026-11-25T09:57:00.000Z' }));
    expect(text(el, '.sla [aria-hidden="true"]:not(.icon)')).toBe('Breached 3m');
    expect(text(el, '.sla .visually-hidden')).toBe('Reply overdue by 3m');
    expect(el.querySelector('.sla')?.classList).toContain('breached');
  });

  it('shows no SLA for a resolved chat', () => {
    const el = render(aChat({ status: 'resolved', sla_due_at: '2026-11-25T09:57:00.000Z' }));
    expect(el.querySelector('.sla')).toBeNull();
  });

  it('flags a chat that needs a reply, and not one that does not', () => {
    expect(text(render(aChat(), { needsReply: true }), '.reply-flag')).toBe('Needs reply');
    expect(render(aChat(), { needsReply: false }).querySelector('.reply-flag')).toBeNull();
  });

  it('shows the first two tags and "+N" for the rest', () => {
    const el = render(aChat({ tags: ['delay', 'refund', 'vip', 'airport'] }));
    const chips = [...el.querySelectorAll('.tag')].map((t) =>
      (t.querySelector('[aria-hidden="true"]') ?? t).textContent?.trim(),
    );
    expect(chips).toEqual(['delay', 'refund', '+2']);
    expect(text(el, '.tag.more .visually-hidden')).toBe('and vip, airport');
  });

  it('shows no "+N" with two tags or fewer', () => {
    const el = render(aChat({ tags: ['delay', 'refund'] }));
    expect(el.querySelectorAll('.tag').length).toBe(2);
    expect(el.querySelector('.tag.more')).toBeNull();
  });

  it('shows the unread count only while the chat is unread', () => {
    const chat = aChat({ unread_count: 3 });
    const unread = render(chat, { unread: true });
    expect(text(unread, '.unread-badge [aria-hidden="true"]')).toBe('3');
    expect(unread.classList).toContain('unread');
    const read = render(chat, { unread: false });
    expect(read.querySelector('.unread-badge')).toBeNull();
    expect(read.classList).not.toContain('unread');
  });

  it('shows a dot for a chat marked unread with nothing new', () => {
    const el = render(aChat({ unread_count: 0 }), { unread: true });
    expect(el.querySelector('.unread-badge.dot')).not.toBeNull();
    expect(text(el, '.unread-badge')).toBe('Marked unread');
  });

  it('highlights the open chat', () => {
    expect(render(aChat(), { open: true }).classList).toContain('open');
  });

  it('says who has the chat in All: initials and first name, You, or Unassigned', () => {
    const vikrams = aChat({ assigned_executive_id: 'e2', assigned_executive_name: 'Vikram Singh' });
    const colleague = render(vikrams, { showOwner: true, me: 'e1' });
    expect(text(colleague, '.owner .avatar')).toBe('VS');
    expect(text(colleague, '.owner .owner-name')).toBe('Vikram');
    expect(text(colleague, '.owner .visually-hidden')).toBe('Assigned to Vikram Singh');

    const mine = render(aChat({ assigned_executive_id: 'e1' }), { showOwner: true, me: 'e1' });
    expect(text(mine, '.owner.me .owner-name')).toBe('You');

    const nobodys = aChat({ assigned_executive_id: null, assigned_executive_name: null });
    const unassigned = render(nobodys, { showOwner: true, me: 'e1' });
    expect(text(unassigned, '.owner.nobody .owner-name')).toBe('Unassigned');
    expect(unassigned.classList).toContain('unassigned');
  });

  it('leaves the owner out in My chats', () => {
    expect(render(aChat(), { me: 'e1' }).querySelector('.owner')).toBeNull();
  });
});
