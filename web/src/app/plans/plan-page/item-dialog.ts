import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { NgTemplateOutlet } from '@angular/common';
import { MatButton } from '@angular/material/button';
import {
  MAT_DIALOG_DATA,
  MatDialogActions,
  MatDialogContent,
  MatDialogRef,
  MatDialogTitle,
} from '@angular/material/dialog';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { MatRadioButton, MatRadioGroup } from '@angular/material/radio';
import { MatTab, MatTabGroup } from '@angular/material/tabs';
import type {
  CompetencyView,
  CreatePlanItemRequest,
  OfferListItem,
  OfferSessionView,
  OfferView,
  PlanItemKind,
  PlanItemView,
  PlanView,
  UpdatePlanItemRequest,
} from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { type AdminFailure, failureMessage } from '../../administration/data-access/admin-failure';
import { CatalogueApi } from '../../catalogue/data-access/catalogue-api';
import {
  formatNumber,
  formatPeriod,
  formatPrice,
  parseDecimal,
} from '../../catalogue/data-access/offer-format';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { CompetencyPicker } from './competency-picker';
import type { PlanOutcome } from './plan-page-store';

export interface ItemDialogData {
  plan: Pick<PlanView, 'periodStart' | 'periodEnd'>;
  /** The item to change, or null to add one. */
  item: PlanItemView | null;
  competencies: readonly CompetencyView[];
  add: (request: CreatePlanItemRequest) => Promise<PlanOutcome>;
  update: (request: UpdatePlanItemRequest) => Promise<PlanOutcome>;
}

const KINDS: readonly PlanItemKind[] = ['offer', 'on-the-job', 'other'];

/**
 * Adds an activity (three tabs: from the catalogue, learning on the job, other) or changes
 * one. Saves itself; stays open with the reason when the save is refused.
 */
