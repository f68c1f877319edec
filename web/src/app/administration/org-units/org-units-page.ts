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
import { MatButton } from '@angular/material/button';
import { MatProgressSpinner } from '@angular/material/progress-spinner';
import type { OrgUnitKind, OrgUnitView } from '@lederloeft/contracts';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import type { AdminFailure } from '../data-access/admin-failure';
import { OrgUnitsAdminStore } from '../data-access/org-units-admin-store';
import { AdminPageHeader } from '../layout/admin-page-header';
import { type FormProblem, FormProblemAlert, formProblem } from '../layout/form-problem';
import { MoveUnitForm } from './move-unit-form';
import { ancestorIds, childKind, moveTargets, subtreeIds } from './org-tree';
import { OrgUnitTree } from './org-unit-tree';
import { type UnitFields, UnitFieldsForm } from './unit-fields-form';

type UnitForm = 'edit' | 'create' | 'move';

export const KIND_NAMES: Readonly<Record<OrgUnitKind, UiKey>> = {
  kommune: 'admin.orgUnits.kind.kommune',
  fagomraade: 'admin.orgUnits.kind.fagomraade',
  afdeling: 'admin.orgUnits.kind.afdeling',
  enhed: 'admin.orgUnits.kind.enhed',
};

const FIELD_LABELS: Readonly<Record<string, UiKey>> = {
  name: 'admin.orgUnits.field.name',
  externalId: 'admin.orgUnits.field.externalId',
  parentId: 'admin.orgUnits.move.parent',
  kind: 'admin.orgUnits.field.kind',
};

/** "Enheder": the org tree; per unit: rename, Enhed-ID, a new unit under it, and a move. */
@Component({
  selector: 'll-org-units-page',
  imports: [
    MatButton,
    MatProgressSpinner,
    TranslatePipe,
    AdminPageHeader,
    FormProblemAlert,
    MoveUnitForm,
    OrgUnitTree,
    UnitFieldsForm,
  ],
  providers: [OrgUnitsAdminStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org-units-page.html',
  styleUrl: './org-units-page.scss',
})
export class OrgUnitsPage {
  protected readonly store = inject(OrgUnitsAdminStore);
  private readonly language = inject(LanguageService);
  private readonly injector = inject(Injector);
  private readonly tree = viewChild(OrgUnitTree);
  private readonly statusBox = viewChild<ElementRef<HTMLElement>>('statusBox');
  private readonly editForm = viewChild<UnitFieldsForm>('editForm');
  private readonly createForm = viewChild<UnitFieldsForm>('createForm');
  private readonly moveForm = viewChild(MoveUnitForm);

  protected readonly selectedId = signal<string | null>(null);
  protected readonly selected = computed(() => this.store.unit(this.selectedId()));
  protected readonly parent = computed(() => this.store.unit(this.selected()?.parentId ?? null));
  protected readonly childCount = computed(
    () => this.store.units().filter((u) => u.parentId === this.selectedId()).length,
  );
  /** How many units lie under the selected one, at every level. */
  protected readonly subtreeSize = computed(() => {
    const id = this.selectedId();
    return id ? subtreeIds(this.store.units(), id).size - 1 : 0;
  });
  protected readonly newKind = computed(() => {
    const unit = this.selected();
    return unit ? childKind(unit.kind) : null;
  });
  protected readonly editInitial = computed<UnitFields>(() => ({
    name: this.selected()?.name ?? '',
    externalId: this.selected()?.externalId ?? null,
  }));
  protected readonly targets = computed(() => {
    const unit = this.selected();
    return unit ? moveTargets(this.store.units(), unit) : [];
  });
  protected readonly problem = signal<{ form: UnitForm; problem: FormProblem } | null>(null);
  protected readonly successText = signal('');

  constructor() {
    void this.load();
  }

  protected async load(): Promise<void> {
    await this.store.load();
    const root = this.store.units().find((u) => u.parentId === null);
    if (!this.selectedId() && root) {
      this.selectedId.set(root.id);
    }
  }

  protected kindKey(kind: OrgUnitKind): UiKey {
    return KIND_NAMES[kind];
  }

  protected kindName(kind: OrgUnitKind): string {
    return this.language.t(KIND_NAMES[kind]).toLocaleLowerCase(this.language.lang());
  }

  protected problemOf(form: UnitForm): FormProblem | null {
    const problem = this.problem();
    return problem?.form === form ? problem.problem : null;
  }

  protected select(id: string): void {
    if (id !== this.selectedId()) {
      this.problem.set(null);
      this.successText.set('');
      this.createForm()?.reset({ name: '', externalId: null });
    }
    this.selectedId.set(id);
  }

  protected async rename(unit: OrgUnitView, fields: UnitFields): Promise<void> {
    this.problem.set(null);
    const outcome = await this.store.update(unit.id, fields);
    if (outcome.ok) {
      this.succeed('admin.orgUnits.edit.saved', { name: outcome.value.name });
    } else {
      this.fail('edit', outcome.failure, 'admin.orgUnits.edit.notSaved');
      this.editForm()?.showFailure(outcome.failure);
    }
  }

  protected async createChild(parent: OrgUnitView, fields: UnitFields): Promise<void> {
    const kind = childKind(parent.kind);
    if (!kind) {
      return;
    }
    this.problem.set(null);
    const outcome = await this.store.create({ ...fields, kind, parentId: parent.id });
    if (outcome.ok) {
      this.createForm()?.reset({ name: '', externalId: null });
      this.tree()?.reveal([parent.id, ...ancestorIds(this.store.units(), parent.id)]);
      this.succeed('admin.orgUnits.create.saved', {
        name: outcome.value.name,
        parent: parent.name,
      });
    } else {
      this.fail('create', outcome.failure, 'admin.orgUnits.create.notSaved');
      this.createForm()?.showFailure(outcome.failure);
    }
  }

  protected async move(unit: OrgUnitView, parentId: string): Promise<void> {
    this.problem.set(null);
    const outcome = await this.store.update(unit.id, { parentId });
    if (outcome.ok) {
      this.tree()?.reveal(ancestorIds(this.store.units(), unit.id));
      this.succeed('admin.orgUnits.move.saved', {
        name: unit.name,
        parent: this.store.unit(parentId)?.name ?? '',
      });
    } else {
      this.fail('move', outcome.failure, 'admin.orgUnits.move.notSaved');
      this.moveForm()?.showFailure(outcome.failure);
    }
  }

  private succeed(key: UiKey, params: Record<string, string>): void {
    this.successText.set(this.language.t(key, params));
    afterNextRender(() => this.statusBox()?.nativeElement.focus(), { injector: this.injector });
  }

  private fail(form: UnitForm, failure: AdminFailure, key: UiKey): void {
    this.successText.set('');
    this.problem.set({ form, problem: formProblem(failure, key, FIELD_LABELS, this.language) });
  }
}
