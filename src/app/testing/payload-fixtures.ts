import { ChatAssignment, Chats, Message, SlaAlert } from '../../contract';

/** A valid `Chats` payload for specs; override what the spec is about. */
export function aChat(overrides: Partial<Chats> = {}): Chats {
  return {
    chat_id: 'c1',
    customer_number: '+919800000001',
    customer_name: 'Ravi Kumar',
    stakeholder: 'customer',
    status: 'active',
    assigned_executive_id: 'e1',
    assigned_executive_name: 'Asha',
    last_message: null,
    last_customer_message_at: null,
    last_executive_reply_at: null,
    unread_count: 0,
    needs_reply: false,
    tags: [],
    sla_due_at: null,
    created_at: '2026-11-25T08:00:00.000Z',
    updated_at: '2026-11-25T09:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

/** A valid `Message` payload for specs; override what the spec is about. */
export function aMessage(overrides: Partial<Message> = {}): Message {
  return {
    message_id: 'm1',
    client_message_id: null,
    chat_id: 'c1',
    seq: 1,
    sender_type: 'customer',
    sender_id: '+919800000001',
    sender_name: 'Ravi',
    message_type: 'text',
    text: 'Hello',
    media: null,
    location: null,
    template: null,
    status: 'delivered',
    created_at: '2026-11-25T09:00:00.000Z',
    ...overrides,
  };
}

/** A `chat_assigned` payload: Ravi Kumar's chat c1 assigned to exec-1, unless overridden. */
export function anAssignment(overrides: Partial<ChatAssignment> = {}): ChatAssignment {
  return {
    chat_id: 'c1',
    customer_number: '+919800000001',
    customer_name: 'Ravi Kumar',
    stakeholder: 'customer',
    executive_id: 'exec-1',
    executive_name: 'Test Executive',
    previous_executive_id: null,
    reason: null,
    assigned_at: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

/** An `sla_alert` payload: a first-reply warning for exec-1 on chat c1, unless overridden. */
export function anSlaAlert(overrides: Partial<SlaAlert> = {}): SlaAlert {
  return {
    alert_id: 'a1',
    chat_id: 'c1',
    customer_number: '+919800000001',
    customer_name: 'Ravi Kumar',
    executive_id: 'exec-1',
    level: 'warning',
    kind: 'first_reply',
    waiting_since: '2026-11-25T10:00:00.000Z',
    due_at: '2026-11-25T10:05:00.000Z',
    raised_at: '2026-11-25T10:04:10.000Z',
    ...overrides,
  };
}
