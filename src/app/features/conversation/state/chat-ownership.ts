import { Chats, StaffRole } from '../../../../contract';

/** The signed-in staff member, as far as ownership goes. */
export interface Me {
  readonly executive_id: string;
  readonly role: StaffRole;
}

/** Whose a chat is, seen by the signed-in staff member. */
export type Ownership =
  | { readonly kind: 'mine' }
  | { readonly kind: 'unassigned' }
  /**
   * A colleague's chat. `mayReply`: the stack's policy (docs/api.md, "Roles and ownership") lets
   * supervisors write on any chat; an executive takes it over first.
   */
  | { readonly kind: 'colleague'; readonly name: string; readonly mayReply: boolean };

/** Whose the chat is for `me`; a chat nobody owns is `unassigned`. */
export function ownershipOf(
  chat: Pick<Chats, 'assigned_executive_id' | 'assigned_executive_name'>,
  me: Me | null,
): Ownership {
  const owner = chat.assigned_executive_id;
  if (owner === null) {
    return { kind: 'unassigned' };
  }
  if (owner === me?.executive_id) {
    return { kind: 'mine' };
  }
  return {
    kind: 'colleague',
    name: chat.assigned_executive_name?.trim() || 'another executive',
    mayReply: me?.role === 'supervisor',
  };
}

/** Whether `me` can pick the chat up with "Assign to me": an executive, on a chat nobody has. */
export function mayAssignToMe(chat: Pick<Chats, 'assigned_executive_id'>, me: Me | null): boolean {
  return me?.role === 'executive' && chat.assigned_executive_id === null;
}
