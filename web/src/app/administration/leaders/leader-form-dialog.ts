import { ChangeDetectionStrategy, Component, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import {
  type AbstractControl,
  FormControl,
  FormGroup,
  ReactiveFormsModule,
  Validators,
} from '@angular/forms';
import { MatAutocomplete, MatAutocompleteTrigger, MatOption } from '@angular/material/autocomplete';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import type { CreateLeaderRequest, LeaderAdminView, LeaderLevelView } from '@lederloeft/contracts';
import { Subject, debounceTime, distinctUntilChanged, from, switchMap } from 'rxjs';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import type { WriteOutcome } from '../data-access/leaders-admin-store';
import type { UnitOption } from '../interpretations/unit-scope';
import {
  type FormProblem,
  FormProblemAlert,
  formProblem,
  markServerErrors,
} from '../layout/form-problem';

/** A manager as the picker holds it once chosen. */
export interface ManagerChoice {
  id: string;
  name: string;
}

export interface LeaderFormData {
  /** The leader to edit, or null for a new one. */
  leader: LeaderAdminView | null;
  units: readonly UnitOption[];
  levels: readonly LeaderLevelView[];
  /** Leaders matching a search, for the manager picker. */
  suggest: (q: string) => Promise<LeaderAdminView[]>;
  save: (request: CreateLeaderRequest) => Promise<WriteOutcome<LeaderAdminView>>;
}

export const LEADER_FIELD_LABELS: Readonly<Record<string, UiKey>> = {
  name: 'admin.leaders.field.name',
  email: 'admin.leaders.field.email',
  title: 'admin.leaders.field.title',
  levelKey: 'admin.leaders.field.level',
  orgUnitId: 'admin.leaders.field.unit',
  managerId: 'admin.leaders.field.manager',
  employeeId: 'admin.leaders.field.employeeId',
  startDate: 'admin.leaders.field.startDate',
  active: 'admin.leaders.field.active',
};

function notBlank(control: AbstractControl<string>): { required: true } | null {
  return control.value.trim() ? null : { required: true };
}

/** Text typed in the manager field must end as a leader chosen from the list (or be cleared). */
function chosenFromList(
  control: AbstractControl<string | ManagerChoice>,
): { notChosen: true } | null {
  return typeof control.value === 'string' && control.value.trim() ? { notChosen: true } : null;
}

function leaderForm() {
  return new FormGroup({
    name: new FormControl('', { nonNullable: true, validators: [notBlank] }),
    email: new FormControl('', { nonNullable: true, validators: [notBlank, Validators.email] }),
    title: new FormControl('', { nonNullable: true, validators: [notBlank] }),
    levelKey: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    orgUnitId: new FormControl('', { nonNullable: true, validators: [Validators.required] }),
    manager: new FormControl<string | ManagerChoice>('', {
      nonNullable: true,
      validators: [chosenFromList],
    }),
    employeeId: new FormControl('', { nonNullable: true }),
    startDate: new FormControl('', { nonNullable: true }),
    active: new FormControl(true, { nonNullable: true }),
  });
}
type LeaderField = keyof ReturnType<typeof leaderForm>['controls'];

/** "Opret leder" / "Redigér leder": every field of a leader, with the API's problems beside them. */
@Component({
  selector: 'll-leader-form-dialog',
  imports: [
    ReactiveFormsModule,
    MatAutocomplete,
    MatAutocompleteTrigger,
    MatButton,
    MatCheckbox,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatError,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatOption,
    LocalizedPipe,
    TranslatePipe,
    FormProblemAlert,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './leader-form-dialog.scss',
  template: `
    <h2 mat-dialog-title>
      {{
        data.leader
          ? ('admin.leaders.form.editTitle' | t: { name: data.leader.name })
          : ('admin.leaders.form.createTitle' | t)
      }}
    </h2>
    <form novalidate [formGroup]="form" (ngSubmit)="submit()">
      <mat-dialog-content>
        @if (problem(); as problem) {
          <ll-form-problem [problem]="problem" />
        }
        <div class="leader-form">
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.leaders.field.name' | t }}</mat-label>
            <input matInput required id="leader-name" autocomplete="off" formControlName="name" />
            <mat-error>{{ error('name', 'admin.leaders.form.nameRequired') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.leaders.field.email' | t }}</mat-label>
            <input
              matInput
              required
              type="email"
              id="leader-email"
              autocomplete="off"
              formControlName="email"
            />
            <mat-error>{{ error('email', 'admin.leaders.form.emailInvalid') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.leaders.field.title' | t }}</mat-label>
            <input matInput required id="leader-title" autocomplete="off" formControlName="title" />
            <mat-error>{{ error('title', 'admin.leaders.form.titleRequired') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.leaders.field.level' | t }}</mat-label>
            <select matNativeControl required id="leader-level" formControlName="levelKey">
              <option value="">{{ 'admin.leaders.form.chooseLevel' | t }}</option>
              @for (level of data.levels; track level.key) {
                <option [value]="level.key">{{ level.name | localized }}</option>
              }
            </select>
            <mat-error>{{ error('levelKey', 'admin.leaders.form.levelRequired') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="leader-form__wide">
            <mat-label>{{ 'admin.leaders.field.unit' | t }}</mat-label>
            <select matNativeControl required id="leader-unit" formControlName="orgUnitId">
              <option value="">{{ 'admin.leaders.form.chooseUnit' | t }}</option>
              @for (option of data.units; track option.unit.id) {
                <option [value]="option.unit.id">{{ unitLabel(option) }}</option>
              }
            </select>
            <mat-error>{{ error('orgUnitId', 'admin.leaders.form.unitRequired') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline" class="leader-form__wide">
            <mat-label>{{ 'admin.leaders.field.manager' | t }}</mat-label>
            <input
              #managerInput
              matInput
              type="search"
              id="leader-manager"
              autocomplete="off"
              formControlName="manager"
              [matAutocomplete]="managerList"
              (input)="searchManagers(managerInput.value)"
            />
            <mat-autocomplete
              #managerList="matAutocomplete"
              [displayWith]="managerName"
              (optionSelected)="form.controls.manager.markAsTouched()"
            >
              @for (option of suggestions(); track option.id) {
                <mat-option [value]="option">
                  <span class="leader-form__option-name">{{ option.name }}</span>
                  <span class="leader-form__option-meta"
                    >{{ option.title }}, {{ option.orgUnit.name }}</span
                  >
                </mat-option>
              }
            </mat-autocomplete>
            <mat-hint>{{ 'admin.leaders.form.managerHint' | t }}</mat-hint>
            <mat-error>{{ error('manager', 'admin.leaders.form.managerNotChosen') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.leaders.field.employeeId' | t }}</mat-label>
            <input
              matInput
              id="leader-employee-id"
              autocomplete="off"
              formControlName="employeeId"
            />
            <mat-hint>{{ 'admin.leaders.form.employeeIdHint' | t }}</mat-hint>
            <mat-error>{{ error('employeeId') }}</mat-error>
          </mat-form-field>
          <mat-form-field appearance="outline">
            <mat-label>{{ 'admin.leaders.field.startDate' | t }}</mat-label>
            <input matInput type="date" id="leader-start-date" formControlName="startDate" />
            <mat-error>{{ error('startDate') }}</mat-error>
          </mat-form-field>
          <div class="leader-form__wide">
            <mat-checkbox id="leader-active" formControlName="active">
              {{ 'admin.leaders.field.active' | t }}
            </mat-checkbox>
            <p class="ll-meta leader-form__note">{{ 'admin.leaders.form.activeHint' | t }}</p>
          </div>
        </div>
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button matButton type="button" (click)="dialogRef.close()">
          {{ 'admin.leaders.cancel' | t }}
        </button>
        <button matButton="filled" type="submit" disabledInteractive [disabled]="busy()">
          {{ (data.leader ? 'admin.leaders.form.save' : 'admin.leaders.form.create') | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
})
export class LeaderFormDialog {
  protected readonly data = inject<LeaderFormData>(MAT_DIALOG_DATA);
  protected readonly dialogRef =
    inject<MatDialogRef<LeaderFormDialog, LeaderAdminView>>(MatDialogRef);
  private readonly language = inject(LanguageService);

  protected readonly busy = signal(false);
  protected readonly problem = signal<FormProblem | null>(null);
  protected readonly suggestions = signal<LeaderAdminView[]>([]);
  private readonly searches = new Subject<string>();

  protected readonly form = leaderForm();

  constructor() {
    const leader = this.data.leader;
    if (leader) {
      this.form.setValue({
        name: leader.name,
        email: leader.email,
        title: leader.title,
        levelKey: leader.levelKey,
        orgUnitId: leader.orgUnit.id,
        manager: leader.manager ?? '',
        employeeId: leader.employeeId ?? '',
        startDate: leader.startDate ?? '',
        active: leader.active,
      });
    }
    this.searches
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((q) => from(this.data.suggest(q))),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((found) => this.suggestions.set(found.filter((l) => l.id !== leader?.id)));
  }

  protected readonly managerName = (value: string | ManagerChoice | null): string =>
    typeof value === 'string' ? value : (value?.name ?? '');

  protected searchManagers(q: string): void {
    this.searches.next(q);
  }

  /** Indents a unit below its parent with no-break spaces (a native select shows no tree). */
  protected unitLabel(option: UnitOption): string {
    return `${'\u00a0\u00a0'.repeat(option.depth)}${option.unit.name}`;
  }

  /** The API's message for the field if it sent one, else our own text for the rule broken. */
  protected error(field: LeaderField, own?: UiKey): string {
    const server: unknown = this.form.controls[field].errors?.['server'];
    if (typeof server === 'string') {
      return server;
    }
    return own ? this.language.t(own) : '';
  }

  protected async submit(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.busy() || this.form.invalid) {
      return;
    }
    const v = this.form.getRawValue();
    this.busy.set(true);
    this.problem.set(null);
    const outcome = await this.data.save({
      name: v.name.trim(),
      email: v.email.trim(),
      title: v.title.trim(),
      levelKey: v.levelKey,
      orgUnitId: v.orgUnitId,
      managerId: typeof v.manager === 'string' ? null : v.manager.id,
      employeeId: v.employeeId.trim() || null,
      startDate: v.startDate || null,
      active: v.active,
    });
    this.busy.set(false);
    if (outcome.ok) {
      this.dialogRef.close(outcome.value);
      return;
    }
    const failureKey = this.data.leader ? 'admin.leaders.notSaved' : 'admin.leaders.notCreated';
    this.problem.set(formProblem(outcome.failure, failureKey, LEADER_FIELD_LABELS, this.language));
    const c = this.form.controls;
    markServerErrors(outcome.failure, { ...c, managerId: c.manager, levelKey: c.levelKey });
  }
}
