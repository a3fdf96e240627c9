import { inject } from '@angular/core';

import { StaffRole } from '../../../contract';
import { Session } from '../auth/session';

/** Where a staff member lands after sign-in: supervisors on the dashboard, executives on chats. */
export function roleHome(role: StaffRole | null): string {
  return role === 'supervisor' ? '/dashboard' : '/chats';
}

/** Route redirect to the signed-in staff member's landing page (`redirectTo: redirectToRoleHome`). */
export function redirectToRoleHome(): string {
  return roleHome(inject(Session).role());
}
