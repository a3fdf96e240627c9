import { TestBed } from '@angular/core/testing';
import { Subject, of, throwError } from 'rxjs';

import { provideApiTesting, testLoginResponse } from '../api/api-testing';
import { ExecutiveStatusUpdate, LoginV2Response } from '../../../contract';
import { Session } from '../auth/session';
import { GatewayError } from '../realtime/gateway-error';
import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { PresenceStore } from './presence-store';

function statusUpdate(status: 'online' | 'offline', executiveId = 'exec-1'): ExecutiveStatusUpdate {
  return {
    executive_id: executiveId,
    name: 'Test Executive',
    status,
    changed_at: '2026-11-25T10:00:00.000Z',
  };
}

describe('PresenceStore', () => {
  let gateway: FakeChatGateway;
  let session: Session;
  let store: PresenceStore;

  function signIn(login: LoginV2Response = testLoginResponse()): void {
    session.signIn(login);
  }

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [...provideApiTesting(), provideFakeChatGateway(gateway)],
    });
    session = TestBed.inject(Session);
    store = TestBed.inject(PresenceStore);
  });

  it('is offline while nobody is signed in', () => {
    expect(store.status()).toBe('offline');
    store.setStatus('online');
    expect(gateway.setExecutiveStatus).not.toHaveBeenCalled();
  });

  it('starts from the status of the sign-in answer', () => {
    const login = testLoginResponse();
    login.executive.status = 'offline';
    signIn(login);
    expect(store.status()).toBe('offline');
    expect(store.isOnline()).toBeFalse();
  });

  it('changes status through set_executive_status and shows the confirmed answer', () => {
    signIn();
    const answer = new Subject<ExecutiveStatusUpdate>();
    gateway.setExecutiveStatus.and.returnValue(answer);
    store.setStatus('offline');
    expect(gateway.setExecutiveStatus).toHaveBeenCalledWith({ status: 'offline' });
    expect(store.saving()).toBeTrue();
    expect(store.status()).toBe('online');
    answer.next(statusUpdate('offline'));
    answer.complete();
    expect(store.saving()).toBeFalse();
    expect(store.status()).toBe('offline');
  });

  it('ignores a second change while one is in flight', () => {
    signIn();
    gateway.setExecutiveStatus.and.returnValue(new Subject());
    store.setStatus('offline');
    store.setStatus('online');
    expect(gateway.setExecutiveStatus).toHaveBeenCalledTimes(1);
  });

  it('keeps the old status and explains when the change fails', () => {
    signIn();
    gateway.setExecutiveStatus.and.returnValue(
      throwError(
        () => new GatewayError('offline', 'You are not connected.', 'set_executive_status'),
      ),
    );
    store.setStatus('offline');
    expect(store.status()).toBe('online');
    expect(store.saving()).toBeFalse();
    expect(store.error()).toBe('You are not connected.');
    store.dismissError();
    expect(store.error()).toBeNull();
  });

  it('follows executive_status events about me, not about others', () => {
    signIn();
    gateway.executiveStatus.next(statusUpdate('offline', 'someone-else'));
    expect(store.status()).toBe('online');
    gateway.executiveStatus.next(statusUpdate('offline'));
    expect(store.status()).toBe('offline');
    gateway.executiveStatus.next(statusUpdate('online'));
    expect(store.status()).toBe('online');
  });

  it('starts each sign-in from its own answer, not from the last session', () => {
    signIn();
    gateway.setExecutiveStatus.and.returnValue(of(statusUpdate('offline')));
    store.setStatus('offline');
    expect(store.status()).toBe('offline');
    session.clear();
    expect(store.status()).toBe('offline');
    signIn(testLoginResponse({ expiresInSeconds: 7200 }));
    expect(store.status()).toBe('online');
  });

  it('drops an answer that arrives after the session ended', () => {
    signIn();
    const answer = new Subject<ExecutiveStatusUpdate>();
    gateway.setExecutiveStatus.and.returnValue(answer);
    store.setStatus('offline');
    session.clear();
    signIn(testLoginResponse({ expiresInSeconds: 7200 }));
    answer.next(statusUpdate('offline'));
    expect(store.status()).toBe('online');
    expect(store.saving()).toBeFalse();
  });
});
