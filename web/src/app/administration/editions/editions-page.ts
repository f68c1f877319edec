import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { FrameworkSummary } from '@lederloeft/contracts';
import { firstValueFrom } from 'rxjs';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { pageFeedback } from '../data-access/page-feedback';
import { type EditionOutcome, EditionsStore } from '../data-access/editions-store';
import { ErrorDetails } from '../import/error-details';
import { AdminPageHeader } from '../layout/admin-page-header';
import { type DraftUpload, DraftPanel } from './draft-panel';
import { EditionsTable } from './editions-table';
import { PublishDialog, type PublishDialogData } from './publish-dialog';

/** What the last action did, kept as keys so the text follows the language. */
/**
 * "Ledelsesgrundlagets udgaver": every edition, a new draft from the one in force, and for
 * each draft: download, upload the edited JSON, publish (after a confirmation).
 */
@Component({
  selector: 'll-editions-page',
  imports: [
    MatButton,
    MatProgressSpinner,
    TranslatePipe,
    AdminPageHeader,
    DraftPanel,
    EditionsTable,
    ErrorDetails,
  ],
  providers: [EditionsStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './editions-page.html',
  styleUrl: './editions-page.scss',
})
export class EditionsPage {
  protected readonly store = inject(EditionsStore);
  private readonly framework = inject(FrameworkStore);
  private readonly language = inject(LanguageService);
  private readonly dialog = inject(MatDialog);
  private readonly injector = inject(Injector);
  private readonly statusBox = viewChild.required<ElementRef<HTMLElement>>('statusBox');
  private readonly alertBox = viewChild<ElementRef<HTMLElement>>('alertBox');

  private readonly messages = pageFeedback(this.language);
  protected readonly feedback = this.messages.feedback;
  protected readonly successText = this.messages.successText;
  protected readonly errorFeedback = this.messages.errorFeedback;
  protected readonly currentName = computed(() => {
    const current = this.store.current();
    return current ? String(current.edition) : '';
  });

  constructor() {
    this.store.load();
  }

  protected busyFor(draft: FrameworkSummary): 'create' | 'upload' | 'publish' | null {
    const busy = this.store.busy();
    return busy && busy.id === draft.id ? busy.action : null;
  }

  protected async createDraft(): Promise<void> {
    const current = this.store.current();
    if (!current || this.store.busy()) {
      return;
    }
    this.feedback.set(null);
    const outcome = await this.store.createDraft(current.id);
    this.report(outcome, 'admin.editions.created', 'admin.editions.notCreated');
  }

  protected async upload(draft: FrameworkSummary, upload: DraftUpload): Promise<void> {
    this.feedback.set(null);
    const outcome = await this.store.replaceDraft(draft.id, upload.document);
    this.report(outcome, 'admin.editions.uploaded', 'admin.editions.upload.failed', {
      file: upload.fileName,
    });
  }

  protected async publish(draft: FrameworkSummary): Promise<void> {
    const data: PublishDialogData = {
      edition: draft.edition,
      current: this.store.current()?.edition ?? null,
    };
    const confirmed = await firstValueFrom(
      this.dialog
        .open<PublishDialog, PublishDialogData, boolean>(PublishDialog, {
          data,
          maxWidth: 'min(36rem, calc(100vw - 2rem))',
        })
        .afterClosed(),
    );
    if (confirmed !== true) {
      return;
    }
    this.feedback.set(null);
    const outcome = await this.store.publish(draft.id);
    if (outcome.ok) {
      // Every page shows the edition in force: load it again.
      this.framework.retry();
    }
    this.report(outcome, 'admin.editions.published', 'admin.editions.notPublishedError');
  }

  private report(
    outcome: EditionOutcome,
    success: UiKey,
    failure: UiKey,
    params: Record<string, string> = {},
  ): void {
    this.feedback.set(
      outcome.ok
        ? { kind: 'success', key: success, params: { edition: outcome.edition.edition, ...params } }
        : { kind: 'error', key: failure, failure: outcome.failure },
    );
    afterNextRender(
      () => (outcome.ok ? this.statusBox() : this.alertBox())?.nativeElement.focus(),
      { injector: this.injector },
    );
  }
}
