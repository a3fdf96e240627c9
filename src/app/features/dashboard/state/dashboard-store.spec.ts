import { WritableSignal, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Observable, Subject, of, throwError } from 'rxjs';

import { MemoryStorage } from '../../../core/api/api-testing';
import { ApiError } from '../../../core/api/api-error';
import { Config, DashboardStats, Executive } from '../../../../contract';
import { PySmartChatApi } from '../../../core/api/py-smart-chat-api';
import { PREFERENCE_STORAGE } from '../../../core/platform/preference-storage';
import { DEFAULT_CHAT_CONFIG } from '../../../core/state/config-store';
import { FakeChatGateway, provideFakeChatGateway } from '../../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../../testing/fake-session';
import {
  GENERATED_AT,
  aDriverStats,
  aPresenceChange,
  aStats,
  anAlert,
  anAssignment,
  later,
} from '../testing/dashboard-fixtures';
import { DashboardStore, MAX_SLA_ALERTS, SERIES_STORAGE_KEY } from './dashboard-store';
import { SERIES_SLOT_MS } from './status-series';

const SUPERVISOR: Executive = {
  executive_id: 'sup-meera',
  name: 'Meera Iyer',
  email: 'supervisor@oneway.local',
  role: 'supervisor',
  status: 'online',
};

