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
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { Router, RouterLink } from '@angular/router';
import type { OfferSessionView, OfferStatus } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { type AdminFailure, failureMessage } from '../../administration/data-access/admin-failure';
import { ErrorDetails } from '../../administration/import/error-details';
import { AuthStore } from '../../auth/data-access/auth-store';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { PageTitleService } from '../../shell/page-title.service';
import { paragraphs } from '../../text/paragraphs';
import { CATALOGUE_EDITORS } from '../access/catalogue-access';
import { mayUse } from '../../administration/access/admin-sections';
import { CatalogueNotice } from '../data-access/catalogue-notice';
import { LeaderLevelsStore } from '../data-access/leader-levels-store';
import {
  FORMAT_LABELS,
  KIND_LABELS,
  LANGUAGE_LABELS,
  STRENGTH_LABELS,
  formatNumber,
  formatPeriod,
  formatPrice,
} from '../data-access/offer-format';
import { OfferStore, isStale } from '../data-access/offer-store';
import { ConfirmDialog, type ConfirmData } from './confirm-dialog';
import { OfferStatusBadge } from './offer-status-badge';
import { SessionDialog, type SessionDialogData } from './session-dialog';
import { SessionsTable } from './sessions-table';

type Feedback =
  | { kind: 'success'; text: string }
  | { kind: 'error'; text: string; failure: AdminFailure };

/** A status change HR can make from the offer's current status. */
interface StatusAction {
  to: OfferStatus;
  label: UiKey;
  title: UiKey;
  text: UiKey;
  done: UiKey;
}

const PUBLISH: StatusAction = {
  to: 'published',
  label: 'catalogue.action.publish',
  title: 'catalogue.confirm.publishTitle',
  text: 'catalogue.confirm.publishText',
  done: 'catalogue.done.published',
};
const ARCHIVE: StatusAction = {
  to: 'archived',
  label: 'catalogue.action.archive',
  title: 'catalogue.confirm.archiveTitle',
  text: 'catalogue.confirm.archiveText',
  done: 'catalogue.done.archived',
};
const TO_DRAFT: StatusAction = {
  to: 'draft',
  label: 'catalogue.action.toDraft',
  title: 'catalogue.confirm.toDraftTitle',
  text: 'catalogue.confirm.toDraftText',
  done: 'catalogue.done.toDraft',
};

const ACTIONS: Readonly<Record<OfferStatus, readonly StatusAction[]>> = {
  draft: [PUBLISH, ARCHIVE],
  published: [ARCHIVE, TO_DRAFT],
  archived: [PUBLISH, TO_DRAFT],
};

const DIALOG_WIDTH = 'min(36rem, calc(100vw - 2rem))';

/**
 * One offer: every field, what it trains (with the behaviours' text), and its sessions.
 * HR and administrators also edit it, change its status, delete a draft and keep its
 * sessions.
 */
