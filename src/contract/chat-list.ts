import * as z from 'zod/mini';

import { ChatListFilterSchema, ChatStatusSchema, StakeholderSchema, count } from './primitives';
import { id, requestId } from './request-fields';
import { ChatsSchema } from './chat';

/** Chats per status. */
export const ChatStatusCountsSchema = z.object({
  /** Chats with status `active`. */
  active: count,
  /** Chats with status `pending`. */
  pending: count,
  /** Chats with status `resolved`. */
  resolved: count,
});
export type ChatStatusCounts = z.output<typeof ChatStatusCountsSchema>;

/** `fetch_all_chats` payload. Without `assigned_executive_id` the list is "All". */
export const FetchAllChatsRequestSchema = z.object({
  /** Id the console chose for this request (a UUID); the matching `*_response` carries it back. */
  request_id: requestId,
  /** Only this executive's chats ("My"); omit for "All". */
  assigned_executive_id: z.optional(id),
  /** Only chats with this status; omit for every status. */
  status: z.optional(ChatStatusSchema),
  /** Only unassigned chats, or only chats waiting past their reply limit; omit for every chat. */
  filter: z.optional(ChatListFilterSchema),
  /**
   * Only customer chats or only driver (and partner) chats; omit for both. A back end that does not
   * know it sends both: the console keeps the asked-for ones.
   */
  stakeholder: z.optional(StakeholderSchema),
  /** Opaque cursor from a previous page's `next_cursor`. */
  cursor: z.nullish(z.string().check(z.maxLength(500))),
  /** Page size; the config `page_size` when omitted (1 to 500). */
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type FetchAllChatsRequest = z.output<typeof FetchAllChatsRequestSchema>;

/** `fetch_all_chats_response` and `search_chat_response`. */
export const FetchAllChatSchema = z.object({
  /** The `request_id` of the request this answers. */
  request_id: z.string(),
  /** The page of chats, most recently updated first. */
  chats: z.array(ChatsSchema),
  /** Chats matching the filter (all pages). */
  total: count,
  /**
   * Chats per status for the same executive and `filter`, ignoring `status` and the cursor (for
   * search: per status among all the matches, also those beyond `limit`; where these are fewer
   * than the chats sent, the console counts the chats sent instead).
   */
  counts: ChatStatusCountsSchema,
  /** Cursor of the next page; null on the last page (always null for search). */
  next_cursor: z.nullable(z.string()),
});
export type FetchAllChat = z.output<typeof FetchAllChatSchema>;

/** `search_chat` payload: matches name, number, message text and booking id. */
export const SearchChatRequestSchema = z.object({
  /** Id the console chose for this request (a UUID); the matching `*_response` carries it back. */
  request_id: requestId,
  /** Text to look for (1 to 100 characters). */
  query: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
  /** Only search this executive's chats; omit to search all. */
  assigned_executive_id: z.optional(id),
  /** Page size; the config `page_size` when omitted (1 to 500). */
  limit: z.optional(z.int().check(z.gte(1), z.lte(500))),
});
export type SearchChatRequest = z.output<typeof SearchChatRequestSchema>;
