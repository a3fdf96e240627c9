import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { MatMenuItem } from '@angular/material/menu';

import { testLoginResponse } from '../api/api-testing';
import { anAssignment } from '../../testing/payload-fixtures';
import { Session } from '../auth/session';
import { FakeChatGateway } from '../../testing/fake-chat-gateway';
import { AlertsMenu } from './alerts-menu';
import { provideShellTesting } from '../../testing/shell-testing';
import { menuClosed, openLazyMenu } from '../../testing/lazy-menu-testing';

describe('AlertsMenu', () => {
  let gateway: FakeChatGateway;
  let fixture: ComponentFixture<AlertsMenu>;

  beforeEach(async () => {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      // Imported, so that compileComponents resolves its lazily loaded menus.
      imports: [AlertsMenu],
      providers: provideShellTesting(gateway),
    });
    // Menus load on first use (@defer): their metadata resolves here.
    await TestBed.compileComponents();
    TestBed.inject(Session).signIn(testLoginResponse());
    fixture = TestBed.createComponent(AlertsMenu);
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  /** Alert rows alive anywhere in the bell's views, shown or not. */
  function liveRows(): number {
    return fixture.debugElement.queryAll(By.directive(MatMenuItem)).length;
  }

  it('keeps no alert rows alive while the list is closed, and shows them when opened', async () => {
    for (let i = 1; i <= 3; i++) {
      gateway.chatAssigned.next(anAssignment({ chat_id: `c${i}`, customer_name: `Customer ${i}` }));
    }
    await fixture.whenStable();
    expect(liveRows()).toBe(0);

    const bell = (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>('button')!;
    expect(bell.getAttribute('aria-label')).toBe('Alerts, 3 new');
    expect((fixture.nativeElement as HTMLElement).querySelector('.badge')?.textContent).toBe('3');
    const items = await openLazyMenu(fixture, bell);
    // Three alerts, newest first, then "Clear the list".
    expect(items.length).toBe(4);
    expect(items[0].textContent).toContain('Customer 3');
    expect((fixture.nativeElement as HTMLElement).querySelector('.badge')).toBeNull();

    (document.querySelector('.mat-mdc-menu-panel') as HTMLElement).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', keyCode: 27, bubbles: true }),
    );
    await menuClosed(fixture);
    // The rows go once the panel's closing animation has ended.
    for (let i = 0; i < 100 && liveRows() > 0; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(liveRows()).toBe(0);
  });
});
