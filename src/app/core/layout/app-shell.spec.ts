import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatDialogHarness } from '@angular/material/dialog/testing';
import { of } from 'rxjs';

import { testLoginResponse } from '../api/api-testing';
import { StaffRole } from '../../../contract';
import { anAssignment } from '../../testing/payload-fixtures';
import { AuthService } from '../auth/auth-service';
import { SignedInTabs } from '../auth/signed-out-data';
import { Session } from '../auth/session';
import { ShortcutRegistry } from '../keyboard/shortcut-registry';
import { AlertStore } from '../alerts/alert-store';
import { FakeChatGateway } from '../../testing/fake-chat-gateway';
import { AppShell } from './app-shell';
import { provideShellTesting } from '../../testing/shell-testing';
import { clickMenuItem, menuClosed, openLazyMenu } from '../../testing/lazy-menu-testing';

describe('AppShell', () => {
  let gateway: FakeChatGateway;
  let fixture: ComponentFixture<AppShell>;
  let loader: HarnessLoader;
  let rootLoader: HarnessLoader;

  async function render(role: StaffRole = 'executive'): Promise<void> {
    gateway = new FakeChatGateway();
    TestBed.configureTestingModule({
      // Imported, so that compileComponents resolves its lazily loaded menus.
      imports: [AppShell],
      providers: provideShellTesting(gateway),
    });
    // Menus load on first use (@defer): their metadata resolves here.
    await TestBed.compileComponents();
    TestBed.inject(Session).signIn(testLoginResponse({ role }));
    fixture = TestBed.createComponent(AppShell);
    loader = TestbedHarnessEnvironment.loader(fixture);
    rootLoader = TestbedHarnessEnvironment.documentRootLoader(fixture);
    await fixture.whenStable();
  }

  /** Waits for sign-out's own steps: it asks the browser about other tabs first. */
  async function until(done: () => boolean): Promise<void> {
    for (let i = 0; i < 100 && !done(); i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  function text(): string {
    return (fixture.nativeElement as HTMLElement).textContent ?? '';
  }

  function button(label: string): HTMLElement {
    return (fixture.nativeElement as HTMLElement).querySelector<HTMLElement>(
      `button[aria-label^="${label}"]`,
    )!;
  }

  function presenceSwitch(): HTMLButtonElement | null {
    return (fixture.nativeElement as HTMLElement).querySelector('button[role=switch]');
  }

  afterEach(() => {
    document.documentElement.classList.remove('theme-light', 'theme-dark');
    fixture?.destroy();
  });

  it('connects the gateway with the session token and shows who is signed in', async () => {
    await render();
    expect(gateway.connect).toHaveBeenCalledOnceWith(TestBed.inject(Session).token());
    expect(text()).toContain('Test Executive');
    expect(text()).toContain('Executive');
  });

  it('shows the connection banner for each state', async () => {
    await render();
    gateway.state.next('reconnecting');
    await fixture.whenStable();
    expect(text()).toContain('Reconnecting… your changes are kept');
    gateway.cause.next('server-closed');
    await fixture.whenStable();
    expect(text()).toContain('The chat server closed the connection');
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Retry now' }))).click();
    expect(gateway.retryNow).toHaveBeenCalledTimes(1);
    gateway.state.next('offline');
    await fixture.whenStable();
    expect(text()).toContain('Not connected to the chat server');
    gateway.state.next('connected');
    gateway.cause.next(null);
    await fixture.whenStable();
    expect(text()).not.toContain('Not connected to the chat server');
    expect(text()).toContain('Live');
  });

  it('switches presence through the gateway once connected', async () => {
    await render();
    const toggle = presenceSwitch()!;
    gateway.state.next('offline');
    await fixture.whenStable();
    expect(toggle.disabled).toBeTrue();
    gateway.state.next('connected');
    gateway.setExecutiveStatus.and.returnValue(
      of({
        executive_id: 'exec-1',
        name: 'Test Executive',
        status: 'offline' as const,
        changed_at: '2026-11-25T10:00:00.000Z',
      }),
    );
    await fixture.whenStable();
    expect(toggle.getAttribute('aria-checked')).toBe('true');
    expect(toggle.textContent?.trim()).toBe('Online');
    toggle.click();
    await fixture.whenStable();
    expect(gateway.setExecutiveStatus).toHaveBeenCalledWith({ status: 'offline' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    expect(toggle.textContent?.trim()).toBe('Offline');
  });

  it('shows team counts to executives and section links to supervisors', async () => {
    await render();
    expect(text()).toContain('Pending');
    gateway.dashboardStats.next({
      active: 9,
      pending: 4,
      resolved: 30,
      unassigned: 0,
      new_today: 0,
      resolved_today: 0,
      sla_breaches_today: 0,
      executives: [],
      generated_at: '2026-11-25T10:00:00.000Z',
    });
    await fixture.whenStable();
    const figures = (label: string) =>
      Array.from(
        (fixture.nativeElement as HTMLElement).querySelectorAll(
          `app-live-counts-strip dl[aria-label="${label}"] .item`,
        ),
        (item) => [
          item.querySelector('dt')?.textContent?.trim(),
          item.querySelector('dd')?.textContent?.trim(),
        ],
      );
    expect(figures('Team chats right now')).toEqual([
      ['Active', '9'],
      ['Pending', '4'],
      ['Resolved', '30'],
    ]);
    expect(figures('Your chats right now')).toEqual([['open', '–']]);
    const strip = (fixture.nativeElement as HTMLElement).querySelector('app-live-counts-strip')!;
    // Says whose figures they are (the spacing comes from the layout).
    expect(strip.textContent?.replace(/\s+/g, '')).toBe(
      'Team:Active9Pending4Resolved30Yours:open–',
    );
    fixture.destroy();
    TestBed.resetTestingModule();
    await render('supervisor');
    expect(presenceSwitch()).toBeNull();
    expect(
      await loader.getHarnessOrNull(MatButtonHarness.with({ text: 'Dashboard' })),
    ).not.toBeNull();
  });

  it('opens the shortcuts overlay with ? and with the toolbar button', async () => {
    await render();
    document.body.dispatchEvent(
      new KeyboardEvent('keydown', { key: '?', shiftKey: true, bubbles: true, cancelable: true }),
    );
    const dialog = await rootLoader.getHarness(MatDialogHarness);
    expect(await dialog.getTitleText()).toBe('Keyboard shortcuts');
    expect(await dialog.getContentText()).toContain('Resolve the chat');
    await dialog.close();
    await (
      await loader.getHarness(
        MatButtonHarness.with({ selector: '[aria-label="Keyboard shortcuts"]' }),
      )
    ).click();
    expect((await rootLoader.getAllHarnesses(MatDialogHarness)).length).toBe(1);
  });

  it('marks shortcuts that no page has registered as unavailable in the overlay', async () => {
    await render();
    TestBed.inject(ShortcutRegistry).register('chat.resolve', () => undefined);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: '?', bubbles: true }));
    const dialog = await rootLoader.getHarness(MatDialogHarness);
    const host = document.querySelector('app-shortcuts-dialog')!;
    expect(host.querySelector('[data-shortcut="chat.resolve"]')?.textContent).not.toContain(
      'Not available',
    );
    expect(host.querySelector('[data-shortcut="tag.apply"]')?.textContent).toContain(
      'Not available on this page',
    );
    await dialog.close();
  });

  it('lists my alerts under the bell and marks them seen when opened', async () => {
    await render();
    gateway.chatAssigned.next(anAssignment({ chat_id: 'c1' }));
    gateway.chatAssigned.next(anAssignment({ chat_id: 'c2' }));
    await fixture.whenStable();
    const bell = await loader.getHarness(
      MatButtonHarness.with({ selector: '[aria-label^="Alerts"]' }),
    );
    expect(await (await bell.host()).getAttribute('aria-label')).toBe('Alerts, 2 new');
    expect(button('Alerts').getAttribute('aria-haspopup')).toBe('menu');
    const items = await openLazyMenu(fixture, button('Alerts'));
    expect(items[0].textContent).toContain('New chat from Ravi Kumar');
    expect(TestBed.inject(AlertStore).unseenCount()).toBe(0);
    expect(button('Alerts').getAttribute('aria-expanded')).toBe('true');
  });

  it('has the alert sound on by default, and turns it off from the settings menu', async () => {
    await render();
    expect(TestBed.inject(AlertStore).settings().sound).toBeTrue();
    await openLazyMenu(fixture, button('Alert settings'));
    clickMenuItem(/Sound for new chats/);
    expect(TestBed.inject(AlertStore).settings().sound).toBeFalse();
    // The menu closes and gives the focus back to its button.
    await menuClosed(fixture);
    expect(document.activeElement).toBe(button('Alert settings'));
    expect(button('Alert settings').getAttribute('aria-expanded')).toBe('false');
  });

  it('shows Diagnostics to supervisors, and to an executive who turns it on', async () => {
    const diagnostics = () =>
      loader.getHarnessOrNull(MatButtonHarness.with({ selector: '.diagnostics-trigger' }));
    await render();
    expect(await diagnostics()).toBeNull();
    await openLazyMenu(fixture, button('Alert settings'));
    clickMenuItem(/Show diagnostics/);
    await menuClosed(fixture);
    await fixture.whenStable();
    expect(await diagnostics()).not.toBeNull();
    fixture.destroy();
    TestBed.resetTestingModule();
    await render('supervisor');
    expect(await diagnostics()).not.toBeNull();
  });

  it('switches to the dark theme from the theme menu', async () => {
    await render();
    await openLazyMenu(fixture, button('Theme'));
    clickMenuItem(/Dark/);
    await menuClosed(fixture);
    await fixture.whenStable();
    expect(document.documentElement.classList.contains('theme-dark')).toBeTrue();
  });

  it('signs out', async () => {
    await render();
    const signOut = spyOn(TestBed.inject(AuthService), 'signOut').and.resolveTo();
    await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign out' }))).click();
    await until(() => signOut.calls.count() > 0);
    expect(signOut).toHaveBeenCalled();
  });

  it('forgets the executive’s drafts on sign-out when no other tab of theirs is open', async () => {
    await render();
    spyOn(TestBed.inject(SignedInTabs), 'othersOpen').and.resolveTo(false);
    const key = `ccc.drafts.${TestBed.inject(Session).executive()!.executive_id}`;
    localStorage.setItem(key, JSON.stringify({ chat_1: 'Half a reply' }));
    try {
      spyOn(TestBed.inject(AuthService), 'signOut').and.resolveTo();
      await (await loader.getHarness(MatButtonHarness.with({ text: 'Sign out' }))).click();
      await until(() => localStorage.getItem(key) === null);
      expect(localStorage.getItem(key)).toBeNull();
    } finally {
      localStorage.removeItem(key);
    }
  });
});
