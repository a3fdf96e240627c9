import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { Event as RouterEvent, NavigationEnd, Router } from '@angular/router';
import { ToastrService } from 'ngx-toastr';
import { Subject, of } from 'rxjs';

import { MemoryStorage, provideApiTesting, testLoginResponse } from '../api/api-testing';
import { SlaAlert } from '../../../contract';
import { AssignToMe } from '../state/assign-to-me';
import { Session } from '../auth/session';
import {
  FakeChatGateway,
  emptyPage,
  provideFakeChatGateway,
} from '../../testing/fake-chat-gateway';
import { aChat, anAssignment, anSlaAlert } from '../../testing/payload-fixtures';
import { FakeNotifier, FakeToastr } from '../../testing/alert-fakes';
import { AlertQuiet } from './alert-quiet';
import { AlertSound } from '../platform/alert-sound';
import { ALERT_SETTINGS_KEY } from './alert-settings';
import { APP_TITLE, AlertStore, KEPT_ALERTS_KEY } from './alert-store';
import { ChatListStore } from '../state/chat-list-store';
import { DesktopNotifier } from '../platform/desktop-notifier';
import { PREFERENCE_STORAGE } from '../platform/preference-storage';
import { PageUsable } from '../platform/page-usable';

const assignment = anAssignment;
const sla = (overrides: Partial<SlaAlert> = {}) =>
  anSlaAlert({
    chat_id: 'c7',
    customer_number: '+919800000007',
    customer_name: 'Meena',
    raised_at: '2026-11-25T10:04:00.000Z',
    ...overrides,
  });

