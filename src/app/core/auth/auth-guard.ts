import { inject } from '@angular/core';
import { CanActivateFn, Router, UrlTree } from '@angular/router';

import { Session } from './session';

function loginTree(router: Router, returnUrl: string): UrlTree {
  return router.createUrlTree(['/login'], { queryParams: { returnUrl } });
}

/** Lets a signed-in staff member through; anyone else goes to `/login?returnUrl=<where they were going>`. */
export const authGuard: CanActivateFn = (_route, state) => {
  const session = inject(Session);
  return session.checkExpiry() || loginTree(inject(Router), state.url);
};

/** Lets supervisors through; other staff go to `/not-allowed`, and anyone signed out to `/login`. */
export const supervisorGuard: CanActivateFn = (_route, state) => {
  const session = inject(Session);
  const router = inject(Router);
  if (!session.checkExpiry()) {
    return loginTree(router, state.url);
  }
  return session.role() === 'supervisor' || router.parseUrl('/not-allowed');
};
