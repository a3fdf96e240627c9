import { ChatListFilter, Chats, FetchAllChatsRequest, Stakeholder } from '../../../contract';

/**
 * A narrower chat list than a scope and a tab, reached from the dashboard: the chats nobody has,
 * the chats waiting past their reply limit, one executive's chats, or the driver (or customer)
 * chats, all of them or those nobody has. It holds across the status tabs until cleared.
 */
export type ListFocus =
  | { kind: 'unassigned' }
  | { kind: 'sla_breached' }
  | { kind: 'executive'; executiveId: string }
  | { kind: 'stakeholder'; stakeholder: Stakeholder; unassigned: boolean };

function isUnassigned(chat: Chats): boolean {
  return chat.status !== 'resolved' && chat.assigned_executive_id === null;
}

/** Whether a chat belongs in a focused list, whatever its status (`now` for SLA breaches). */
export function matchesFocus(chat: Chats, focus: ListFocus | null, now = Date.now()): boolean {
  switch (focus?.kind) {
    case undefined:
      return true;
    case 'unassigned':
      return isUnassigned(chat);
    case 'sla_breached':
      return (
        chat.status !== 'resolved' &&
        chat.needs_reply &&
        chat.sla_due_at !== null &&
        Date.parse(chat.sla_due_at) <= now
      );
    case 'executive':
      return chat.assigned_executive_id === focus.executiveId;
    case 'stakeholder':
      return chat.stakeholder === focus.stakeholder && (!focus.unassigned || isUnassigned(chat));
  }
}

/** A key that differs between any two focuses. */
export function focusKey(focus: ListFocus | null): string {
  if (focus === null) {
    return '';
  }
  switch (focus.kind) {
    case 'executive':
      return `executive:${focus.executiveId}`;
    case 'stakeholder':
      return `stakeholder:${focus.stakeholder}${focus.unassigned ? ':unassigned' : ''}`;
    default:
      return focus.kind;
  }
}

/** What a focus adds to a `fetch_all_chats` request. */
export function focusRequest(
  focus: ListFocus | null,
): Pick<FetchAllChatsRequest, 'assigned_executive_id' | 'filter' | 'stakeholder'> {
  if (focus === null) {
    return {};
  }
  switch (focus.kind) {
    case 'executive':
      return { assigned_executive_id: focus.executiveId };
    case 'stakeholder':
      return focus.unassigned
        ? { stakeholder: focus.stakeholder, filter: 'unassigned' }
        : { stakeholder: focus.stakeholder };
    default:
      return { filter: focus.kind satisfies ChatListFilter };
  }
}

/** Whether two focuses select the same chats. */
export function sameFocus(a: ListFocus | null, b: ListFocus | null): boolean {
  return focusKey(a) === focusKey(b);
}
