import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton, MatIconButton } from '@angular/material/button';
import { MatDialog, type MatDialogConfig } from '@angular/material/dialog';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { RouterLink } from '@angular/router';
import type { PlanAction, PlanItemView, SmartGoalView, FollowUpView } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { failureMessage } from '../../administration/data-access/admin-failure';
import { AuthStore } from '../../auth/data-access/auth-store';
import { formatDate, parseDecimal } from '../../catalogue/data-access/offer-format';
import { ConfirmDialog, type ConfirmData } from '../../catalogue/offer/confirm-dialog';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import type { TranslateParams } from '../../i18n/ui-text';
import { LeaderApi } from '../../my-development/data-access/leader-api';
import { PageTitleService } from '../../shell/page-title.service';
import { paragraphs } from '../../text/paragraphs';
import { planCalendarUrl, planPdfUrl } from '../data-access/plans-api';
import { FormDialog, type FormDialogData } from './form-dialog';
import { GoalDialog, type GoalDialogData } from './goal-dialog';
import { ItemDialog, type ItemDialogData } from './item-dialog';
import { ACTION_DONE, ACTION_LABELS, STATUS_LABELS, itemGroup, itemTitle } from './plan-format';
import { decisionForm, doneForm, followUpForm, noteForm, planFieldsForm } from './plan-forms';
import { PlanFollowUpSection } from './plan-follow-up-section';
import { type PlanTexts, goalRows, itemGroups, planMeters } from './plan-view-model';
import { PlanHistorySection } from './plan-history-section';
import { PlanPageStore, type PlanOutcome } from './plan-page-store';

interface Feedback {
  kind: 'success' | 'error';
  /** Translated in the template, so a language switch changes it too. */
  key: UiKey;
  /** The reason of a failure (the API's Danish message, or our own text). */
  reason?: string;
  /** The API's list of problems, e.g. what stops a submission. */
  details?: string[];
}
interface FoundationState {
  status: 'loading' | 'loaded' | 'unavailable';
  paragraphs: string[];
}

const DIALOG_WIDTH = 'min(40rem, calc(100vw - 2rem))';
/** Actions that change the plan for good: asked before they happen. */
const CONFIRMED: Partial<Record<PlanAction, { title: UiKey; text: UiKey }>> = {
  cancel: { title: 'planPage.cancel.title', text: 'planPage.cancel.text' },
  complete: { title: 'planPage.complete.title', text: 'planPage.complete.text' },
};

/**
 * One development plan (`/planer/:planId`): the same page for the leader (edit, follow up),
 * the managers above (review; the direct manager approves or returns) and follow-up. What
 * each person may do comes from `plan.permissions`; the API checks every call again.
 */
