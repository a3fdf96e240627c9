import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Router } from '@angular/router';

import { isApiError } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth-service';
import { safeReturnUrl } from '../../core/auth/return-url';
import { SESSION_EXPIRED_MESSAGE, Session } from '../../core/auth/session';
import { roleHome } from '../../core/layout/role-home';
import { PageUsable } from '../../core/platform/page-usable';
import { SignInPreloading } from '../../core/routing/sign-in-preloading';

/** Shown when sign-in fails without a message from the back end. */
export const SIGN_IN_FAILED_MESSAGE =
  'Sign-in did not work. Check your connection, then try again.';

// The address check of Angular's `Validators.email` (WHATWG-like, with the RFC length limits).
const EMAIL_PATTERN =
  /^(?=.{1,254}$)(?=.{1,64}@)[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-zA-Z0-9!#$%&'*+/=?^_`{|}~-]+)*@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/**
 * Sign-in page for executives and supervisors. Native inputs and buttons in the theme's tokens,
 * validated with signals: the first screen needs neither the forms package nor Material's
 * form-field, which would double what the page loads.
 */
@Component({
  selector: 'app-login-page',
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly preloading = inject(SignInPreloading);
  private readonly injector = inject(Injector);
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');
  private readonly submitButton = viewChild.required<ElementRef<HTMLButtonElement>>('submitButton');

  /** Where to go after signing in (`?returnUrl=`); only paths inside the console are followed. */
  readonly returnUrl = input<string | undefined>();

  protected readonly email = signal('');
  protected readonly password = signal('');
  protected readonly emailTouched = signal(false);
  protected readonly passwordTouched = signal(false);
  /** Whether the executive has tried to send the form: every field then shows its problem. */
  private readonly submitted = signal(false);
  private readonly emailProblem = computed(() => {
    const email = this.email();
    if (email === '') {
      return 'Enter your work email.';
    }
    return EMAIL_PATTERN.test(email) ? null : 'Enter an email like name@company.com.';
  });
  private readonly passwordProblem = computed(() =>
    this.password() === '' ? 'Enter your password.' : null,
  );
  protected readonly emailError = computed(() =>
    this.emailTouched() || this.submitted() ? this.emailProblem() : null,
  );
  protected readonly passwordError = computed(() =>
    this.passwordTouched() || this.submitted() ? this.passwordProblem() : null,
  );
  protected readonly signingIn = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly showPassword = signal(false);
  protected readonly expired = this.session.expiredNotice;
  protected readonly expiredText = SESSION_EXPIRED_MESSAGE;

  constructor() {
    const page = inject(PageUsable);
    afterNextRender(() => {
      this.emailInput().nativeElement.focus();
      page.mark();
    });
    // The console's code comes while the executive types, once the form is painted and the
    // browser idle: on a slow line, typing an email and a password covers most of its download.
    page.whenSettled(() => this.prefetchConsole());
  }

  /** Lets the router fetch the signed-in console's code while the form is filled in. */
  protected prefetchConsole(): void {
    this.preloading.start();
  }

  protected submit(event: Event): void {
    this.prefetchConsole();
    event.preventDefault();
    if (this.signingIn()) {
      return;
    }
    this.submitted.set(true);
    if (this.emailProblem() || this.passwordProblem()) {
      const first = this.emailProblem() ? this.emailInput() : this.passwordInput();
      first.nativeElement.focus();
      return;
    }
    const email = this.email();
    const password = this.password();
    this.error.set(null);
    this.signingIn.set(true);
    this.auth
      .signIn(email.trim(), password)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (executive) => {
          void this.router.navigateByUrl(safeReturnUrl(this.returnUrl(), roleHome(executive.role)));
        },
        error: (error: unknown) => {
          this.signingIn.set(false);
          this.error.set(isApiError(error) ? error.message : SIGN_IN_FAILED_MESSAGE);
          if (isApiError(error) && error.code === 'invalid_credentials') {
            // A wrong password is typed again from scratch.
            this.passwordInput().nativeElement.select();
          } else {
            // The password was fine; after a network failure, Enter or a click sends it again.
            afterNextRender(() => this.submitButton().nativeElement.focus(), {
              injector: this.injector,
            });
          }
        },
      });
  }
}
