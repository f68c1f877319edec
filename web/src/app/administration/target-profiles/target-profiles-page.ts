import {
  ChangeDetectionStrategy,
  DOCUMENT,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import { FrameworkStore } from '../../framework/data-access/framework-store';
import { LanguageService } from '../../i18n/language.service';
import { LocalizedPipe } from '../../i18n/localized.pipe';
import { formatTime } from '../../i18n/translate';
import { TranslatePipe } from '../../i18n/translate.pipe';
import { failureMessage } from '../data-access/admin-failure';
import { TargetProfilesStore } from '../data-access/target-profiles-store';
import { AdminPageHeader } from '../layout/admin-page-header';
import {
  TARGET_MAX,
  TARGET_MIN,
  type TargetProblem,
  cellKey,
  parseTarget,
  storedTarget,
  targetChanges,
} from './target-cells';

interface CellView {
  id: string;
  levelKey: string;
  competencyKey: string;
  stored: string;
  label: string;
  changed: boolean;
  /** Shown once the cell has been left or "Gem" was pressed. */
  problem: string | null;
}

/** "Målprofiler": the expected level per leader level (rows) and competency (columns). */
@Component({
  selector: 'll-target-profiles-page',
  imports: [MatButton, MatProgressSpinner, LocalizedPipe, TranslatePipe, AdminPageHeader],
  providers: [TargetProfilesStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './target-profiles-page.html',
  styleUrls: ['../admin-table.scss', './target-profiles-page.scss'],
})
export class TargetProfilesPage {
  protected readonly store = inject(TargetProfilesStore);
  protected readonly framework = inject(FrameworkStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  private readonly problemBox = viewChild<ElementRef<HTMLElement>>('problemBox');
  private readonly saveErrorBox = viewChild<ElementRef<HTMLElement>>('saveErrorBox');

  protected readonly min = TARGET_MIN;
  protected readonly max = TARGET_MAX;
  private readonly touched = signal<ReadonlySet<string>>(new Set());
  private readonly submitted = signal(false);
  private readonly notice = signal<'saved' | 'unchanged' | null>(null);

  protected readonly loadStatus = computed(() => {
    const framework = this.framework.status();
    if (this.store.status() === 'error' || framework === 'error' || framework === 'empty') {
      return 'error';
    }
    return this.store.status() === 'loaded' && framework === 'loaded' ? 'loaded' : 'loading';
  });

  protected readonly competencies = this.framework.competencies;
  private readonly cells = computed(() =>
    this.store.levels().flatMap((level) =>
      this.competencies().map((competency) => ({
        levelKey: level.key,
        competencyKey: competency.key,
      })),
    ),
  );
  private readonly changes = computed(() => {
    const view = this.store.view();
    return view ? targetChanges(view, this.store.drafts(), this.cells()) : null;
  });
  protected readonly changedCount = computed(() => this.changes()?.targets.length ?? 0);

  protected readonly rows = computed(() => {
    const view = this.store.view();
    const drafts = this.store.drafts();
    return this.store.levels().map((level) => {
      const levelName = this.language.pick(level.name);
      const cells = this.competencies().map((competency): CellView => {
        const key = cellKey(level.key, competency.key);
        const draft = drafts[key];
        const parsed = draft ? parseTarget(draft) : null;
        const stored = view ? storedTarget(view, level.key, competency.key) : null;
        const shown = this.submitted() || this.touched().has(key);
        return {
          id: `target-${level.key}-${competency.key}`,
          levelKey: level.key,
          competencyKey: competency.key,
          stored: stored === null ? '' : String(stored),
          label: this.language.t('admin.targets.cell', {
            level: levelName,
            competency: this.language.pick(competency.title),
          }),
          changed: parsed?.ok === true && parsed.value !== stored,
          problem: parsed && !parsed.ok && shown ? this.problemText(parsed.problem) : null,
        };
      });
      return { levelKey: level.key, name: levelName, cells };
    });
  });

  protected readonly problems = computed(() =>
    this.rows().flatMap((row) =>
      row.cells
        .filter((cell) => cell.problem)
        .map((cell) => ({
          id: cell.id,
          text: this.language.t('admin.targets.errorItem', {
            level: row.name,
            competency: this.competencyTitle(cell.competencyKey),
            message: cell.problem ?? '',
          }),
        })),
    ),
  );

  protected readonly statusText = computed(() => {
    const savedAt = this.store.savedAt();
    if (this.notice() === 'saved' && savedAt) {
      return this.language.t('admin.targets.saved', {
        time: formatTime(savedAt, this.language.lang()),
      });
    }
    return this.notice() === 'unchanged' ? this.language.t('admin.targets.noChanges') : '';
  });

  protected readonly saveErrorText = computed(() => {
    const failure = this.store.saveError();
    return failure ? failureMessage(failure, this.language) : null;
  });

  constructor() {
    this.framework.load();
    this.store.load();
  }

  protected retry(): void {
    if (this.framework.status() !== 'loaded') {
      this.framework.retry();
    }
    this.store.load();
  }

  protected edit(cell: CellView, input: HTMLInputElement): void {
    this.notice.set(null);
    this.store.edit(cell.levelKey, cell.competencyKey, {
      raw: input.value,
      badInput: input.validity?.badInput ?? false,
    });
  }

  protected touch(cell: CellView): void {
    this.touched.update((touched) =>
      new Set(touched).add(cellKey(cell.levelKey, cell.competencyKey)),
    );
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    this.submitted.set(true);
    this.notice.set(null);
    const outcome = await this.store.save(this.cells());
    if (outcome === 'saved' || outcome === 'unchanged') {
      this.notice.set(outcome);
      this.submitted.set(false);
      this.touched.set(new Set());
      return;
    }
    const box = outcome === 'invalid' ? this.problemBox : this.saveErrorBox;
    afterNextRender(() => box()?.nativeElement.focus(), { injector: this.injector });
  }

  /** The links of the error summary move focus to the cell (the base href breaks "#id"). */
  protected focusCell(event: Event, id: string): void {
    event.preventDefault();
    this.document.getElementById(id)?.focus();
  }

  private problemText(problem: TargetProblem): string {
    return this.language.t(
      problem === 'range' ? 'admin.targets.error.range' : 'admin.targets.error.decimals',
    );
  }

  private competencyTitle(key: string): string {
    return this.language.pick(this.competencies().find((c) => c.key === key)?.title);
  }
}
