import {
  ChangeDetectionStrategy,
  Component,
  DOCUMENT,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import type { FormArray } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { LanguageService } from '../../i18n/language.service';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { type ItemForm, fieldId, moveItem, newItemForm } from './draft-form';
import { LocalizedField } from './localized-field';

/** Which list: a competency's two groups of behaviours, or dogmas. */
export type ItemListKind = 'frame' | 'personal' | 'dogmas';

const LABELS: Readonly<Record<ItemListKind, { item: UiKey; add: UiKey }>> = {
  frame: { item: 'admin.draftEditor.item.frame', add: 'admin.draftEditor.add.frame' },
  personal: { item: 'admin.draftEditor.item.personal', add: 'admin.draftEditor.add.personal' },
  dogmas: { item: 'admin.draftEditor.item.dogmas', add: 'admin.draftEditor.add.dogmas' },
};

/**
 * A list of behaviours or dogmas: each item's text in both languages and its key, moved up
 * or down with buttons (so the keyboard can do it), removed, and new ones added at the end.
 * Moves, removals and additions are announced, and focus stays where the work goes on.
 */
@Component({
  selector: 'll-item-list',
  imports: [MatButton, TranslatePipe, LocalizedField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (heading(); as heading) {
      <h3 class="items__heading" [id]="idBase() + '-heading'">{{ heading }}</h3>
    }
    @if (!items().length) {
      <p class="ll-meta">{{ 'admin.draftEditor.list.empty' | t }}</p>
    }
    <ol class="items__list" [attr.aria-labelledby]="heading() ? idBase() + '-heading' : null">
      @for (item of items().controls; track item; let i = $index, first = $first, last = $last) {
        <li class="items__item" [attr.data-testid]="'item-' + kind()">
          <ll-localized-field [text]="item.controls.text" [label]="itemLabel(i)" />
          <div class="items__foot">
            <p class="items__key">
              @if (item.controls.key.value; as key) {
                {{ 'admin.draftEditor.key' | t: { key } }}
              } @else {
                {{ 'admin.draftEditor.key.new' | t: { key: newKeys().get(item) ?? '' } }}
              }
            </p>
            <div class="items__actions">
              <button
                matButton
                type="button"
                disabledInteractive
                [id]="actionId(item, 'up')"
                [disabled]="first"
                (click)="move(i, -1)"
              >
                <span aria-hidden="true">↑ </span>{{ 'admin.draftEditor.moveUp' | t
                }}<span class="ll-visually-hidden">: {{ itemLabel(i) }}</span>
              </button>
              <button
                matButton
                type="button"
                disabledInteractive
                [id]="actionId(item, 'down')"
                [disabled]="last"
                (click)="move(i, 1)"
              >
                <span aria-hidden="true">↓ </span>{{ 'admin.draftEditor.moveDown' | t
                }}<span class="ll-visually-hidden">: {{ itemLabel(i) }}</span>
              </button>
              <button matButton type="button" class="items__remove" (click)="remove(i)">
                {{ 'admin.draftEditor.remove' | t
                }}<span class="ll-visually-hidden">: {{ itemLabel(i) }}</span>
              </button>
            </div>
          </div>
        </li>
      }
    </ol>
    <button matButton="outlined" type="button" [id]="idBase() + '-add'" (click)="add()">
      {{ addLabel() | t }}
    </button>
    <p class="ll-visually-hidden" role="status">{{ announcement() }}</p>
  `,
  styles: `
    :host {
      display: block;
      margin-top: 1.5rem;
    }

    .items__heading {
      margin: 0 0 0.75rem;
      font: var(--mat-sys-title-medium);
      font-weight: 700;
    }

    .items__list {
      margin: 0 0 1rem;
      padding: 0;
      list-style: none;
    }

    .items__item {
      padding: 1rem 0 0.5rem;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }

    .items__foot {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.25rem 1rem;
      margin-top: -0.25rem;
    }

    .items__key {
      margin: 0;
      overflow-wrap: anywhere;
      color: var(--mat-sys-on-surface-variant);
      font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
      font-size: 0.875rem;
    }

    .items__actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem;
    }

    .items__remove {
      color: var(--mat-sys-error);
    }
  `,
})
export class ItemList {
  readonly items = input.required<FormArray<ItemForm>>();
  readonly kind = input.required<ItemListKind>();
  /** The list's heading, in the interface language; none when the section names it. */
  readonly heading = input<string | null>(null);
  /** Unique on the page: ids of the heading and the add button are made from it. */
  readonly idBase = input.required<string>();
  /** The keys new items will get on save (from the page, which sees the whole document). */
  readonly newKeys = input.required<ReadonlyMap<ItemForm, string>>();

  private readonly language = inject(LanguageService);
  private readonly document = inject(DOCUMENT);
  private readonly injector = inject(Injector);
  protected readonly announcement = signal('');
  protected readonly addLabel = computed(() => LABELS[this.kind()].add);

  protected itemLabel(index: number): string {
    return this.language.t(LABELS[this.kind()].item, { n: index + 1 });
  }

  protected actionId(item: ItemForm, action: 'up' | 'down'): string {
    return `${fieldId(item)}-${action}`;
  }

  protected move(index: number, delta: -1 | 1): void {
    const list = this.items();
    if (index + delta < 0 || index + delta >= list.length) {
      return;
    }
    const item = list.at(index);
    const label = this.itemLabel(index);
    moveItem(list, index, delta);
    this.announce('admin.draftEditor.moved', { item: label, n: index + delta + 1 });
    // The same button of the moved item; at the top or bottom it is disabled but can
    // still hold focus (disabledInteractive), so the person does not lose their place.
    this.focus(this.actionId(item, delta < 0 ? 'up' : 'down'));
  }

  protected remove(index: number): void {
    const list = this.items();
    const label = this.itemLabel(index);
    list.removeAt(index);
    this.announce('admin.draftEditor.removed', { item: label });
    const next = list.at(Math.min(index, list.length - 1)) as ItemForm | undefined;
    this.focus(next ? fieldId(next.controls.text.controls.da) : `${this.idBase()}-add`);
  }

  protected add(): void {
    const list = this.items();
    const item = newItemForm();
    list.push(item);
    this.announce('admin.draftEditor.added', { item: this.itemLabel(list.length - 1) });
    this.focus(fieldId(item.controls.text.controls.da));
  }

  private announce(key: UiKey, params: Record<string, string | number>): void {
    this.announcement.set(this.language.t(key, params));
  }

  private focus(id: string): void {
    afterNextRender(() => this.document.getElementById(id)?.focus(), {
      injector: this.injector,
    });
  }
}
