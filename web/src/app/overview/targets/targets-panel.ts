import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import type { CoverageOverview, CoverageTargetView } from '@lederloeft/contracts';
import { shortDate } from '../data-access/dates';
import { toRequestFailure } from '../../http/api-error';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { overviewFailureText } from '../data-access/overview-failure';
import { OverviewStore } from '../data-access/overview-store';
import { REASON_KEYS, valueText } from '../heatmap/cell-display';

export const TARGET_STATUS_KEYS: Record<CoverageTargetView['status'], UiKey> = {
  reached: 'overview.targets.status.reached',
  'on-track': 'overview.targets.status.onTrack',
  'off-track': 'overview.targets.status.offTrack',
  unknown: 'overview.targets.status.unknown',
  overdue: 'overview.targets.status.overdue',
};

/**
 * The director's targets for the unit and its sub-units ("80 % meet target in hedekraft
 * by 31.12.2027"): where each stands and whether the plans that end by then reach it; and,
 * for those who may, a form to set, change or remove the unit's targets.
 */
@Component({
  selector: 'll-targets-panel',
  imports: [ReactiveFormsModule, MatButton, LocalizedPipe, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './targets-panel.html',
  styleUrls: ['../../administration/admin-table.scss', './targets-panel.scss'],
})
export class TargetsPanel {
  readonly overview = input.required<CoverageOverview>();
  private readonly store = inject(OverviewStore);
  private readonly language = inject(LanguageService);

  protected readonly editing = signal(false);
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'status' | 'error'; text: string } | null>(null);
  protected readonly statusKeys = TARGET_STATUS_KEYS;
  protected readonly form = new FormGroup({
    competencyKey: new FormControl('', { nonNullable: true, validators: Validators.required }),
    targetPercent: new FormControl<number | null>(80, [
      Validators.required,
      Validators.min(1),
      Validators.max(100),
    ]),
    dueDate: new FormControl('', { nonNullable: true, validators: Validators.required }),
    note: new FormControl('', { nonNullable: true }),
  });

  protected readonly rows = computed(() => {
    const o = this.overview();
    const lang = this.language.lang();
    const figure = (v: CoverageTargetView['current']) =>
      v.shown
        ? valueText('met', v.value, lang)
        : this.language.t(REASON_KEYS[v.reason], { min: o.minGroupSize });
    return o.targets.map((t) => ({
      target: t,
      competency: o.competencies.find((c) => c.key === t.competencyKey)?.title ?? null,
      goal: this.language.t('overview.targets.goal', {
        percent: t.targetPercent,
        date: shortDate(t.dueDate),
      }),
      current: figure(t.current),
      projected: figure(t.projectedByDue),
      own: t.orgUnit.id === o.unit.orgUnit.id,
    }));
  });

  protected open(target?: CoverageTargetView): void {
    this.message.set(null);
    this.form.reset({
      competencyKey: target?.competencyKey ?? this.overview().competencies[0]?.key ?? '',
      targetPercent: target?.targetPercent ?? 80,
      dueDate: target?.dueDate ?? `${new Date().getFullYear() + 1}-12-31`,
      note: target?.note ?? '',
    });
    this.editing.set(true);
  }

  protected async save(): Promise<void> {
    this.form.markAllAsTouched();
    if (this.form.invalid || this.busy()) return;
    const value = this.form.getRawValue();
    this.busy.set(true);
    try {
      await this.store.saveTarget(value.competencyKey, {
        targetPercent: Number(value.targetPercent),
        dueDate: value.dueDate,
        note: value.note.trim() || null,
      });
      this.editing.set(false);
      this.message.set({ kind: 'status', text: this.language.t('overview.targets.saved') });
    } catch (error: unknown) {
      this.message.set({
        kind: 'error',
        text: overviewFailureText(toRequestFailure(error), this.language),
      });
    } finally {
      this.busy.set(false);
    }
  }

  protected async remove(target: CoverageTargetView): Promise<void> {
    this.busy.set(true);
    try {
      await this.store.removeTarget(target.orgUnit.id, target.competencyKey);
      this.message.set({ kind: 'status', text: this.language.t('overview.targets.removed') });
    } catch (error: unknown) {
      this.message.set({
        kind: 'error',
        text: overviewFailureText(toRequestFailure(error), this.language),
      });
    } finally {
      this.busy.set(false);
    }
  }
}
