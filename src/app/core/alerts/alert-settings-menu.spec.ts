import { ComponentFixture, TestBed } from '@angular/core/testing';

import { testLoginResponse } from '../api/api-testing';
import { Session } from '../auth/session';
import { FakeChatGateway } from '../../testing/fake-chat-gateway';
import { provideShellTesting } from '../../testing/shell-testing';
import { AlertSound } from '../platform/alert-sound';
import { AlertStore } from './alert-store';
import { AlertSettingsMenu } from './alert-settings-menu';

describe('AlertSettingsMenu', () => {
  let fixture: ComponentFixture<AlertSettingsMenu>;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AlertSettingsMenu],
      providers: provideShellTesting(new FakeChatGateway()),
    });
    // Menus load on first use (@defer): their metadata resolves here.
    await TestBed.compileComponents();
    spyOn(TestBed.inject(AlertSound), 'unlock');
    TestBed.inject(Session).signIn(testLoginResponse());
    fixture = TestBed.createComponent(AlertSettingsMenu);
    await fixture.whenStable();
  });

  afterEach(() => fixture.destroy());

  function muteButton(): HTMLButtonElement {
    return fixture.nativeElement.querySelector('[data-setting="mute"]');
  }

  it('offers a one-click mute while the new-chat sound is on, as it is by default', async () => {
    expect(TestBed.inject(AlertStore).settings().sound).toBeTrue();
    expect(muteButton().getAttribute('aria-label')).toBe('Mute new-chat sound');
    expect(muteButton().getAttribute('aria-pressed')).toBe('false');

    muteButton().click();
    await fixture.whenStable();
    expect(TestBed.inject(AlertStore).settings().sound).toBeFalse();
    expect(muteButton().getAttribute('aria-label')).toBe('Unmute new-chat sound');
    expect(muteButton().getAttribute('aria-pressed')).toBe('true');
    expect(muteButton().textContent).toContain('volume_off');
  });
});
