import { TestBed } from '@angular/core/testing';

import { provideApiTesting, testLoginResponse } from '../api/api-testing';
import { DashboardStats } from '../../../contract';
import { Session } from '../auth/session';
import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { LiveCountsStore } from './live-counts-store';

function stats(overrides: Partial<DashboardStats> = {}): DashboardStats {
  return {
    active: 12,
    pending: 3,
    resolved: 40,
    unassigned: 1,
    new_today: 20,
    resolved_today: 18,
    sla_breaches_today: 0,
    executives: [
      {
        executive_id: 'exec-1',
        name: 'Test Executive',
        status: 'online',
        open_chats: 4,
        waiting_chats: 2,
        oldest_waiting_since: null,
        sla_breaches_today: 0,
      },
    ],
    generated_at: '2026-11-25T10:00:00.000Z',
    ...overrides,
  };
}

describe('LiveCountsStore', () => {
  let gateway: FakeChatGateway;
  let session: Session;
  let store: LiveCountsStore;

  beforeEach(() => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      providers: [...provideApiTesting(), provideFakeChatGateway(gateway)],
    });
    session = TestBed.inject(Session);
    store = TestBed.inject(LiveCountsStore);
    session.signIn(testLoginResponse());
  });

  it('has no figures before the first dashboard_stats', () => {
    expect(store.counts()).toBeNull();
    expect(store.myLoad()).toBeNull();
  });

  it('shows the latest team counts and my own load', () => {
    gateway.dashboardStats.next(stats());
    gateway.dashboardStats.next(stats({ active: 13 }));
    expect(store.counts()).toEqual({ active: 13, pending: 3, resolved: 40 });
    expect(store.myLoad()?.open_chats).toBe(4);
  });

  it('forgets the figures on sign-out', () => {
    gateway.dashboardStats.next(stats());
    session.clear();
    expect(store.counts()).toBeNull();
  });
});