describe('DashboardStore', () => {
  let gateway: FakeChatGateway;
  let storage: MemoryStorage;
  let me: WritableSignal<Executive | null>;
  let answers: Subject<DashboardStats>;
  let partnerStats: jasmine.Spy<() => Observable<DashboardStats>>;

  function create(): DashboardStore {
    return TestBed.inject(DashboardStore);
  }

  beforeEach(() => {
    gateway = new FakeChatGateway();
    storage = new MemoryStorage();
    me = signal<Executive | null>(SUPERVISOR);
    answers = new Subject<DashboardStats>();
    partnerStats = jasmine.createSpy('partnerStats').and.callFake(() => answers);
    TestBed.configureTestingModule({
      providers: [
        DashboardStore,
        provideFakeChatGateway(gateway),
        provideFakeSession(me),
        { provide: PySmartChatApi, useValue: { partnerStats } },
        { provide: PREFERENCE_STORAGE, useValue: storage },
      ],
    });
  });

  describe('first picture', () => {
    it('loads the figures from partnerStats when the dashboard opens', () => {
      const store = create();
      store.open();
      expect(partnerStats).toHaveBeenCalledTimes(1);
      expect(store.loading()).toBeTrue();
      expect(store.stats()).toBeNull();

      answers.next(aStats());
      expect(store.loading()).toBeFalse();
      expect(store.stats()?.active).toBe(12);
      expect(store.executives().map((e) => e.name)).toEqual(['Asha Nair', 'Priya Sharma']);
      expect(store.series()).toEqual([
        { at: Date.parse(GENERATED_AT), active: 12, pending: 3, resolved: 40 },
      ]);
    });

    it('asks for the configuration when the console has not loaded it yet', () => {
      create().open();
      expect(gateway.fetchConfig).toHaveBeenCalled();
    });

    it('lists the configured executives before any figures arrive', () => {
      const store = create();
      const config: Config = {
        ...DEFAULT_CHAT_CONFIG,
        executives: [{ executive_id: 'exec-rahul', name: 'Rahul Verma', status: 'online' }],
      };
      gateway.configResponse.next(config);
      expect(store.executives().map((e) => [e.name, e.status])).toEqual([
        ['Rahul Verma', 'online'],
      ]);
    });

    it('says what went wrong when the figures cannot be loaded, and tries again', () => {
      partnerStats.and.returnValue(
        throwError(
          () =>
            new ApiError({
              status: 0,
              code: 'network',
              backend: 'pySmartChat',
              message: 'The chat service cannot be reached.',
            }),
        ),
      );
      const store = create();
      store.open();
      expect(store.error()).toBe('The chat service cannot be reached.');
      expect(store.loading()).toBeFalse();

      partnerStats.and.returnValue(of(aStats()));
      store.reload();
      expect(store.error()).toBeNull();
      expect(store.stats()).not.toBeNull();
    });

    it('opens with the day and the recent feeds the back end kept', () => {
      const store = create();
      store.open();
      expect(store.remembered()).toBeFalse();
      answers.next(
        aStats({
          day_series: [
            { at: later(-2 * SERIES_SLOT_MS), active: 8, pending: 1, resolved: 30, unassigned: 0 },
            { at: later(-SERIES_SLOT_MS), active: 10, pending: 2, resolved: 35, unassigned: 1 },
            { at: GENERATED_AT, active: 12, pending: 3, resolved: 40, unassigned: 1 },
          ],
          recent_sla_alerts: [anAlert({ alert_id: 'old', raised_at: later(-60_000) })],
          recent_assignments: [
            { ...anAssignment({ assigned_at: later(-30_000) }), kind: 'assigned' },
          ],
        }),
      );
      expect(store.series().map((p) => p.active)).toEqual([8, 10, 12]);
      expect(store.alerts().map((a) => a.alert_id)).toEqual(['old']);
      expect(store.assignments().map((a) => a.customer_name)).toEqual(['Meena Das']);
      expect(store.remembered()).toBeTrue();

      gateway.slaAlert.next(anAlert({ alert_id: 'new' }));
      gateway.chatAssigned.next(anAssignment({ assigned_at: later(-30_000) }));
      expect(store.alerts().map((a) => a.alert_id)).toEqual(['new', 'old']);
      expect(store.assignments().length).toBe(1);
    });

    it('keeps the day and the feeds of an answer whose figures a push overtook', () => {
      const store = create();
      store.open();
      gateway.dashboardStats.next(aStats({ active: 20, generated_at: later(5_000) }));
      answers.next(
        aStats({
          day_series: [
            { at: later(-SERIES_SLOT_MS), active: 10, pending: 2, resolved: 35, unassigned: 1 },
          ],
          recent_sla_alerts: [anAlert()],
        }),
      );
      expect(store.stats()?.active).toBe(20);
      expect(store.series().map((p) => p.active)).toEqual([10, 20]);
      expect(store.alerts().length).toBe(1);
    });

    it('drops an answer older than figures already pushed', () => {
      const store = create();
      store.open();
      gateway.dashboardStats.next(aStats({ active: 20, generated_at: later(5_000) }));
      answers.next(aStats({ active: 12 }));
      expect(store.stats()?.active).toBe(20);
    });
  });

  describe('live events', () => {
    let store: DashboardStore;

    beforeEach(() => {
      store = create();
      store.open();
      answers.next(aStats());
    });

    it('replaces the figures with each dashboard_stats push', () => {
      gateway.dashboardStats.next(aStats({ active: 14, generated_at: later(SERIES_SLOT_MS) }));
      expect(store.stats()?.active).toBe(14);
      expect(store.series().map((p) => p.active)).toEqual([12, 14]);
    });

    it('shows driver-chat-stats', () => {
      expect(store.driverStats()).toBeNull();
      gateway.driverChatStats.next(aDriverStats({ active: 6 }));
      expect(store.driverStats()?.active).toBe(6);
    });

    it('shows an executive going offline', () => {
      gateway.executiveStatus.next(aPresenceChange({ status: 'offline' }));
      expect(store.executives().find((e) => e.executive_id === 'exec-asha')?.status).toBe(
        'offline',
      );
    });

    it('adds SLA alerts newest first, once each, and counts breaches', () => {
      gateway.slaAlert.next(anAlert({ alert_id: 'a1' }));
      gateway.slaAlert.next(anAlert({ alert_id: 'a2', level: 'breach' }));
      gateway.slaAlert.next(anAlert({ alert_id: 'a2', level: 'breach' }));
      expect(store.alerts().map((a) => a.alert_id)).toEqual(['a2', 'a1']);
      expect(store.stats()?.sla_breaches_today).toBe(3);
    });

    it('keeps only the newest SLA alerts', () => {
      for (let i = 0; i < MAX_SLA_ALERTS + 25; i++) {
        gateway.slaAlert.next(anAlert({ alert_id: `a${i}` }));
      }
      expect(store.alerts().length).toBe(MAX_SLA_ALERTS);
      expect(store.alerts()[0].alert_id).toBe(`a${MAX_SLA_ALERTS + 24}`);
    });

    it('adds a chat_assigned to the feed and to its executive’s open chats', () => {
      gateway.chatAssigned.next(anAssignment());
      expect(store.assignments().map((a) => [a.customer_name, a.kind])).toEqual([
        ['Meena Das', 'assigned'],
      ]);
      expect(store.executives().find((e) => e.executive_id === 'exec-priya')?.open_chats).toBe(3);
    });

    it('moves a chat_reassigned between executives', () => {
      gateway.chatReassigned.next(
        anAssignment({ previous_executive_id: 'exec-asha', reason: 'Shift ending' }),
      );
      expect(store.assignments()[0].kind).toBe('reassigned');
      const open = store.executives().map((e) => e.open_chats);
      expect(open).toEqual([3, 3]);
    });
  });

  describe('connection', () => {
    afterEach(() => jasmine.clock().uninstall());

    it('is not stale while first connecting, live when connected', () => {
      const store = create();
      gateway.state.next('connecting');
      expect(store.live()).toBeFalse();
      expect(store.staleSince()).toBeNull();
      gateway.state.next('connected');
      expect(store.live()).toBeTrue();
    });

    it('is stale from the moment the connection drops until it returns', () => {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date('2026-11-25T14:02:00.000Z'));
      const store = create();
      gateway.state.next('connected');
      gateway.state.next('reconnecting');
      jasmine.clock().tick(30_000);
      gateway.state.next('connecting');
      expect(store.live()).toBeFalse();
      expect(store.staleSince()).toBe(Date.parse('2026-11-25T14:02:00.000Z'));

      gateway.state.next('connected');
      expect(store.staleSince()).toBeNull();
    });

    it('asks for the figures and the configuration again when the connection returns', () => {
      const store = create();
      store.open();
      answers.next(aStats());
      gateway.fetchConfig.calls.reset();

      gateway.reconnectedSubject.next();
      expect(partnerStats).toHaveBeenCalledTimes(2);
      expect(gateway.fetchConfig).toHaveBeenCalledTimes(1);
      answers.next(aStats({ active: 30, generated_at: later(90_000) }));
      expect(store.stats()?.active).toBe(30);
    });
  });

  describe('across visits', () => {
    it('keeps the day’s series in storage for the next page load', () => {
      jasmine.clock().install();
      jasmine.clock().mockDate(new Date(Date.parse(GENERATED_AT) + 60_000));
      try {
        create().open();
        answers.next(aStats());
        expect(storage.getItem(SERIES_STORAGE_KEY)).not.toBeNull();

        TestBed.resetTestingModule();
        TestBed.configureTestingModule({
          providers: [
            DashboardStore,
            provideFakeChatGateway(new FakeChatGateway()),
            provideFakeSession(signal<Executive | null>(SUPERVISOR)),
            { provide: PySmartChatApi, useValue: { partnerStats: () => new Subject() } },
            { provide: PREFERENCE_STORAGE, useValue: storage },
          ],
        });
        expect(
          TestBed.inject(DashboardStore)
            .series()
            .map((p) => p.active),
        ).toEqual([12]);
      } finally {
        jasmine.clock().uninstall();
      }
    });

    it('starts the feeds afresh when another supervisor opens the dashboard', () => {
      const store = create();
      store.open();
      gateway.slaAlert.next(anAlert());
      gateway.chatAssigned.next(anAssignment());

      store.open();
      expect(store.alerts().length).toBe(1);

      me.set({ ...SUPERVISOR, executive_id: 'sup-other', name: 'Other Supervisor' });
      store.open();
      expect(store.alerts()).toEqual([]);
      expect(store.assignments()).toEqual([]);
      expect(store.stats()).toBeNull();
    });
  });
});
