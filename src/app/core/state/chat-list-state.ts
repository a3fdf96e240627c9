import { ChatStatus, ChatStatusCounts, Chats, Iso8601 } from '../../../contract';
import { ChatIndex } from './chat-merge';
import { ListFocus } from './list-focus';

/** The held chats that match one filter, newest first, kept up to date as chats change. */
export interface ListOrder {
  /** The `filterKey` of the filter the order is for. */
  key: string;
  chats: readonly Chats[];
}

/** What `ChatListStore` holds. */
export interface ChatListState {
  index: ChatIndex;
  order: ListOrder;
  /** The scope chosen; null until one is, when the role decides (see `ChatListStore.scope`). */
  scope: 'mine' | 'all' | null;
  status: ChatStatus;
  /** Everyone's chats narrowed to a drill-down (see `ListFocus`); null for the whole scope. */
  focus: ListFocus | null;
  counts: ChatStatusCounts;
  nextCursor: string | null;
  /** Oldest `updated_at` the fetched pages of this filter reach; null when they reach the end. */
  pagedSince: Iso8601 | null;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
}

/** The list before anything is loaded. */
export const INITIAL_CHAT_LIST: ChatListState = {
  index: new Map(),
  order: { key: '', chats: [] },
  scope: null,
  status: 'active',
  focus: null,
  counts: { active: 0, pending: 0, resolved: 0 },
  nextCursor: null,
  pagedSince: null,
  loading: false,
  loadingMore: false,
  error: null,
};
