import { TestBed } from '@angular/core/testing';
import { Router } from '@angular/router';
import { Subject } from 'rxjs';

import { provideApiTesting, testLoginResponse } from '../api/api-testing';
import { Session } from '../auth/session';
import { GatewayError } from '../realtime/gateway-error';
import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { SessionLifecycle } from './session-lifecycle';

describe('SessionLifecycle', () => {
  let gateway: FakeChatGateway;
  let session: Session;
  let lifecycle: SessionLifecycle;
  let router: Router;

  /** The fake types its error stream as `never`; this spec needs to push real errors into it. */
  function connectionErrors(): Subject<GatewayError> {
    return gateway.connectionError as unknown as Subject<GatewayError>;
  }

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [
        ...provideApiTesting({ routes: [{ path: '**', children: [] }] }),
        provideFakeChatGateway(gateway),
      ],
    });
    session = TestBed.inject(Session);
    router = TestBed.inject(Router);
    lifecycle = TestBed.inject(SessionLifecycle);
  });

  it('connects with the JWT of a session already signed in (a reload) and loads the options', () => {
    session.signIn(testLoginResponse());
    lifecycle.start();
    TestBed.tick();
    expect(gateway.connect).toHaveBeenCalledOnceWith(session.token());
    expect(gateway.fetchConfig).toHaveBeenCalled();
  });

  it('connects on sign-in and disconnects on sign-out', () => {
    lifecycle.start();
    TestBed.tick();
    expect(gateway.connect).not.toHaveBeenCalled();
    session.signIn(testLoginResponse());
    TestBed.tick();
    expect(gateway.connect).toHaveBeenCalledTimes(1);
    session.clear();
    TestBed.tick();
    expect(gateway.disconnect).toHaveBeenCalled();
  });

  it('starts once, however often it is asked', () => {
    session.signIn(testLoginResponse());
    lifecycle.start();
    lifecycle.start();
    TestBed.tick();
    expect(gateway.connect).toHaveBeenCalledTimes(1);
  });

  it('reports the connection state', () => {
    lifecycle.start();
    gateway.state.next('reconnecting');
    expect(lifecycle.connection()).toBe('reconnecting');
    gateway.state.next('connected');
    expect(lifecycle.connection()).toBe('connected');
  });

  it('runs the session-expired flow when the gateway refuses the token', async () => {
    session.signIn(testLoginResponse());
    await router.navigateByUrl('/chats/c4');
    lifecycle.start();
    TestBed.tick();
    const navigate = spyOn(router, 'navigate').and.resolveTo(true);
    connectionErrors().next(new GatewayError('unauthorized', 'Expired.', 'connection'));
    expect(session.isSignedIn()).toBeFalse();
    expect(session.expiredNotice()).toBeTrue();
    expect(navigate).toHaveBeenCalledWith(['/login'], { queryParams: { returnUrl: '/chats/c4' } });
  });

  it('follows why the console is not connected, and asks the gateway to retry now', () => {
    session.signIn(testLoginResponse());
    lifecycle.start();
    TestBed.tick();
    gateway.cause.next('server-closed');
    expect(lifecycle.connectionCause()).toBe('server-closed');
    expect(session.isSignedIn()).toBeTrue();
    lifecycle.retryNow();
    expect(gateway.retryNow).toHaveBeenCalledTimes(1);
    gateway.cause.next(null);
    expect(lifecycle.connectionCause()).toBeNull();
  });

  it('reloads the options after a reconnection', () => {
    session.signIn(testLoginResponse());
    lifecycle.start();
    TestBed.tick();
    gateway.fetchConfig.calls.reset();
    gateway.reconnectedSubject.next();
    expect(gateway.fetchConfig).toHaveBeenCalledTimes(1);
  });
});
