import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  inject,
  input,
} from '@angular/core';
import type { AbstractControl } from '@angular/forms';
import type { LanguageService } from '../../i18n/language.service';
import type { UiKey } from '../../i18n/ui-key';
import { type AdminFailure, failureMessage } from '../data-access/admin-failure';

/** A refused write as a form shows it: one sentence, then each field's problem. */
export interface FormProblem {
  text: string;
  fields: { label: string | null; message: string }[];
}

/**
 * Turns a failed write into what the form says: `failureKey` ("Lederen blev ikke gemt."),
 * then the API's (Danish) problems per field, named by their labels; without field
 * problems, the API's message or our own text for the kind of failure.
 */
export function formProblem(
  failure: AdminFailure,
  failureKey: UiKey,
  labels: Readonly<Record<string, UiKey>>,
  language: LanguageService,
): FormProblem {
  const known = language.lang() === 'da' ? failure.details : [];
  if (!known.length) {
    return { text: `${language.t(failureKey)} ${failureMessage(failure, language)}`, fields: [] };
  }
  return {
    text: language.t(failureKey),
    fields: known.map((d) => ({
      label: labels[d.path] ? language.t(labels[d.path]) : null,
      message: d.message,
    })),
  };
}

/** Puts the API's per-field problems on the form's controls, so each shows next to its field. */
export function markServerErrors(
  failure: AdminFailure,
  controls: Readonly<Record<string, AbstractControl>>,
): void {
  for (const detail of failure.details) {
    const control = controls[detail.path];
    if (control) {
      control.setErrors({ ...control.errors, server: detail.message });
      control.markAsTouched();
    }
  }
}

/** The problem of a refused write, focused when it appears so screen readers say it. */
@Component({
  selector: 'll-form-problem',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'll-error-summary',
    role: 'alert',
    tabindex: '-1',
    'data-testid': 'form-problem',
  },
  template: `
    <p>{{ problem().text }}</p>
    @if (problem().fields.length) {
      <ul>
        @for (field of problem().fields; track $index) {
          <li>
            @if (field.label) {
              <strong>{{ field.label }}:</strong>
            }
            {{ field.message }}
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
    }
  `,
})
export class FormProblemAlert {
  readonly problem = input.required<FormProblem>();

  constructor() {
    const host = inject<ElementRef<HTMLElement>>(ElementRef);
    afterNextRender(() => host.nativeElement.focus());
  }
}
