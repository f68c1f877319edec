import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatError, MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Router, RouterLink } from '@angular/router';
import { type RequestFailure, apiMessageFor } from '../../http/api-error';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { AuthStore } from '../data-access/auth-store';
import { DEFAULT_RETURN_URL, safeReturnUrl } from '../return-url';

type Field = 'email' | 'password';

/** One line of the error summary; a field error links to its field. */
interface SummaryItem {
  text: string;
  field: Field | null;
}

const FIELD_IDS: Record<Field, string> = { email: 'sign-in-email', password: 'sign-in-password' };

/** "Log ind": e-mail and password; afterwards back to where the person was going. */
@Component({
  selector: 'll-sign-in-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatError,
    MatFormField,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './sign-in-page.html',
  styleUrl: './sign-in-page.scss',
})
export class SignInPage {
  /** Query parameter `?returnUrl=`, bound by `withComponentInputBinding()`. */
  readonly returnUrl = input<string | undefined>();

  protected readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly summary = viewChild<ElementRef<HTMLElement>>('summary');

  protected readonly fieldIds = FIELD_IDS;
  protected readonly defaultReturnUrl = DEFAULT_RETURN_URL;
  protected readonly busy = signal(false);
  /** Kept as the failure, not as text, so the summary follows a language switch. */
  private readonly failure = signal<RequestFailure | null>(null);
  private readonly showFieldErrors = signal(false);

  protected readonly form = inject(FormBuilder).nonNullable.group({
    email: ['', [Validators.required, Validators.email]],
    password: ['', Validators.required],
  });

  protected summaryItems(): SummaryItem[] {
    const failure = this.failure();
    if (failure) {
      return [{ text: this.failureText(failure), field: null }];
    }
    if (!this.showFieldErrors()) {
      return [];
    }
    return (['email', 'password'] as const)
      .map((field) => ({ field, key: this.fieldError(field) }))
      .filter((item): item is { field: Field; key: UiKey } => item.key !== null)
      .map(({ field, key }) => ({ field, text: this.language.t(key) }));
  }

  /** The message for a field, or null when it is valid. */
  protected fieldError(field: Field): UiKey | null {
    const control = this.form.controls[field];
    if (control.hasError('required')) {
      return field === 'email' ? 'auth.error.emailRequired' : 'auth.error.passwordRequired';
    }
    return control.hasError('email') ? 'auth.error.emailInvalid' : null;
  }

  protected async submit(): Promise<void> {
    if (this.busy()) {
      return;
    }
    this.failure.set(null);
    this.showFieldErrors.set(false);
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.showFieldErrors.set(true);
      this.focusSummary();
      return;
    }
    this.busy.set(true);
    const { email, password } = this.form.getRawValue();
    const result = await this.auth.login({ email: email.trim(), password });
    if (result.ok) {
      await this.router.navigateByUrl(safeReturnUrl(this.returnUrl()));
      this.busy.set(false);
      return;
    }
    this.busy.set(false);
    this.failure.set(result.failure);
    this.focusSummary();
  }

  /** Summary links move focus to their field (a plain "#id" link would follow the base href). */
  protected focusField(event: Event, field: Field): void {
    event.preventDefault();
    this.document.getElementById(FIELD_IDS[field])?.focus();
  }

  private failureText(failure: RequestFailure): string {
    const fromApi = apiMessageFor(failure, this.language.lang());
    if (fromApi) {
      return fromApi;
    }
    const key: UiKey =
      failure.status === 401
        ? 'auth.error.wrongCredentials'
        : failure.status === 429
          ? 'auth.error.tooManyAttempts'
          : failure.status === 400
            ? 'auth.error.invalid'
            : 'auth.error.unavailable';
    return this.language.t(key);
  }

  private focusSummary(): void {
    afterNextRender(() => this.summary()?.nativeElement.focus(), { injector: this.injector });
  }
}
