import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UnitOption } from '../interpretations/unit-scope';
import type { RolesForm } from './roles-form';

/** The granted roles of an account: HR, Administrator and Direktør with the unit they oversee. */
@Component({
  selector: 'll-roles-fieldset',
  imports: [
    ReactiveFormsModule,
    MatCheckbox,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    TranslatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="roles" [formGroup]="form()">
      <legend>{{ 'admin.accounts.roles.legend' | t }}</legend>
      <p class="ll-meta">{{ 'admin.accounts.roles.hint' | t }}</p>
      <mat-checkbox formControlName="hr" [id]="idPrefix() + '-hr'">
        {{ 'admin.accounts.role.hr' | t }}
      </mat-checkbox>
      <mat-checkbox formControlName="admin" [id]="idPrefix() + '-admin'">
        {{ 'admin.accounts.role.admin' | t }}
      </mat-checkbox>
      <mat-checkbox
        formControlName="director"
        [id]="idPrefix() + '-director'"
        (change)="form().controls.scope.updateValueAndValidity()"
      >
        {{ 'admin.accounts.role.director' | t }}
      </mat-checkbox>
      @if (form().controls.director.value) {
        <mat-form-field appearance="outline" class="roles__scope">
          <mat-label>{{ 'admin.accounts.scope.label' | t }}</mat-label>
          <select matNativeControl required formControlName="scope" [id]="idPrefix() + '-scope'">
            <option value="">{{ 'admin.accounts.scope.choose' | t }}</option>
            @for (option of units(); track option.unit.id) {
              <option [value]="option.unit.id">
                {{ label(option) }}
              </option>
            }
          </select>
          <mat-hint>{{ 'admin.accounts.scope.hint' | t }}</mat-hint>
          <mat-error>{{ 'admin.accounts.scope.required' | t }}</mat-error>
        </mat-form-field>
      }
    </fieldset>
  `,
  styles: `
    .roles {
      display: grid;
      justify-items: start;
      gap: 0.25rem;
      margin: 0 0 1rem;
      padding: 0;
      border: 0;
    }
    legend {
      font: var(--mat-sys-title-small);
      font-weight: 700;
    }
    .roles__scope {
      width: min(100%, 28rem);
      margin-top: 0.5rem;
    }
  `,
})
export class RolesFieldset {
  readonly form = input.required<RolesForm>();
  /** Makes the ids unique when the page shows more than one fieldset. */
  readonly idPrefix = input.required<string>();
  readonly units = input.required<readonly UnitOption[]>();

  /** Indents a unit below its parent with no-break spaces (a native select shows no tree). */
  protected label(option: UnitOption): string {
    return `${'\u00a0\u00a0'.repeat(option.depth)}${option.unit.name}`;
  }
}
