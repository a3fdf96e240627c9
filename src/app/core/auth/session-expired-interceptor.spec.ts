import { HttpClient } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { NavigationEnd, Router } from '@angular/router';
import { filter, firstValueFrom } from 'rxjs';

import { ApiError } from '../api/api-error';
import { provideApiTesting, testLoginResponse, testNodeLogin } from '../api/api-testing';
import { Session } from './session';

// A selector of its own: an anonymous component may share its generated id with another.
@Component({
  selector: 'app-blank-page',
  template: '',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class BlankPage {}

const UNAUTHORIZED = { status: 401, statusText: 'Unauthorized' };

describe('sessionExpiredInterceptor', () => {
  let http: HttpClient;
  let backend: HttpTestingController;
  let session: Session;
  let router: Router;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: provideApiTesting({
        routes: [
          { path: 'login', component: BlankPage },
          { path: 'chats/:id', component: BlankPage },
        ],
      }),
    });
    http = TestBed.inject(HttpClient);
    backend = TestBed.inject(HttpTestingController);
    session = TestBed.inject(Session);
    router = TestBed.inject(Router);
    session.signIn(testLoginResponse());
    session.setNodeSession(testNodeLogin());
    await router.navigateByUrl('/chats/c-1?tab=notes');
  });

  afterEach(() => backend.verify());

  it('ends the session on a PySmartChat 401 and opens /login with returnUrl', async () => {
    const navigated = firstValueFrom(router.events.pipe(filter((e) => e instanceof NavigationEnd)));
    let failure: unknown;
    http.get('https://chat.test/api/chats/c-1/notes').subscribe({ error: (e) => (failure = e) });
    backend.expectOne('https://chat.test/api/chats/c-1/notes').flush(null, UNAUTHORIZED);

    expect(session.isSignedIn()).toBeFalse();
    expect(session.token()).toBeNull();
    expect(session.nodeToken()).toBeNull();
    expect(session.expiredNotice()).toBeTrue();
    expect((failure as ApiError).message).toBe('Your session expired. Sign in again.');
    await navigated;
    const url = router.parseUrl(router.url);
    expect(url.root.children['primary']?.segments.map((s) => s.path)).toEqual(['login']);
    expect(url.queryParams['returnUrl']).toBe('/chats/c-1?tab=notes');
  });

  it('navigates once when several calls are refused together', () => {
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    http.get('https://chat.test/api/templates').subscribe({ error: () => undefined });
    http.get('https://chat.test/api/dashboard/stats').subscribe({ error: () => undefined });
    backend.expectOne('https://chat.test/api/templates').flush(null, UNAUTHORIZED);
    backend.expectOne('https://chat.test/api/dashboard/stats').flush(null, UNAUTHORIZED);
    expect(navigate).toHaveBeenCalledOnceWith(['/login'], {
      queryParams: { returnUrl: '/chats/c-1?tab=notes' },
    });
  });

  it('does not end the session on a 401 from the login call itself', () => {
    const navigate = spyOn(router, 'navigate');
    let failure: unknown;
    http
      .post('https://chat.test/api/auth/login', { email: 'a', password: 'b' })
      .subscribe({ error: (e) => (failure = e) });
    backend.expectOne('https://chat.test/api/auth/login').flush(null, UNAUTHORIZED);
    expect(session.isSignedIn()).toBeTrue();
    expect(navigate).not.toHaveBeenCalled();
    expect((failure as ApiError).code).toBe('invalid_credentials');
  });

  it('does not end the session on a 401 from another back end', () => {
    const navigate = spyOn(router, 'navigate');
    http.post('https://node.test/getDcoDetails', {}).subscribe({ error: () => undefined });
    backend.expectOne('https://node.test/getDcoDetails').flush(null, UNAUTHORIZED);
    backend.expectOne('https://node.test/login').flush(null, UNAUTHORIZED);
    expect(session.isSignedIn()).toBeTrue();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not end a newer session for a refusal of an older token', () => {
    const navigate = spyOn(router, 'navigate');
    http.get('https://chat.test/api/dashboard/stats').subscribe({ error: () => undefined });
    const newer = testLoginResponse({ role: 'supervisor' });
    session.signIn(newer);
    backend.expectOne('https://chat.test/api/dashboard/stats').flush(null, UNAUTHORIZED);
    expect(session.token()).toBe(newer.access_token);
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not navigate with a returnUrl of the login page', async () => {
    await router.navigateByUrl('/login');
    const navigate = spyOn(router, 'navigate');
    http.get('https://chat.test/api/templates').subscribe({ error: () => undefined });
    backend.expectOne('https://chat.test/api/templates').flush(null, UNAUTHORIZED);
    expect(session.isSignedIn()).toBeFalse();
    expect(navigate).not.toHaveBeenCalled();
  });
});