@Component({
  selector: 'll-plan-page',
  imports: [
    MatButton,
    MatIconButton,
    MatProgressSpinner,
    RouterLink,
    TranslatePipe,
    PlanFollowUpSection,
    PlanHistorySection,
  ],
  providers: [PlanPageStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './plan-page.html',
  styleUrl: './plan-page.scss',
})
export class PlanPage {
  /** Route parameter `:planId`, bound by `withComponentInputBinding()`. */
  readonly planId = input.required<string>();

  protected readonly store = inject(PlanPageStore);
  protected readonly framework = inject(FrameworkStore);
  protected readonly language = inject(LanguageService);
  private readonly auth = inject(AuthStore);
  private readonly leaders = inject(LeaderApi);
  private readonly dialog = inject(MatDialog);
  private readonly pageTitle = inject(PageTitleService);
  private readonly injector = inject(Injector);
  private readonly feedbackBox = viewChild<ElementRef<HTMLElement>>('feedbackBox');

  protected readonly feedback = signal<Feedback | null>(null);
  protected readonly foundation = signal<FoundationState>({ status: 'loading', paragraphs: [] });
  protected readonly statusLabels = STATUS_LABELS;
  protected readonly actionLabels = ACTION_LABELS;
  protected readonly formatDate = formatDate;
  private readonly t = (key: UiKey, params?: TranslateParams) => this.language.t(key, params);

  protected readonly plan = this.store.plan;
  protected readonly isOwner = computed(() => {
    const plan = this.plan();
    const me = this.auth.me();
    return !!plan && !!me?.leaderId && me.leaderId === plan.leader.id;
  });
  /** Where "back" leads: the leader's own plans, or a manager's inbox of other people's plans. */
  protected readonly backToOwnPlans = computed(
    () => this.isOwner() || !(this.auth.me()?.roles ?? []).includes('manager'),
  );
  /** The comment is the manager's reason for returning the plan until it is approved. */
  protected readonly returnComment = computed(() =>
    ['returned', 'submitted'].includes(this.plan()?.status ?? ''),
  );
  /** Items are marked done and get reflections by the leader once the plan is agreed. */
  protected readonly followThrough = computed(() => {
    const status = this.plan()?.status;
    return this.isOwner() && (status === 'approved' || status === 'active');
  });
  protected readonly showFollowUp = computed(() => {
    const plan = this.plan();
    if (!plan) return false;
    return (
      plan.permissions.followUp ||
      plan.followUps.length > 0 ||
      ['approved', 'active', 'completed'].includes(plan.status)
    );
  });
  protected readonly showItemProgress = computed(() =>
    ['approved', 'active', 'completed'].includes(this.plan()?.status ?? ''),
  );

  private readonly texts: PlanTexts = {
    language: this.language,
    competency: (key) => this.framework.competency(key),
  };
  protected readonly meters = computed(() => {
    const plan = this.plan();
    return plan ? planMeters(plan, this.texts) : [];
  });

  protected readonly groups = computed(() => {
    const plan = this.plan();
    return plan ? itemGroups(plan, this.texts) : [];
  });

  protected readonly goals = computed(() => {
    const plan = this.plan();
    return plan ? goalRows(plan, this.texts) : [];
  });

  /** Competencies the items work on that still lack a SMART goal (submission needs them). */
  protected readonly missingGoals = computed(() => {
    const plan = this.plan();
    if (!plan) return [];
    const keys = new Set(plan.items.flatMap((i) => i.competencyKeys));
    const covered = new Set(plan.goals.map((g) => g.competencyKey));
    return [...keys].filter((k) => !covered.has(k));
  });
  protected readonly missingGoalNames = computed(() =>
    this.missingGoals()
      .map((k) => this.competencyName(k))
      .join(', '),
  );

  protected readonly pdfUrl = computed(() => planPdfUrl(this.planId()));
  protected readonly calendarUrl = computed(() => planCalendarUrl(this.planId()));

  constructor() {
    this.framework.load();
    effect(() => {
      const id = this.planId();
      untracked(() => {
        this.feedback.set(null);
        void this.store.load(id);
      });
    });
    effect(() => {
      const plan = this.plan();
      this.pageTitle.setPage(plan ? { da: plan.title, en: plan.title } : null);
    });
    let foundationFor: string | null = null;
    effect(() => {
      const leaderId = this.plan()?.leader.id ?? null;
      if (leaderId && leaderId !== foundationFor) {
        foundationFor = leaderId;
        untracked(() => this.loadFoundation(leaderId));
      }
    });
    inject(DestroyRef).onDestroy(() => this.pageTitle.setPage(null));
  }

  protected competencyName(key: string): string {
    const competency = this.framework.competency(key);
    return competency ? this.language.pick(competency.title) : key;
  }

  // ---- the plan's own fields ----

  protected editFields(): void {
    const plan = this.plan();
    if (!plan) return;
    this.openForm({
      ...planFieldsForm(this.t, plan),
      save: (values) => {
        const budgetDkk = parseDecimal(values['budgetDkk']);
        const hours = parseDecimal(values['hours']);
        if (Number.isNaN(budgetDkk) || Number.isNaN(hours)) {
          return Promise.resolve(this.localProblem('planPage.itemDialog.number'));
        }
        return this.save(
          (api, current) =>
            api.update(current.id, {
              version: current.version,
              title: values['title'].trim(),
              periodStart: values['periodStart'],
              periodEnd: values['periodEnd'],
              budgetDkk,
              hours,
            }),
          'planPage.saved',
        );
      },
    });
  }

  // ---- lifecycle ----

  protected async act(action: PlanAction): Promise<void> {
    const plan = this.plan();
    if (!plan) return;
    if (action === 'approve' || action === 'return') {
      const approve = action === 'approve';
      const save = (values: Record<string, string>) => {
        const comment = values['comment'].trim();
        return this.save(
          (api, current) => api.act(current.id, action, approve && !comment ? {} : { comment }),
          ACTION_DONE[action],
        );
      };
      this.openForm({ ...decisionForm(this.t, action), save }, true);
      return;
    }
    const confirm = CONFIRMED[action];
    if (confirm) {
      const ok = await this.confirm({
        title: this.language.t(confirm.title),
        text: this.language.t(confirm.text),
        confirm: this.language.t(ACTION_LABELS[action]),
        danger: action === 'cancel',
      });
      if (!ok) return;
    }
    await this.save((api, current) => api.act(current.id, action), ACTION_DONE[action]);
    this.focusFeedback();
  }

  // ---- items ----

  protected addItem(): void {
    this.openItemDialog(null);
  }

  protected editItem(item: PlanItemView): void {
    this.openItemDialog(item);
  }

  protected async removeItem(item: PlanItemView): Promise<void> {
    const title = itemTitle(item);
    const ok = await this.confirm({
      title: this.language.t('planPage.items.removeTitle', { title }),
      text: this.language.t(
        item.booking ? 'planPage.items.removeTextBooked' : 'planPage.items.removeText',
      ),
      confirm: this.language.t('planPage.items.remove'),
      danger: true,
    });
    if (!ok) return;
    await this.save((api, plan) => api.removeItem(plan.id, item.id), 'planPage.items.removed');
    this.focusFeedback();
  }

  /** Swaps the item with its neighbour in the same group (two position changes). */
  protected async move(item: PlanItemView, direction: -1 | 1): Promise<void> {
    const plan = this.plan();
    if (!plan) return;
    const group = plan.items.filter((i) => itemGroup(i) === itemGroup(item));
    const index = group.findIndex((i) => i.id === item.id);
    const other = group[index + direction];
    if (!other) return;
    const [from, to] = [item.position, other.position];
    // Equal positions (older data) would not swap: spread them apart first.
    const target = from === to ? to + direction : to;
    const first = await this.store.write((api) =>
      api.updateItem(plan.id, item.id, { position: target }),
    );
    const outcome = first.ok
      ? await this.store.write((api) => api.updateItem(plan.id, other.id, { position: from }))
      : first;
    this.report(outcome, 'planPage.items.moved');
    const button = `[data-move="${item.id}:${direction}"]`;
    afterNextRender(
      () => {
        const target =
          document.querySelector<HTMLElement>(button) ??
          document.querySelector<HTMLElement>(`[data-move="${item.id}:${-direction}"]`);
        target?.focus();
      },
      { injector: this.injector },
    );
  }

  // ---- goals ----

  protected editGoal(goal: SmartGoalView | null): void {
    const plan = this.plan();
    if (!plan) return;
    const data: GoalDialogData = {
      periodStart: plan.periodStart,
      periodEnd: plan.periodEnd,
      goal,
      competencies: this.framework.competencies(),
      suggested: this.missingGoals()[0] ?? null,
      save: (fields) =>
        this.save(
          (api, current) =>
            goal ? api.updateGoal(current.id, goal.id, fields) : api.addGoal(current.id, fields),
          'planPage.goals.saved',
        ),
    };
    this.dialog.open(GoalDialog, { data, width: DIALOG_WIDTH, autoFocus: 'first-tabbable' });
  }

  protected async removeGoal(goal: SmartGoalView, name: string): Promise<void> {
    const ok = await this.confirm({
      title: this.language.t('planPage.goals.removeTitle', { name }),
      text: this.language.t('planPage.goals.removeText'),
      confirm: this.language.t('planPage.items.remove'),
      danger: true,
    });
    if (!ok) return;
    await this.save((api, plan) => api.removeGoal(plan.id, goal.id), 'planPage.goals.removed');
    this.focusFeedback();
  }

  // ---- follow-up ----

  protected editFollowUp(followUp: FollowUpView | null): void {
    this.openForm({
      ...followUpForm(this.t, followUp),
      save: (values) => {
        const fields = { date: values['date'], note: values['note'].trim() };
        return this.save(
          (api, plan) =>
            followUp
              ? api.updateFollowUp(plan.id, followUp.id, fields)
              : api.addFollowUp(plan.id, fields),
          'planPage.followUp.saved',
        );
      },
    });
  }

  protected async removeFollowUp(followUp: FollowUpView): Promise<void> {
    const date = formatDate(followUp.date);
    const ok = await this.confirm({
      title: this.language.t('planPage.followUp.removeTitle', { date }),
      text: this.language.t('planPage.followUp.removeText'),
      confirm: this.language.t('planPage.items.remove'),
      danger: true,
    });
    if (!ok) return;
    await this.save(
      (api, plan) => api.removeFollowUp(plan.id, followUp.id),
      'planPage.followUp.removed',
    );
    this.focusFeedback();
  }

  protected addNote(item: PlanItemView): void {
    this.openForm({
      ...noteForm(this.t, item),
      save: (values) =>
        this.save(
          (api, plan) =>
            api.addNote(plan.id, item.id, {
              learned: values['learned'].trim(),
              changed: values['changed'].trim(),
            }),
          'planPage.followUp.noteSaved',
        ),
    });
  }

  protected markDone(item: PlanItemView): void {
    this.openForm({
      ...doneForm(this.t, item),
      save: (values) =>
        this.save(
          (api, plan) =>
            api.updateItem(plan.id, item.id, {
              status: 'done',
              doneEvidence: values['evidence'].trim(),
            }),
          'planPage.followUp.doneSaved',
        ),
    });
  }

  protected async reopen(item: PlanItemView): Promise<void> {
    await this.save(
      (api, plan) => api.updateItem(plan.id, item.id, { status: 'planned' }),
      'planPage.followUp.reopened',
    );
  }

  // ---- internals ----

  private openItemDialog(item: PlanItemView | null): void {
    const plan = this.plan();
    if (!plan) return;
    const data: ItemDialogData = {
      plan,
      item,
      competencies: this.framework.competencies(),
      add: (request) =>
        this.save((api, current) => api.addItem(current.id, request), 'planPage.items.added'),
      update: (request) =>
        this.save(
          (api, current) => api.updateItem(current.id, (item as PlanItemView).id, request),
          'planPage.saved',
        ),
    };
    this.dialog.open(ItemDialog, { data, width: DIALOG_WIDTH, autoFocus: 'first-tabbable' });
  }

  private openForm(data: FormDialogData, focusAfter = false): void {
    const trigger = document.activeElement as HTMLElement | null;
    const config: MatDialogConfig<FormDialogData> = {
      data,
      width: DIALOG_WIDTH,
      autoFocus: 'first-tabbable',
      // After a state change the button that opened it is gone: focus moves to the result.
      restoreFocus: !focusAfter,
    };
    const ref = this.dialog.open(FormDialog, config);
    if (focusAfter) {
      ref.afterClosed().subscribe((saved) => {
        if (saved) this.focusFeedback();
        else trigger?.focus();
      });
    }
  }

  /** A write through the store; tells the person the result (and a reload after a stale one). */
  private async save(
    request: Parameters<PlanPageStore['write']>[0],
    done: UiKey,
  ): Promise<PlanOutcome> {
    this.feedback.set(null);
    const outcome = await this.store.write(request);
    this.report(outcome, done);
    return outcome;
  }

  private report(outcome: PlanOutcome, done: UiKey): void {
    if (outcome.ok) {
      this.feedback.set({ kind: 'success', key: done });
    } else if (outcome.stale) {
      this.feedback.set({ kind: 'error', key: 'planPage.stale' });
      this.focusFeedback();
    } else if (!this.dialog.openDialogs.length) {
      this.feedback.set({
        kind: 'error',
        key: 'planPage.notSaved',
        reason: failureMessage(outcome.failure, this.language),
        details: outcome.failure.details.map((d) => d.message),
      });
      this.focusFeedback();
    }
  }

  private localProblem(key: UiKey): PlanOutcome {
    return {
      ok: false,
      stale: false,
      failure: { status: 400, message: this.language.t(key), code: null, details: [] },
    };
  }

  private focusFeedback(): void {
    afterNextRender(() => this.feedbackBox()?.nativeElement.focus(), {
      injector: this.injector,
    });
  }

  private async confirm(data: ConfirmData): Promise<boolean> {
    const ref = this.dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
      data,
      width: 'min(32rem, calc(100vw - 2rem))',
    });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }

  private loadFoundation(leaderId: string): void {
    this.foundation.set({ status: 'loading', paragraphs: [] });
    this.leaders.getPersonalFoundation(leaderId).subscribe({
      next: (view) => this.foundation.set({ status: 'loaded', paragraphs: paragraphs(view.text) }),
      error: () => this.foundation.set({ status: 'unavailable', paragraphs: [] }),
    });
  }
}
