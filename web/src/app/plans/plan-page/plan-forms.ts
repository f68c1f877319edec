import type { FollowUpView, PlanItemView, PlanView } from '@lederloeft/contracts';
import type { UiKey } from '../../i18n/ui-key';
import type { TranslateParams } from '../../i18n/ui-text';
import type { FormDialogData } from './form-dialog';
import { itemTitle } from './plan-format';

/** The form of a dialog, without what saving it does (the page adds that). */
export type PlanForm = Omit<FormDialogData, 'save'>;
type Translate = (key: UiKey, params?: TranslateParams) => string;

const numberText = (value: number | null) => (value === null ? '' : String(value));

/** The plan's own fields: title, period, and the budget and hours it is made for. */
export function planFieldsForm(t: Translate, plan: PlanView): PlanForm {
  const optional = t('planPage.fields.optional');
  return {
    title: t('planPage.fields.title'),
    submit: t('planPage.dialog.save'),
    fields: [
      {
        key: 'title',
        label: t('planPage.fields.name'),
        type: 'text',
        required: true,
        value: plan.title,
      },
      {
        key: 'periodStart',
        label: t('planPage.fields.start'),
        type: 'date',
        required: true,
        value: plan.periodStart,
      },
      {
        key: 'periodEnd',
        label: t('planPage.fields.end'),
        type: 'date',
        required: true,
        value: plan.periodEnd,
      },
      {
        key: 'budgetDkk',
        label: t('planPage.fields.budget'),
        type: 'number',
        value: numberText(plan.budgetDkk),
        hint: optional,
      },
      {
        key: 'hours',
        label: t('planPage.fields.hours'),
        type: 'number',
        value: numberText(plan.hours),
        hint: optional,
      },
    ],
  };
}

/** The manager's decision: a comment, optional to approve, required to return. */
export function decisionForm(t: Translate, action: 'approve' | 'return'): PlanForm {
  const approve = action === 'approve';
  return {
    title: t(approve ? 'planPage.approve.title' : 'planPage.return.title'),
    intro: t(approve ? 'planPage.approve.intro' : 'planPage.return.intro'),
    submit: t(approve ? 'plans.action.approve' : 'plans.action.return'),
    fields: [
      {
        key: 'comment',
        label: t(approve ? 'planPage.approve.comment' : 'planPage.return.comment'),
        type: 'textarea',
        required: !approve,
      },
    ],
  };
}

export function followUpForm(t: Translate, followUp: FollowUpView | null): PlanForm {
  return {
    title: t(followUp ? 'planPage.followUp.editTitle' : 'planPage.followUp.addTitle'),
    submit: t('planPage.dialog.save'),
    fields: [
      {
        key: 'date',
        label: t('planPage.followUp.date'),
        type: 'date',
        required: true,
        value: followUp?.date ?? '',
      },
      {
        key: 'note',
        label: t('planPage.followUp.note'),
        type: 'textarea',
        value: followUp?.note ?? '',
      },
    ],
  };
}

/** A reflection: "Hvad lærte jeg?" and "Hvad gør jeg nu anderledes?" (the API wants one). */
export function noteForm(t: Translate, item: PlanItemView): PlanForm {
  return {
    title: t('planPage.followUp.noteTitle', { title: itemTitle(item) }),
    submit: t('planPage.dialog.save'),
    fields: [
      { key: 'learned', label: t('planPage.followUp.learned'), type: 'textarea' },
      { key: 'changed', label: t('planPage.followUp.changed'), type: 'textarea' },
    ],
  };
}

/** Marking an item done needs evidence. */
export function doneForm(t: Translate, item: PlanItemView): PlanForm {
  return {
    title: t('planPage.followUp.doneTitle', { title: itemTitle(item) }),
    intro: t('planPage.followUp.doneIntro'),
    submit: t('planPage.followUp.markDone'),
    fields: [
      {
        key: 'evidence',
        label: t('planPage.followUp.evidence'),
        type: 'textarea',
        required: true,
        value: item.doneEvidence ?? '',
      },
    ],
  };
}