@Component({
  selector: 'll-offer-page',
  imports: [
    MatButton,
    MatProgressSpinner,
    RouterLink,
    TranslatePipe,
    ErrorDetails,
    OfferStatusBadge,
    SessionsTable,
  ],
  providers: [OfferStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './offer-page.html',
  styleUrl: './offer-page.scss',
})
export class OfferPage {
  /** Route parameter `:id`, bound by `withComponentInputBinding()`. */
  readonly id = input.required<string>();

  protected readonly store = inject(OfferStore);
  protected readonly framework = inject(FrameworkStore);
  private readonly levels = inject(LeaderLevelsStore);
  private readonly auth = inject(AuthStore);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);
  private readonly notice = inject(CatalogueNotice);
  private readonly pageTitle = inject(PageTitleService);
  private readonly injector = inject(Injector);
  private readonly statusBox = viewChild<ElementRef<HTMLElement>>('statusBox');
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');

  protected readonly mayManage = computed(() =>
    mayUse(this.auth.me()?.roles ?? [], CATALOGUE_EDITORS),
  );
  protected readonly feedback = signal<Feedback | null>(null);
  protected readonly kindLabels = KIND_LABELS;
  protected readonly formatLabels = FORMAT_LABELS;
  protected readonly languageLabels = LANGUAGE_LABELS;
  protected readonly strengthLabels = STRENGTH_LABELS;

  protected readonly actions = computed(() => {
    const offer = this.store.offer();
    return offer && this.mayManage() ? ACTIONS[offer.status] : [];
  });
  protected readonly description = computed(() =>
    paragraphs(this.store.offer()?.description ?? ''),
  );
  protected readonly prerequisites = computed(() =>
    paragraphs(this.store.offer()?.prerequisites ?? ''),
  );

  protected readonly facts = computed(() => {
    const offer = this.store.offer();
    if (!offer) {
      return null;
    }
    const lang = this.language.lang();
    const t = (key: UiKey, params?: Record<string, string | number>) =>
      this.language.t(key, params);
    const price =
      offer.priceDkk === 0
        ? t('catalogue.price.free')
        : `${formatPrice(offer.priceDkk, lang)} ${t(
            offer.priceIncludesVat ? 'catalogue.price.inclVat' : 'catalogue.price.exclVat',
          )}`;
    return {
      hours: t('catalogue.hours', { count: offer.hours, hours: formatNumber(offer.hours, lang) }),
      price,
      ects: offer.ects === null ? null : formatNumber(offer.ects, lang),
      levels: offer.targetLevels.length
        ? offer.targetLevels
            .map((key) => {
              const level = this.levels.level(key);
              return level ? this.language.pick(level.name) : key;
            })
            .join(', ')
        : t('catalogue.levels.all'),
    };
  });

  /** The effects in the framework's order, with each behaviour's text. */
  protected readonly effects = computed(() => {
    const offer = this.store.offer();
    if (!offer) {
      return [];
    }
    const competencies = this.framework.competencies();
    const order = competencies.map((c) => c.key);
    return [...offer.effects]
      .sort((a, b) => order.indexOf(a.competencyKey) - order.indexOf(b.competencyKey))
      .map((effect) => {
        const competency = competencies.find((c) => c.key === effect.competencyKey);
        return {
          key: effect.competencyKey,
          strength: effect.strength,
          title: competency ? this.language.pick(competency.title) : effect.competencyKey,
          behaviours: effect.behaviourKeys.map((key) => {
            const behaviour = competency?.behaviours.find((b) => b.key === key);
            return { key, text: behaviour ? this.language.pick(behaviour.text) : key };
          }),
        };
      });
  });

  constructor() {
    this.framework.load();
    this.levels.load();
    const waiting = this.notice.take();
    if (waiting) {
      this.feedback.set({ kind: 'success', text: waiting });
    }
    effect(() => {
      const id = this.id();
      untracked(() => void this.store.load(id));
    });
    effect(() => {
      const offer = this.store.offer();
      this.pageTitle.setPage(offer ? { da: offer.title, en: offer.title } : null);
    });
    inject(DestroyRef).onDestroy(() => this.pageTitle.setPage(null));
  }

  protected async changeStatus(action: StatusAction): Promise<void> {
    const offer = this.store.offer();
    if (!offer) {
      return;
    }
    const params = { title: offer.title };
    const confirmed = await this.confirm({
      title: this.language.t(action.title, params),
      text: this.language.t(action.text, params),
      confirm: this.language.t(action.label),
    });
    if (!confirmed) {
      return;
    }
    this.feedback.set(null);
    const outcome = await this.store.setStatus(action.to);
    this.report(outcome.ok ? null : outcome.failure, this.language.t(action.done, params));
  }

  protected async remove(): Promise<void> {
    const offer = this.store.offer();
    if (!offer) {
      return;
    }
    const params = { title: offer.title };
    const confirmed = await this.confirm({
      title: this.language.t('catalogue.confirm.deleteTitle', params),
      text: this.language.t('catalogue.confirm.deleteText', params),
      confirm: this.language.t('catalogue.delete'),
      danger: true,
    });
    if (!confirmed) {
      return;
    }
    this.feedback.set(null);
    const outcome = await this.store.remove();
    if (outcome.ok) {
      this.notice.set(this.language.t('catalogue.done.deleted', params));
      await this.router.navigateByUrl('/kursuskatalog');
      return;
    }
    this.report(outcome.failure, '');
  }

  protected async editSession(session: OfferSessionView | null): Promise<void> {
    const offer = this.store.offer();
    if (!offer) {
      return;
    }
    const data: SessionDialogData = {
      offerTitle: offer.title,
      session,
      save: (fields) => this.store.saveSession(session?.id ?? null, fields),
    };
    const saved = await firstValueFrom(
      this.dialog
        .open<SessionDialog, SessionDialogData, boolean>(SessionDialog, {
          data,
          maxWidth: 'min(40rem, calc(100vw - 2rem))',
          width: '40rem',
        })
        .afterClosed(),
    );
    if (saved === true) {
      this.report(
        null,
        this.language.t(session ? 'catalogue.done.sessionSaved' : 'catalogue.done.sessionAdded'),
      );
    }
  }

  protected async removeSession(session: OfferSessionView): Promise<void> {
    const period = formatPeriod(session);
    const confirmed = await this.confirm({
      title: this.language.t('catalogue.confirm.deleteSessionTitle', { period }),
      text: this.language.t('catalogue.confirm.deleteSessionText', { period }),
      confirm: this.language.t('catalogue.delete'),
      danger: true,
    });
    if (!confirmed) {
      return;
    }
    this.feedback.set(null);
    const outcome = await this.store.removeSession(session.id);
    this.report(
      outcome.ok ? null : outcome.failure,
      this.language.t('catalogue.done.sessionDeleted', { period }),
    );
  }

  protected retry(): void {
    this.framework.retry();
    void this.store.load(this.id());
  }

  private async confirm(data: ConfirmData): Promise<boolean> {
    const answer = await firstValueFrom(
      this.dialog
        .open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, maxWidth: DIALOG_WIDTH })
        .afterClosed(),
    );
    return answer === true;
  }

  /** Shows the outcome of a write and moves focus to it. */
  private report(failure: AdminFailure | null, success: string): void {
    if (failure) {
      const stale = isStale(failure);
      const text = [
        failureMessage(failure, this.language),
        stale ? this.language.t('catalogue.stale.reloaded') : '',
      ]
        .filter(Boolean)
        .join(' ');
      this.feedback.set({ kind: 'error', text, failure });
    } else {
      this.feedback.set({ kind: 'success', text: success });
    }
    afterNextRender(() => (failure ? this.alertBox() : this.statusBox())?.nativeElement.focus(), {
      injector: this.injector,
    });
  }
}
