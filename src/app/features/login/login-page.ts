import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton, MatIconButton } from '@angular/material/button';
import {
  MatCard,
  MatCardContent,
  MatCardHeader,
  MatCardSubtitle,
  MatCardTitle,
} from '@angular/material/card';
import { MatError, MatFormField, MatLabel, MatSuffix } from '@angular/material/form-field';
import { MatIcon } from '@angular/material/icon';
import { MatInput } from '@angular/material/input';
import { MatProgressBar } from '@angular/material/progress-bar';
import { Router } from '@angular/router';

import { isApiError } from '../../core/api/api-error';
import { AuthService } from '../../core/auth/auth-service';
import { safeReturnUrl } from '../../core/auth/return-url';
import { SESSION_EXPIRED_MESSAGE, Session } from '../../core/auth/session';
import { roleHome } from '../../core/layout/role-home';

/** Shown when sign-in fails without a message from the back end. */
export const SIGN_IN_FAILED_MESSAGE =
  'Sign-in did not work. Check your connection, then try again.';

/** Sign-in page for executives and supervisors. */
@Component({
  selector: 'app-login-page',
  imports: [
    MatButton,
    MatCard,
    MatCardContent,
    MatCardHeader,
    MatCardSubtitle,
    MatCardTitle,
    MatError,
    MatFormField,
    MatIcon,
    MatIconButton,
    MatInput,
    MatLabel,
    MatProgressBar,
    MatSuffix,
    ReactiveFormsModule,
  ],
  templateUrl: './login-page.html',
  styleUrl: './login-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export default class LoginPage {
  private readonly auth = inject(AuthService);
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly destroyRef = inject(DestroyRef);
  private readonly emailInput = viewChild.required<ElementRef<HTMLInputElement>>('emailInput');
  private readonly passwordInput =
    viewChild.required<ElementRef<HTMLInputElement>>('passwordInput');

  /** Where to go after signing in (`?returnUrl=`); only paths inside the console are followed. */
  readonly returnUrl = input<string | undefined>();

  protected readonly form = inject(NonNullableFormBuilder).group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });
  protected readonly signingIn = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly showPassword = signal(false);
  protected readonly expired = this.session.expiredNotice;
  protected readonly expiredText = SESSION_EXPIRED_MESSAGE;

  constructor() {
    afterNextRender(() => this.emailInput().nativeElement.focus());
  }

  protected submit(): void {
    if (this.signingIn()) {
      return;
    }
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      const first = this.form.controls.email.invalid ? this.emailInput() : this.passwordInput();
      first.nativeElement.focus();
      return;
    }
    const { email, password } = this.form.getRawValue();
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
          this.passwordInput().nativeElement.select();
        },
      });
  }
}