@Component({
  selector: 'll-plan-item-dialog',
  imports: [
    NgTemplateOutlet,
    MatButton,
    MatDialogActions,
    MatDialogContent,
    MatDialogTitle,
    MatFormField,
    MatHint,
    MatInput,
    MatLabel,
    MatProgressSpinner,
    MatRadioButton,
    MatRadioGroup,
    MatTab,
    MatTabGroup,
    TranslatePipe,
    CompetencyPicker,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './item-dialog.html',
  styleUrl: './item-dialog.scss',
})
export class ItemDialog {
  protected readonly data = inject<ItemDialogData>(MAT_DIALOG_DATA);
  protected readonly ref = inject<MatDialogRef<ItemDialog, boolean>>(MatDialogRef);
  protected readonly language = inject(LanguageService);
  private readonly catalogue = inject(CatalogueApi);
  private readonly injector = inject(Injector);
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');

  protected readonly editing = this.data.item;
  protected readonly kind = signal<PlanItemKind>(this.data.item?.kind ?? 'offer');
  protected readonly saving = signal(false);
  protected readonly problem = signal<string | null>(null);
  private readonly failure = signal<AdminFailure | null>(null);
  protected readonly details = computed(() => this.failure()?.details ?? []);

  // From the catalogue.
  protected readonly query = signal('');
  protected readonly searchStatus = signal<'idle' | 'loading' | 'loaded' | 'error'>('idle');
  protected readonly results = signal<OfferListItem[]>([]);
  protected readonly offerId = signal<string | null>(this.data.item?.offerId ?? null);
  protected readonly offerStatus = signal<'idle' | 'loading' | 'loaded' | 'error'>('idle');
  protected readonly offer = signal<OfferView | null>(null);
  protected readonly sessionId = signal<string | null>(this.data.item?.session?.id ?? null);
  protected readonly note = signal(this.data.item?.kind === 'offer' ? this.data.item.text : '');

  /** Sessions in the plan's period with free seats and open registration (and the current one). */
  protected readonly sessions = computed(() => {
    const offer = this.offer();
    if (!offer) return [];
    const { periodStart, periodEnd } = this.data.plan;
    const current = this.data.item?.session?.id ?? null;
    return offer.sessions.filter(
      (s) =>
        s.id === current ||
        (s.freeSeats > 0 &&
          s.registrationOpen &&
          s.startDate >= periodStart &&
          (s.endDate || s.startDate) <= periodEnd),
    );
  });

  // On the job.
  protected readonly jobCompetency = signal<string>(
    this.data.item?.kind === 'on-the-job'
      ? (this.data.item.competencyKeys[0] ?? '')
      : (this.data.competencies[0]?.key ?? ''),
  );
  protected readonly jobBehaviour = signal<string | null>(this.data.item?.behaviourKey ?? null);
  protected readonly jobBehaviours = computed(
    () => this.data.competencies.find((c) => c.key === this.jobCompetency())?.behaviours ?? [],
  );

  // Shared by on the job and other (and the edit of any item).
  protected readonly text = signal(
    this.data.item && this.data.item.kind !== 'offer' ? this.data.item.text : '',
  );
  protected readonly cost = signal(this.data.item ? String(this.data.item.costDkk) : '0');
  protected readonly hours = signal(this.data.item ? String(this.data.item.hours) : '');
  protected readonly competencyKeys = signal<string[]>(this.data.item?.competencyKeys ?? []);
  protected readonly behaviourKeys = signal<string[]>(this.data.item?.behaviourKeys ?? []);

  constructor() {
    if (this.data.item?.kind === 'offer' && this.data.item.offerId) {
      void this.loadOffer(this.data.item.offerId, false);
    }
  }

  protected tabChanged(index: number): void {
    this.kind.set(KINDS[index]);
    this.problem.set(null);
    this.failure.set(null);
  }

  protected async search(): Promise<void> {
    this.searchStatus.set('loading');
    try {
      const result = await firstValueFrom(
        this.catalogue.search({
          q: this.query().trim() || undefined,
          from: this.data.plan.periodStart,
          to: this.data.plan.periodEnd,
          sort: this.query().trim() ? 'relevance' : 'title',
          pageSize: 10,
        }),
      );
      this.results.set(result.items);
      this.searchStatus.set('loaded');
    } catch {
      this.searchStatus.set('error');
    }
  }

  protected pickOffer(id: string): void {
    this.offerId.set(id);
    this.sessionId.set(null);
    void this.loadOffer(id, true);
  }

  protected pickBehaviour(key: string): void {
    const behaviour = this.jobBehaviours().find((b) => b.key === key);
    const previous = this.jobBehaviours().find((b) => b.key === this.jobBehaviour());
    this.jobBehaviour.set(key);
    // Prefill the text from the behaviour unless the person has written their own.
    const untouched =
      !this.text().trim() || (previous && this.text() === this.language.pick(previous.text));
    if (behaviour && untouched) {
      this.text.set(this.language.pick(behaviour.text));
    }
  }

  protected pickJobCompetency(key: string): void {
    this.jobCompetency.set(key);
    this.jobBehaviour.set(null);
  }

  protected sessionLabel(session: OfferSessionView): string {
    return this.language.t('planPage.itemDialog.sessionLabel', {
      dates: formatPeriod(session),
      place: session.place,
      free: session.freeSeats,
    });
  }

  protected offerLabel(offer: OfferListItem): string {
    const lang = this.language.lang();
    return `${offer.title} · ${offer.provider} · ${formatPrice(offer.priceDkk, lang)} · ${formatNumber(offer.hours, lang)} ${this.language.t('planPage.items.hours').toLowerCase()}`;
  }

  protected async submit(): Promise<void> {
    if (this.saving()) return;
    this.failure.set(null);
    const request = this.request();
    if (typeof request === 'string') {
      this.showProblem(this.language.t(request as UiKey));
      return;
    }
    this.problem.set(null);
    this.saving.set(true);
    const outcome = this.editing
      ? await this.data.update(request as UpdatePlanItemRequest)
      : await this.data.add(request as CreatePlanItemRequest);
    this.saving.set(false);
    if (outcome.ok || outcome.stale) {
      this.ref.close(outcome.ok);
      return;
    }
    this.failure.set(outcome.failure);
    this.showProblem(failureMessage(outcome.failure, this.language));
  }

  /** The request to send, or the key of what is missing. */
  private request(): CreatePlanItemRequest | UpdatePlanItemRequest | UiKey {
    const kind = this.kind();
    if (kind === 'offer') {
      const offer = this.offer();
      if (!this.offerId() || !offer) return 'planPage.itemDialog.pickOffer';
      if (offer.sessions.length && !offer.onDemand && !this.sessionId()) {
        return 'planPage.itemDialog.pickSession';
      }
      if (!this.competencyKeys().length) return 'planPage.itemDialog.pickCompetency';
      const common = {
        sessionId: this.sessionId(),
        text: this.note().trim(),
        competencyKeys: this.competencyKeys(),
        behaviourKeys: this.behaviourKeys(),
      };
      return this.editing ? common : { kind, offerId: offer.id, ...common };
    }
    const text = this.text().trim();
    const cost = parseDecimal(this.cost()) ?? 0;
    const hours = parseDecimal(this.hours()) ?? 0;
    if (kind === 'on-the-job' && !this.editing && !this.jobBehaviour()) {
      return 'planPage.itemDialog.pickBehaviour';
    }
    if (!text) return 'planPage.itemDialog.textRequired';
    if (Number.isNaN(cost) || Number.isNaN(hours) || cost < 0 || hours < 0) {
      return 'planPage.itemDialog.number';
    }
    if (kind === 'on-the-job' && !this.editing) {
      const behaviour = this.jobBehaviour() as string;
      return {
        kind,
        behaviourKey: behaviour,
        text,
        competencyKeys: [this.jobCompetency()],
        behaviourKeys: [behaviour],
        costDkk: cost,
        hours,
      };
    }
    if (!this.competencyKeys().length) return 'planPage.itemDialog.pickCompetency';
    const fields = {
      text,
      competencyKeys: this.competencyKeys(),
      behaviourKeys: this.behaviourKeys(),
      costDkk: cost,
      hours,
    };
    return this.editing ? fields : { kind, ...fields };
  }

  private async loadOffer(id: string, prefill: boolean): Promise<void> {
    this.offerStatus.set('loading');
    try {
      const offer = await firstValueFrom(this.catalogue.get(id));
      if (this.offerId() !== id) return;
      this.offer.set(offer);
      this.offerStatus.set('loaded');
      if (prefill) {
        this.competencyKeys.set(offer.effects.map((e) => e.competencyKey));
        this.behaviourKeys.set(offer.effects.flatMap((e) => e.behaviourKeys));
        const sessions = this.sessions();
        if (sessions.length === 1) this.sessionId.set(sessions[0].id);
      }
    } catch {
      if (this.offerId() === id) this.offerStatus.set('error');
    }
  }

  private showProblem(text: string): void {
    this.problem.set(text);
    afterNextRender(() => this.alertBox()?.nativeElement.focus(), { injector: this.injector });
  }
}
