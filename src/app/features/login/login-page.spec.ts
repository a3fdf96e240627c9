import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { HarnessLoader } from '@angular/cdk/testing';
import { TestbedHarnessEnvironment } from '@angular/cdk/testing/testbed';
import { TestBed } from '@angular/core/testing';
import { MatButtonHarness } from '@angular/material/button/testing';
import { MatFormFieldHarness } from '@angular/material/form-field/testing';
import { MatInputHarness } from '@angular/material/input/testing';
import { MatProgressBarHarness } from '@angular/material/progress-bar/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { MemoryStorage, TEST_APP_CONFIG, testLoginResponse } from '../../core/api/api-testing';
import { StaffRole } from '../../core/api/models';
import { API_INTERCEPTORS } from '../../core/auth/api-interceptors';
import { SESSION_STORAGE, Session } from '../../core/auth/session';
import { APP_CONFIG } from '../../core/config/app-config-token';
import LoginPage from './login-page';

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
  let loader: HarnessLoader;
  let http: HttpTestingController;
  let router: Router;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(withInterceptors([...API_INTERCEPTORS])),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'login', component: LoginPage },
            { path: '**', children: [] },
          ],
          withComponentInputBinding(),
        ),
        { provide: APP_CONFIG, useValue: TEST_APP_CONFIG },
        { provide: SESSION_STORAGE, useValue: new MemoryStorage() },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  async function open(url = '/login'): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, LoginPage);
    loader = TestbedHarnessEnvironment.loader(harness.fixture);
  }

  async function fill(email: string, password: string): Promise<void> {
    const [emailInput, passwordInput] = await loader.getAllHarnesses(MatInputHarness);
    await emailInput.setValue(email);
    await passwordInput.setValue(password);
  }

  async function submit(): Promise<void> {
    const button = await loader.getHarness(MatButtonHarness.with({ text: /Sign in/ }));
    await button.click();
  }

  function text(): string {
    return (harness.routeNativeElement as HTMLElement).textContent ?? '';
  }

  function answerSignIn(role: StaffRole = 'executive'): void {
    http.expectOne(TEST_APP_CONFIG.pySmartChatV2AuthUrl).flush(testLoginResponse({ role }));
  }

  it('starts with the focus in the email field', async () => {
    await open();
    expect(document.activeElement?.getAttribute('formControlName')).toBe('email');
  });

  it('says what is missing or wrong, and sends nothing', async () => {
    await open();
    await submit();
    const fields = await loader.getAllHarnesses(MatFormFieldHarness);
    expect(await fields[0].getTextErrors()).toEqual(['Enter your work email.']);
    expect(await fields[1].getTextErrors()).toEqual(['Enter your password.']);
    await fill('asha', 'secret');
    expect(await fields[0].getTextErrors()).toEqual(['Enter an email like name@company.com.']);
    await submit();
    http.expectNone(TEST_APP_CONFIG.pySmartChatV2AuthUrl);
  });

  it('disables the button and shows progress while signing in', async () => {
    await open();
    await fill('asha@example.test', 'secret');
    await submit();
    const button = await loader.getHarness(MatButtonHarness.with({ text: /Signing in/ }));
    expect(await button.isDisabled()).toBeTrue();
    expect(await loader.getHarnessOrNull(MatProgressBarHarness)).not.toBeNull();
    const request = http.expectOne(TEST_APP_CONFIG.pySmartChatV2AuthUrl);
    expect(request.request.body).toEqual({ email: 'asha@example.test', password: 'secret' });
    request.flush(testLoginResponse());
  });

  it('shows a wrong password in the alert region and lets the executive try again', async () => {
    await open();
    await fill('asha@example.test', 'wrong');
    await submit();
    http
      .expectOne(TEST_APP_CONFIG.pySmartChatV2AuthUrl)
      .flush(null, { status: 401, statusText: 'Unauthorized' });
    await harness.fixture.whenStable();
    const alert = harness.routeNativeElement!.querySelector('[role=alert]');
    expect(alert?.textContent).toContain('That email and password do not match');
    const button = await loader.getHarness(MatButtonHarness.with({ text: 'Sign in' }));
    expect(await button.isDisabled()).toBeFalse();
  });

  it('says so when the back end cannot be reached', async () => {
    await open();
    await fill('asha@example.test', 'secret');
    await submit();
    http
      .expectOne(TEST_APP_CONFIG.pySmartChatV2AuthUrl)
      .error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await harness.fixture.whenStable();
    expect(harness.routeNativeElement!.querySelector('[role=alert]')?.textContent).toContain(
      "can't be reached",
    );
  });

  it('goes on to the page the executive came from', async () => {
    await open('/login?returnUrl=%2Fchats%2Fc9');
    await fill('asha@example.test', 'secret');
    await submit();
    answerSignIn();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/chats/c9');
  });

  it('refuses a return address outside the console and goes to the role’s page', async () => {
    await open('/login?returnUrl=%2F%2Fevil.example');
    await fill('sup@example.test', 'secret');
    await submit();
    answerSignIn('supervisor');
    await harness.fixture.whenStable();
    expect(router.url).toBe('/dashboard');
  });

  it('lands an executive without a return address on their chats', async () => {
    await open();
    await fill('asha@example.test', 'secret');
    await submit();
    answerSignIn();
    await harness.fixture.whenStable();
    expect(router.url).toBe('/chats');
  });

  it('explains that the session expired', async () => {
    TestBed.inject(Session).expire();
    await open('/login?returnUrl=%2Fchats');
    expect(text()).toContain('Your session expired. Sign in again.');
  });

  it('does not mention an expired session after a normal sign-out', async () => {
    await open();
    expect(text()).not.toContain('Your session expired');
  });
});
