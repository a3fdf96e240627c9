import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { provideApiTesting, testLoginResponse } from '../../core/api/api-testing';
import { Session } from '../../core/auth/session';
import { signedOutGuard } from './signed-out-guard';

describe('signedOutGuard', () => {
  let session: Session;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: provideApiTesting({
        routes: [
          { path: 'login', canActivate: [signedOutGuard], children: [] },
          { path: '**', children: [] },
        ],
      }),
    });
    session = TestBed.inject(Session);
    router = TestBed.inject(Router);
  });

  it('shows the login page to someone signed out', async () => {
    await router.navigateByUrl('/login');
    expect(router.url).toBe('/login');
  });

  it('sends someone signed in on to the return address or their landing page', async () => {
    session.signIn(testLoginResponse({ role: 'supervisor' }));
    await router.navigateByUrl('/login');
    expect(router.url).toBe('/dashboard');
    await router.navigateByUrl('/login?returnUrl=%2Fchats%2Fc2');
    expect(router.url).toBe('/chats/c2');
  });
});
