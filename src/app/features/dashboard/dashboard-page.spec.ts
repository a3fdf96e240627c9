import { signal } from '@angular/core';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { Subject, of } from 'rxjs';

import { MemoryStorage } from '../../core/api/api-testing';
import { ApiError } from '../../core/api/api-error';
import { DashboardStats, Executive } from '../../../contract';
import { PySmartChatApi } from '../../core/api/py-smart-chat-api';
import { PREFERENCE_STORAGE } from '../../core/platform/preference-storage';
import { FakeChatGateway, provideFakeChatGateway } from '../../testing/fake-chat-gateway';
import { provideFakeSession } from '../../testing/fake-session';
import DashboardPage from './dashboard-page';
import { DashboardStore } from './state/dashboard-store';
import { aStats, anAlert, anAssignment } from './testing/dashboard-fixtures';

const SUPERVISOR: Executive = {
  executive_id: 'sup-meera',
  name: 'Meera Iyer',
  email: 'supervisor@oneway.local',
  role: 'supervisor',
  status: 'online',
};

describe('DashboardPage', () => {
  let fixture: ComponentFixture<DashboardPage>;
  let gateway: FakeChatGateway;
  let answers: Subject<DashboardStats>;
  let partnerStats: jasmine.Spy;

  function el(): HTMLElement {
    return fixture.nativeElement as HTMLElement;
  }

  function button(name: string): HTMLButtonElement | undefined {
    return Array.from(el().querySelectorAll('button')).find((b) =>
      b.textContent?.replace(/\s+/g, ' ').trim().endsWith(name),
    );
  }

  async function settle(): Promise<void> {
    // Let promise callbacks (the Fullscreen API's answer) run before looking.
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  beforeEach(() => {
    gateway = new FakeChatGateway();
    answers = new Subject<DashboardStats>();
    partnerStats = jasmine.createSpy('partnerStats').and.callFake(() => answers);
    TestBed.configureTestingModule({
      providers: [
        DashboardStore,
        provideRouter([]),
        provideFakeChatGateway(gateway),
        provideFakeSession(signal<Executive | null>(SUPERVISOR)),
        { provide: PySmartChatApi, useValue: { partnerStats } },
        { provide: PREFERENCE_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    fixture = TestBed.createComponent(DashboardPage);
  });

  it('says it is loading until the first figures arrive', async () => {
    await settle();
    expect(el().querySelector('h1')?.textContent).toBe('Dashboard');
    expect(el().textContent).toContain('Loading the team’s figures…');
  });

  it('shows the figures, the board and the feeds once loaded, and folds live events', async () => {
    answers.next(aStats());
    gateway.state.next('connected');
    await settle();
    expect(el().querySelector('app-live-indicator')?.textContent?.trim()).toBe('Live');
    expect(el().querySelector('app-summary-cards')?.textContent).toContain('Active');
    expect(el().querySelectorAll('app-executive-board tr.mat-mdc-row').length).toBe(2);

    gateway.slaAlert.next(anAlert({ customer_name: 'Ravi Kumar' }));
    gateway.chatAssigned.next(anAssignment({ customer_name: 'Meena Das' }));
    await settle();
    expect(el().querySelector('app-sla-feed')?.textContent).toContain('Ravi Kumar');
    expect(el().querySelector('app-assignment-feed')?.textContent).toContain(
      'Assigned to Priya Sharma',
    );
  });

  it('says what went wrong and tries again', async () => {
    partnerStats.and.callFake(() => {
      throw new ApiError({
        status: 503,
        code: 'unavailable',
        backend: 'pySmartChat',
        message: 'The chat service is not answering. Try again in a minute.',
      });
    });
    fixture = TestBed.createComponent(DashboardPage);
    await settle();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain(
      'The chat service is not answering.',
    );

    partnerStats.and.returnValue(of(aStats()));
    button('Try again')?.click();
    await settle();
    expect(el().querySelector('app-summary-cards')).not.toBeNull();
  });

  it('shows the wallboard in the window when full screen is refused, and leaves on Escape', async () => {
    spyOn(document.documentElement, 'requestFullscreen').and.rejectWith(
      new TypeError('Permissions check failed'),
    );
    answers.next(aStats());
    await settle();

    button('Wallboard')?.click();
    await settle();
    expect(el().classList).toContain('wallboard');
    expect(button('Leave wallboard')?.getAttribute('aria-pressed')).toBe('true');
    expect(el().textContent).toContain('Full screen was not allowed');
    // No filters on the wall: nobody is there to use them.
    expect(el().querySelector('app-executive-board input')).toBeNull();

    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    await settle();
    expect(el().classList).not.toContain('wallboard');
  });
});
