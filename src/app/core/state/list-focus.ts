import { ChatListFilter, Chats, FetchAllChatsRequest } from '../../../contract';

/**
 * A narrower chat list than a scope and a tab, reached from the dashboard: the chats nobody has,
 * the chats waiting past their reply limit, or one executive's chats. It holds across the status
 * tabs until cleared.
 */
export type ListFocus =
  { kind: 'unassigned' } | { kind: 'sla_breached' } | { kind: 'executive'; executiveId: string };

/** Whether a chat belongs in a focused list, whatever its status (`now` for SLA breaches). */
export function matchesFocus(chat: Chats, focus: ListFocus | null, now = Date.now()): boolean {
  switch (focus?.kind) {
    case undefined:
      return true;
    case 'unassigned':
      return chat.status !== 'resolved' && chat.assigned_executive_id === null;
    case 'sla_breached':
      return (
        chat.status !== 'resolved' &&
        chat.needs_reply &&
        chat.sla_due_at !== null &&
        Date.parse(chat.sla_due_at) <= now
      );
    case 'executive':
      return chat.assigned_executive_id === focus.executiveId;
  }
}

/** A key that differs between any two focuses. */
export function focusKey(focus: ListFocus | null): string {
  return focus === null
    ? ''
    : focus.kind === 'executive'
      ? `executive:${focus.executiveId}`
      : focus.kind;
}

/** What a focus adds to a `fetch_all_chats` request. */
export function focusRequest(
  focus: ListFocus | null,
): Pick<FetchAllChatsRequest, 'assigned_executive_id' | 'filter'> {
  if (focus === null) {
    return {};
  }
  return focus.kind === 'executive'
    ? { assigned_executive_id: focus.executiveId }
    : { filter: focus.kind satisfies ChatListFilter };
}

/** Whether two focuses select the same chats. */
export function sameFocus(a: ListFocus | null, b: ListFocus | null): boolean {
  return focusKey(a) === focusKey(b);
}
