import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideHttpClient, withInterceptors } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';

import { MemoryStorage, TEST_APP_CONFIG, testLoginResponse } from '../../core/api/api-testing';
import { StaffRole } from '../../../contract';
import { API_INTERCEPTORS } from '../../core/auth/api-interceptors';
import { SESSION_STORAGE, Session } from '../../core/auth/session';
import { APP_CONFIG } from '../../core/config/app-config-token';
import { SignInPreloading } from '../../core/routing/sign-in-preloading';
import LoginPage from './login-page';

describe('LoginPage', () => {
  let harness: RouterTestingHarness;
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
  }

  function page(): HTMLElement {
    return harness.routeNativeElement as HTMLElement;
  }

  /** The field labelled `label`, found the way a screen reader user would. */
  function field(label: string): HTMLInputElement {
    const labelElement = [...page().querySelectorAll('label')].find(
      (element) => element.textContent?.trim() === label,
    );
    return page().querySelector<HTMLInputElement>(`#${labelElement?.htmlFor}`)!;
  }

  /** The problem announced for a field through `aria-describedby`, if any. */
  function fieldError(label: string): string | null {
    const id = field(label).getAttribute('aria-describedby');
    return id ? (page().querySelector(`#${id}`)?.textContent?.trim() ?? null) : null;
  }

  async function type(input: HTMLInputElement, value: string): Promise<void> {
    input.value = value;
    input.dispatchEvent(new Event('input'));
    input.dispatchEvent(new Event('blur'));
    await harness.fixture.whenStable();
  }

  async function fill(email: string, password: string): Promise<void> {
    await type(field('Work email'), email);
    await type(field('Password'), password);
  }

  function submitButton(): HTMLButtonElement {
    return page().querySelector<HTMLButtonElement>('button[type=submit]')!;
  }

  async function submit(): Promise<void> {
    submitButton().click();
    await harness.fixture.whenStable();
  }

  function text(): string {
    return page().textContent ?? '';
  }

  function answerSignIn(role: StaffRole = 'executive'): void {
    http.expectOne(TEST_APP_CONFIG.pySmartChatV2AuthUrl).flush(testLoginResponse({ role }));
  }

  it('starts with the focus in the email field', async () => {
    await open();
    expect(document.activeElement).toBe(field('Work email'));
  });

  it('fetches the console’s code once the form is painted and the browser idle, before typing', async () => {
    const start = spyOn(TestBed.inject(SignInPreloading), 'start');
    await open();
    const idle = () => new Promise<void>((resolve) => requestIdleCallback(() => resolve()));
    await idle();
    await idle();
    expect(start).toHaveBeenCalled();
    expect(field('Work email').value).toBe('');
  });

  it('says what is missing or wrong, and sends nothing', async () => {
    await open();
    expect(fieldError('Work email')).toBeNull();
    await submit();
    expect(fieldError('Work email')).toBe('Enter your work email.');
    expect(field('Work email').getAttribute('aria-invalid')).toBe('true');
    expect(fieldError('Password')).toBe('Enter your password.');
    expect(document.activeElement).toBe(field('Work email'));
    await fill('asha', 'secret');
    expect(fieldError('Work email')).toBe('Enter an email like name@company.com.');
    expect(fieldError('Password')).toBeNull();
    expect(field('Password').getAttribute('aria-invalid')).toBe('false');
    await submit();
    http.expectNone(TEST_APP_CONFIG.pySmartChatV2AuthUrl);
  });

  it('shows and hides the password on request', async () => {
    await open();
    const toggle = page().querySelector<HTMLButtonElement>('button[aria-label="Show password"]')!;
    expect(field('Password').type).toBe('password');
    toggle.click();
    await harness.fixture.whenStable();
    expect(field('Password').type).toBe('text');
    expect(toggle.getAttribute('aria-label')).toBe('Hide password');
    expect(toggle.getAttribute('aria-pressed')).toBe('true');
  });

  it('disables the button and shows progress while signing in', async () => {
    await open();
    await fill('asha@example.test', 'secret');
    await submit();
    expect(submitButton().textContent?.trim()).toBe('Signing in…');
    expect(submitButton().disabled).toBeTrue();
    expect(page().querySelector('[role=progressbar]')?.getAttribute('aria-label')).toBe(
      'Signing in',
    );
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
    expect(submitButton().textContent?.trim()).toBe('Sign in');
    expect(submitButton().disabled).toBeFalse();
    expect(document.activeElement).toBe(field('Password'));
    expect(field('Password').selectionStart).toBe(0);
    expect(field('Password').selectionEnd).toBe('wrong'.length);
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

  it('keeps the typed password unselected after a network failure, ready to send again', async () => {
    await open();
    await fill('asha@example.test', 'secret');
    field('Password').focus();
    field('Password').setSelectionRange(6, 6);
    await submit();
    http
      .expectOne(TEST_APP_CONFIG.pySmartChatV2AuthUrl)
      .error(new ProgressEvent('error'), { status: 0, statusText: 'Unknown Error' });
    await harness.fixture.whenStable();
    expect(field('Password').value).toBe('secret');
    expect(field('Password').selectionStart).toBe(field('Password').selectionEnd);
    expect(document.activeElement).toBe(submitButton());
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
