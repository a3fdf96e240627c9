import { TestBed } from '@angular/core/testing';
import {
  ActivatedRouteSnapshot,
  GuardResult,
  MaybeAsync,
  Router,
  RouterStateSnapshot,
  UrlTree,
} from '@angular/router';

import { provideApiTesting, testLoginResponse } from '../api/api-testing';
import { authGuard, supervisorGuard } from './auth-guard';
import { Session } from './session';

describe('guards', () => {
  let session: Session;
  let router: Router;
  const route = {} as ActivatedRouteSnapshot;
  const state = { url: '/dashboard?range=today' } as RouterStateSnapshot;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideApiTesting() });
    session = TestBed.inject(Session);
    router = TestBed.inject(Router);
  });

  function run(guard: typeof authGuard): MaybeAsync<GuardResult> {
    return TestBed.runInInjectionContext(() => guard(route, state));
  }

  function serialized(result: MaybeAsync<GuardResult>): string {
    expect(result).toEqual(jasmine.any(UrlTree));
    return router.serializeUrl(result as UrlTree);
  }

  describe('authGuard', () => {
    it('lets a signed-in staff member through', () => {
      session.signIn(testLoginResponse());
      expect(run(authGuard)).toBeTrue();
    });

    it('sends anyone signed out to /login with the returnUrl', () => {
      expect(serialized(run(authGuard))).toBe('/login?returnUrl=%2Fdashboard%3Frange%3Dtoday');
    });

    it('sends an expired session to /login and raises the expired notice', () => {
      session.signIn(testLoginResponse({ expiresInSeconds: -1 }));
      expect(serialized(run(authGuard))).toContain('/login?returnUrl=');
      expect(session.isSignedIn()).toBeFalse();
      expect(session.expiredNotice()).toBeTrue();
    });
  });

  describe('supervisorGuard', () => {
    it('lets a supervisor through', () => {
      session.signIn(testLoginResponse({ role: 'supervisor' }));
      expect(run(supervisorGuard)).toBeTrue();
    });

    it('sends an executive to /not-allowed', () => {
      session.signIn(testLoginResponse({ role: 'executive' }));
      expect(serialized(run(supervisorGuard))).toBe('/not-allowed');
    });

    it('sends anyone signed out to /login', () => {
      expect(serialized(run(supervisorGuard))).toBe(
        '/login?returnUrl=%2Fdashboard%3Frange%3Dtoday',
      );
    });
  });
});
