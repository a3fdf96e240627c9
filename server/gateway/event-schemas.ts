import { z } from 'zod';

import type { ClientEventMap, ClientEventName } from '../../src/contract';

const id = z.string().min(1).max(100);
const requestId = z.string().min(1).max(100);
const status = z.enum(['active', 'pending', 'resolved']);
const seq = z.int().min(0);

/** Schemas of the 13 client event payloads; each one's output is the contract's payload type. */
export const EVENT_SCHEMAS: { [K in ClientEventName]: z.ZodType<ClientEventMap[K]['payload']> } = {
  config: z
    .object({})
    .nullish()
    .transform(() => ({}) as Record<string, never>),
  fetch_all_chats: z.object({
    request_id: requestId,
    assigned_executive_id: id.optional(),
    status: status.optional(),
    cursor: z.string().max(500).nullish(),
    limit: z.int().min(1).max(500).optional(),
  }),
  search_chat: z.object({
    request_id: requestId,
    query: z.string().trim().min(1).max(100),
    assigned_executive_id: id.optional(),
    limit: z.int().min(1).max(500).optional(),
  }),
  fetch_chats_by_user: z
    .object({
      request_id: requestId,
      chat_id: id,
      before_seq: seq.optional(),
      after_seq: seq.optional(),
      limit: z.int().min(1).max(200).optional(),
    })
    .refine((value) => value.before_seq === undefined || value.after_seq === undefined, {
      message: 'Send either before_seq or after_seq, not both.',
      path: ['after_seq'],
    }),
  send_message: z.object({
    chat_id: id,
    client_message_id: z.string().min(1).max(100),
    // The configurable limit (`max_message_length`) is checked by the domain; this only bounds memory.
    message: z.string().max(100_000),
    template_id: id.optional(),
    template_params: z.record(z.string().max(100), z.string().max(1000)).optional(),
  }),
  join_chat: z.object({ chat_id: id }),
  update_chat_status: z.object({
    customer_number: z.string().min(1).max(32),
    status,
    chat_id: id.optional(),
  }),
  typing: z.object({
    chat_id: id,
    sender: z.enum(['executive']),
    sender_name: z.string().max(100).optional(),
  }),
  set_executive_status: z.object({ status: z.enum(['online', 'offline']) }),
  reassign_chat: z.object({
    chat_id: id,
    to_executive_id: id,
    reason: z.string().min(1).max(200),
  }),
  apply_tag: z.object({ chat_id: id, tag: z.string().trim().min(1).max(60) }),
  remove_tag: z.object({ chat_id: id, tag: z.string().trim().min(1).max(60) }),
  add_note: z.object({
    chat_id: id,
    content: z.string().min(1).max(2000),
    client_note_id: z.string().min(1).max(100).optional(),
  }),
};