describe('AlertStore', () => {
  let gateway: FakeChatGateway;
  let toastr: FakeToastr;
  let notifier: FakeNotifier;
  let sound: jasmine.SpyObj<AlertSound>;
  let storage: MemoryStorage;
  let session: Session;
  let store: AlertStore;
  let router: Router;

  function setUp(tab: MemoryStorage = new MemoryStorage()): void {
    TestBed.configureTestingModule({
      providers: [
        ...provideApiTesting({ storage: tab }),
        provideFakeChatGateway(gateway),
        { provide: ToastrService, useValue: toastr },
        { provide: PageUsable, useValue: { loadStylesheet: () => undefined } },
        { provide: DesktopNotifier, useValue: notifier },
        { provide: AlertSound, useValue: sound },
        { provide: PREFERENCE_STORAGE, useValue: storage },
      ],
    });
    session = TestBed.inject(Session);
    router = TestBed.inject(Router);
    spyOn(router, 'navigate').and.resolveTo(true);
    store = TestBed.inject(AlertStore);
    if (!session.isSignedIn()) {
      session.signIn(testLoginResponse());
    }
  }

  beforeEach(() => {
    gateway = new FakeChatGateway();
    toastr = new FakeToastr();
    notifier = new FakeNotifier();
    sound = jasmine.createSpyObj<AlertSound>('AlertSound', [
      'play',
      'unlock',
      'unlockOnFirstGesture',
    ]);
    storage = new MemoryStorage();
  });

  it('toasts a chat assigned to me, not one assigned to someone else', () => {
    setUp();
    gateway.chatAssigned.next(assignment({ executive_id: 'exec-2', chat_id: 'c2' }));
    gateway.chatAssigned.next(assignment());
    expect(toastr.shown.map((t) => [t.type, t.message])).toEqual([
      ['info', 'New chat from Ravi Kumar'],
    ]);
    expect(store.alerts().map((a) => a.chatId)).toEqual(['c1']);
  });

  it('toasts a chat reassigned to me with the reason', () => {
    setUp();
    gateway.chatReassigned.next(
      assignment({ previous_executive_id: 'exec-2', reason: 'Customer speaks Tamil' }),
    );
    expect(toastr.shown[0].message).toBe(
      "Ravi Kumar's chat was reassigned to you: Customer speaks Tamil",
    );
  });

  it('does not alert the executive about their own Assign to me or Take over', () => {
    setUp();
    const done = TestBed.inject(AssignToMe).noteOwnMove('c1');
    gateway.chatReassigned.next(assignment({ reason: 'Assigned to myself' }));
    done();
    expect(toastr.shown).toEqual([]);
    expect(store.alerts()).toEqual([]);
  });

  it('opens the chat when the toast is clicked, and marks its alert seen', () => {
    setUp();
    gateway.chatAssigned.next(assignment({ chat_id: 'c9' }));
    expect(store.unseenCount()).toBe(1);
    toastr.shown[0].tap.next();
    expect(router.navigate).toHaveBeenCalledWith(['/chats', 'c9']);
    expect(store.unseenCount()).toBe(0);
  });

  it('raises SLA warnings and breaches as warning and error toasts that open the chat', () => {
    setUp();
    gateway.slaAlert.next(sla());
    gateway.slaAlert.next(sla({ alert_id: 'a2', level: 'breach' }));
    expect(toastr.shown.map((t) => [t.type, t.message])).toEqual([
      ['warning', 'Meena has waited 4 min'],
      ['error', 'SLA breached: Meena'],
    ]);
    toastr.shown[1].tap.next();
    expect(router.navigate).toHaveBeenCalledWith(['/chats', 'c7']);
  });

  it('keeps toasts on the dashboard bottom right, clear of its header, and lets breaches go', () => {
    setUp();
    gateway.slaAlert.next(sla({ level: 'breach' }));
    expect(toastr.shown[0].options).toEqual(jasmine.objectContaining({ disableTimeOut: true }));
    (router.events as Subject<RouterEvent>).next(new NavigationEnd(1, '/dashboard', '/dashboard'));
    expect([...toastr.open])
      .withContext('the breach from the chats closes')
      .toEqual([]);
    spyOnProperty(router, 'url').and.returnValue('/dashboard');
    gateway.slaAlert.next(sla({ alert_id: 'a2', level: 'breach' }));
    expect(toastr.shown[1].options).toEqual(
      jasmine.objectContaining({ positionClass: 'toast-bottom-right', disableTimeOut: false }),
    );
  });

  it('shows SLA alerts of unassigned chats, but not of other executives’ chats', () => {
    setUp();
    gateway.slaAlert.next(sla({ alert_id: 'x', executive_id: 'exec-2' }));
    gateway.slaAlert.next(sla({ alert_id: 'y', executive_id: null }));
    expect(toastr.shown.map((t) => t.message)).toEqual(['Meena has waited 4 min']);
  });

  it('raises each event once, even when it arrives twice', () => {
    setUp();
    gateway.chatAssigned.next(assignment());
    gateway.chatAssigned.next(assignment());
    gateway.slaAlert.next(sla());
    gateway.slaAlert.next(sla());
    expect(toastr.shown.length).toBe(2);
    expect(store.alerts().length).toBe(2);
  });

  it('keeps a few toasts on screen in a burst, closing the oldest, and every alert in the list', () => {
    setUp();
    for (let i = 0; i < 12; i++) {
      gateway.slaAlert.next(sla({ alert_id: `a${i}`, chat_id: `c${i}`, level: 'breach' }));
    }
    expect(toastr.shown.length).toBe(12);
    expect([...toastr.open]).toEqual([10, 11, 12]);
    expect(store.alerts().length).toBe(12);
    // A toast the executive closed makes room without closing another.
    toastr.hide(12);
    gateway.chatAssigned.next(assignment({ chat_id: 'c99' }));
    expect([...toastr.open]).toEqual([10, 11, 13]);
  });

  it('keeps the last 50 alerts, newest first, and marks them seen when the list opens', () => {
    setUp();
    for (let i = 0; i < 55; i++) {
      gateway.chatAssigned.next(
        assignment({
          chat_id: `c${i}`,
          assigned_at: `2026-11-25T10:00:${String(i).padStart(2, '0')}.000Z`,
        }),
      );
    }
    expect(store.alerts().length).toBe(50);
    expect(store.alerts()[0].chatId).toBe('c54');
    expect(store.unseenCount()).toBe(50);
    store.markAllSeen();
    expect(store.unseenCount()).toBe(0);
    expect(store.alerts().length).toBe(50);
    store.clear();
    expect(store.alerts()).toEqual([]);
  });

  it('keeps my alerts through a sign-in again, but never shows them to someone else', () => {
    setUp();
    gateway.chatAssigned.next(assignment());
    session.expire();
    expect(store.alerts()).toEqual([]);
    session.signIn(testLoginResponse({ expiresInSeconds: 7200 }));
    expect(store.alerts().length).toBe(1);
    session.clear();
    session.signIn(testLoginResponse({ role: 'supervisor' }));
    expect(store.alerts()).toEqual([]);
  });

  it('keeps the list through a reload of the tab, and forgets it on sign-out', () => {
    const tab = new MemoryStorage();
    setUp(tab);
    gateway.chatAssigned.next(assignment());
    TestBed.tick();
    TestBed.resetTestingModule();
    setUp(tab);
    expect(store.alerts().map((a) => a.text)).toEqual(['New chat from Ravi Kumar']);
    session.clear();
    TestBed.tick();
    expect(tab.getItem(KEPT_ALERTS_KEY)).not.toContain('Ravi');
  });

  it('ignores a stored list it cannot read', () => {
    const tab = new MemoryStorage();
    tab.setItem(KEPT_ALERTS_KEY, JSON.stringify({ owner: 'exec-1', value: [{ id: 1 }] }));
    setUp(tab);
    expect(store.alerts()).toEqual([]);
  });

  it('plays the chime for my new chats by default, from the first gesture, until muted', () => {
    setUp();
    expect(store.settings().sound).toBeTrue();
    expect(sound.unlockOnFirstGesture).toHaveBeenCalled();
    gateway.chatAssigned.next(assignment({ chat_id: 'a' }));
    expect(sound.play).toHaveBeenCalledTimes(1);
    store.setSound(false);
    gateway.chatAssigned.next(assignment({ chat_id: 'b' }));
    expect(sound.play).toHaveBeenCalledTimes(1);
    store.setSound(true);
    expect(sound.unlock).toHaveBeenCalled();
    gateway.chatAssigned.next(assignment({ chat_id: 'c' }));
    expect(sound.play).toHaveBeenCalledTimes(2);
  });

  it('shows no toast while the wallboard holds them back, and keeps the alert in the list', () => {
    setUp();
    gateway.chatAssigned.next(assignment({ chat_id: 'a' }));
    expect([...toastr.open]).toEqual([1]);
    TestBed.inject(AlertQuiet).set(true);
    TestBed.tick();
    expect([...toastr.open])
      .withContext('the toast on screen closes')
      .toEqual([]);
    gateway.slaAlert.next(sla({ level: 'breach' }));
    expect(toastr.shown.length).toBe(1);
    expect(store.alerts().length).toBe(2);
  });

  it('asks for permission when desktop notifications are turned on, and remembers the choice', async () => {
    setUp();
    await store.setDesktop(true);
    expect(notifier.requestPermission).toHaveBeenCalled();
    expect(store.desktopActive()).toBeTrue();
    expect(JSON.parse(storage.getItem(ALERT_SETTINGS_KEY)!)).toEqual({
      sound: true,
      desktop: true,
    });
  });

  it('keeps desktop notifications off and says why when the browser blocks them', async () => {
    notifier.answer = 'denied';
    setUp();
    await store.setDesktop(true);
    expect(store.desktopActive()).toBeFalse();
    expect(store.settings().desktop).toBeFalse();
    expect(store.desktopProblem()).toContain('blocks');
  });

  it('shows a desktop notification only while the tab is hidden', async () => {
    setUp();
    await store.setDesktop(true);
    gateway.chatAssigned.next(assignment({ chat_id: 'a' }));
    expect(notifier.shown.length).toBe(0);
    notifier.hidden = true;
    gateway.chatAssigned.next(assignment({ chat_id: 'b' }));
    expect(notifier.shown.map((n) => n.body)).toEqual(['New chat from Ravi Kumar']);
    notifier.shown[0].onClick();
    expect(router.navigate).toHaveBeenCalledWith(['/chats', 'b']);
  });

  it('reads saved settings back', () => {
    storage.setItem(ALERT_SETTINGS_KEY, JSON.stringify({ sound: false, desktop: false }));
    setUp();
    expect(store.settings().sound).toBeFalse();
  });

  describe('tab title', () => {
    beforeEach(() => jasmine.clock().install());
    afterEach(() => jasmine.clock().uninstall());

    it('puts the waiting messages of my open chats in the tab title', () => {
      setUp();
      const title = TestBed.inject(Title);
      TestBed.tick();
      expect(title.getTitle()).toBe(APP_TITLE);
      gateway.fetchAllChatUser.and.returnValue(
        of(
          emptyPage({
            chats: [
              aChat({ chat_id: 'a', assigned_executive_id: 'exec-1', unread_count: 2 }),
              aChat({ chat_id: 'b', assigned_executive_id: 'exec-1', unread_count: 1 }),
            ],
          }),
        ),
      );
      TestBed.inject(ChatListStore).load();
      gateway.roomUpdate.next(
        aChat({
          chat_id: 'p',
          assigned_executive_id: 'exec-1',
          status: 'pending',
          unread_count: 3,
        }),
      );
      // Live updates are folded once a frame (a timer stands in for frames here).
      jasmine.clock().tick(300);
      TestBed.tick();
      expect(store.unreadTotal()).toBe(6);
      jasmine.clock().tick(1_000);
      expect(title.getTitle()).toBe(`(6) ${APP_TITLE}`);
      session.clear();
      TestBed.tick();
      jasmine.clock().tick(1_000);
      expect(title.getTitle()).toBe(APP_TITLE);
    });

    it('changes the title at most once a second under a burst', () => {
      setUp();
      const title = TestBed.inject(Title);
      const setTitle = spyOn(title, 'setTitle').and.callThrough();
      TestBed.tick();
      for (let unread = 1; unread <= 20; unread++) {
        gateway.roomUpdate.next(
          aChat({
            chat_id: 'p',
            assigned_executive_id: 'exec-1',
            unread_count: unread,
            version: unread,
          }),
        );
        jasmine.clock().tick(300);
        TestBed.tick();
      }
      // 20 changes over six seconds: the first at once, then one a second, then the last.
      expect(setTitle.calls.count()).toBeLessThanOrEqual(8);
      jasmine.clock().tick(1_000);
      expect(title.getTitle()).toBe(`(20) ${APP_TITLE}`);
    });

    it('counts new alerts in the title for a supervisor', () => {
      setUp();
      session.signIn(testLoginResponse({ role: 'supervisor' }));
      gateway.slaAlert.next(sla({ executive_id: 'exec-2' }));
      TestBed.tick();
      jasmine.clock().tick(1_000);
      expect(TestBed.inject(Title).getTitle()).toBe(`(1) ${APP_TITLE}`);
    });
  });
});
