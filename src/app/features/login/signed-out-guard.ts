import { inject } from '@angular/core';
import { CanActivateFn, Router } from '@angular/router';

import { safeReturnUrl } from '../../core/auth/return-url';
import { Session } from '../../core/auth/session';
import { roleHome } from '../../core/layout/role-home';

/**
 * Keeps the login page for people who are signed out: someone already signed in goes on to the
 * `returnUrl` of the link, or to their landing page.
 */
export const signedOutGuard: CanActivateFn = (route) => {
  const session = inject(Session);
  if (!session.checkExpiry()) {
    return true;
  }
  const target = safeReturnUrl(route.queryParamMap.get('returnUrl'), roleHome(session.role()));
  return inject(Router).parseUrl(target);
};
