import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';

import { routes } from './app.routes';
import { provideApiTesting, testLoginResponse } from './core/api/api-testing';
import { StaffRole } from '../contract';
import { Session } from './core/auth/session';
import { FakeChatGateway, provideFakeChatGateway } from './testing/fake-chat-gateway';

/**
 * The route table with its guards and redirects. No outlet is rendered, so only the navigation
 * decisions run, not the pages.
 */
describe('app routes', () => {
  let router: Router;
  let session: Session;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [...provideApiTesting({ routes }), provideFakeChatGateway(new FakeChatGateway())],
    });
    router = TestBed.inject(Router);
    session = TestBed.inject(Session);
  });

  function signIn(role: StaffRole): void {
    session.signIn(testLoginResponse({ role }));
  }

  async function go(url: string): Promise<string> {
    await router.navigateByUrl(url);
    return router.url;
  }

  it('sends someone signed out to the login page, remembering where they were going', async () => {
    expect(await go('/chats/c1')).toBe('/login?returnUrl=%2Fchats%2Fc1');
    expect(await go('/dashboard')).toBe('/login?returnUrl=%2Fdashboard');
    expect(await go('/')).toBe('/login?returnUrl=%2Fchats');
  });

  it('lands executives on their chats and supervisors on the dashboard', async () => {
    signIn('executive');
    expect(await go('/')).toBe('/chats');
    session.clear();
    signIn('supervisor');
    expect(await go('/')).toBe('/dashboard');
  });

  it('keeps executives out of the dashboard with a clear page', async () => {
    signIn('executive');
    expect(await go('/dashboard')).toBe('/not-allowed');
    expect(await go('/chats/c3')).toBe('/chats/c3');
  });

  it('lets supervisors into both the dashboard and the chats', async () => {
    signIn('supervisor');
    expect(await go('/dashboard')).toBe('/dashboard');
    expect(await go('/chats')).toBe('/chats');
  });

  it('moves someone signed in away from the login page', async () => {
    signIn('executive');
    expect(await go('/login')).toBe('/chats');
  });

  it('sends unknown addresses to the landing page', async () => {
    signIn('executive');
    expect(await go('/no-such-page')).toBe('/chats');
  });

  it('ends a session whose token ran out at the next navigation inside the console', async () => {
    session.signIn(testLoginResponse({ expiresInSeconds: 1 }));
    expect(await go('/chats')).toBe('/chats');
    const later = Date.now() + 5_000;
    spyOn(Date, 'now').and.returnValue(later);
    expect(await go('/chats/c2')).toBe('/login?returnUrl=%2Fchats%2Fc2');
    expect(session.expiredNotice()).toBeTrue();
  });
});
