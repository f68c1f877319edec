import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { TranslatePipe } from '../../i18n/translate.pipe';
import type { UiKey } from '../../i18n/ui-key';
import { type OrgTreeNode, visibleNodes } from './org-tree';

const KIND_NAMES: Readonly<Record<OrgTreeNode['unit']['kind'], UiKey>> = {
  kommune: 'admin.orgUnits.kind.kommune',
  fagomraade: 'admin.orgUnits.kind.fagomraade',
  afdeling: 'admin.orgUnits.kind.afdeling',
  enhed: 'admin.orgUnits.kind.enhed',
};

/**
 * The org tree as a WAI-ARIA tree view: one tab stop (roving tabindex), arrow keys to move,
 * Right/Left to open and close, Home/End, Enter or Space to choose a unit. Mouse users click
 * a unit to choose it and the triangle to open or close it.
 */
@Component({
  selector: 'll-org-unit-tree',
  imports: [NgTemplateOutlet, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: './org-unit-tree.scss',
  template: `
    <ul
      class="org-tree"
      role="tree"
      data-testid="org-tree"
      [attr.aria-label]="'admin.orgUnits.tree.label' | t"
    >
      <ng-container *ngTemplateOutlet="level; context: { $implicit: nodes() }" />
    </ul>
    <ng-template #level let-nodes>
      @for (node of asNodes(nodes); track node.unit.id) {
        <li
          role="treeitem"
          class="org-tree__item"
          [id]="'org-unit-' + node.unit.id"
          [attr.aria-level]="node.depth + 1"
          [attr.aria-expanded]="node.children.length ? expanded().has(node.unit.id) : null"
          [attr.aria-selected]="node.unit.id === selectedId()"
          [attr.aria-labelledby]="'org-unit-label-' + node.unit.id"
          [attr.tabindex]="node.unit.id === tabStop() ? 0 : -1"
          (keydown)="onKeydown($event, node)"
          (click)="onClick($event, node)"
          (focus)="focused.set(node.unit.id)"
        >
          <div
            class="org-tree__row"
            [class.org-tree__row--selected]="node.unit.id === selectedId()"
          >
            @if (node.children.length) {
              <span
                class="org-tree__toggle"
                data-toggle
                aria-hidden="true"
                [class.org-tree__toggle--open]="expanded().has(node.unit.id)"
              ></span>
            } @else {
              <span class="org-tree__leaf" aria-hidden="true"></span>
            }
            <span class="org-tree__label" [id]="'org-unit-label-' + node.unit.id">
              <span class="org-tree__name">{{ node.unit.name }}</span>
              <span class="org-tree__kind">{{ kindName(node) | t }}</span>
            </span>
          </div>
          @if (node.children.length && expanded().has(node.unit.id)) {
            <ul role="group" class="org-tree__group">
              <ng-container *ngTemplateOutlet="level; context: { $implicit: node.children }" />
            </ul>
          }
        </li>
      }
    </ng-template>
  `,
})
export class OrgUnitTree {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly nodes = input.required<readonly OrgTreeNode[]>();
  readonly selectedId = input<string | null>(null);
  /** Nodes shallower than this are open at first (1: the kommune shows its fagområder). */
  readonly openDepth = input(2);
  readonly selected = output<string>();

  protected readonly expanded = signal<ReadonlySet<string>>(new Set());
  protected readonly focused = signal<string | null>(null);
  private readonly visible = computed(() => visibleNodes(this.nodes(), this.expanded()));
  /** The one node in the tab order: the focused one, else the selected one, else the first. */
  protected readonly tabStop = computed(() => {
    const ids = this.visible().map((n) => n.unit.id);
    const wanted = [this.focused(), this.selectedId()].find((id) => id && ids.includes(id));
    return wanted ?? ids[0] ?? null;
  });

  private initialised = false;

  constructor() {
    // Opens the top levels once the tree first arrives.
    effect(() => {
      const nodes = this.nodes();
      if (this.initialised || !nodes.length) {
        return;
      }
      this.initialised = true;
      const depth = untracked(this.openDepth);
      const open = (list: readonly OrgTreeNode[]): string[] =>
        list.flatMap((n) => (n.depth < depth ? [n.unit.id, ...open(n.children)] : []));
      this.expanded.set(new Set(open(nodes)));
    });
  }

  /** Opens the units above `id`, so that it can be seen. */
  reveal(ids: readonly string[]): void {
    this.expanded.update((set) => new Set([...set, ...ids]));
  }

  protected asNodes(nodes: unknown): readonly OrgTreeNode[] {
    return nodes as readonly OrgTreeNode[];
  }

  protected kindName(node: OrgTreeNode): UiKey {
    return KIND_NAMES[node.unit.kind];
  }

  /** A click on the triangle opens or closes the unit; anywhere else on it chooses it. */
  protected onClick(event: MouseEvent, node: OrgTreeNode): void {
    // The innermost unit clicked acts; the units around it do not.
    event.stopPropagation();
    if (event.target instanceof Element && event.target.closest('[data-toggle]')) {
      this.toggle(node);
      this.focus(node.unit.id);
      return;
    }
    this.focus(node.unit.id);
    this.selected.emit(node.unit.id);
  }

  protected toggle(node: OrgTreeNode): void {
    this.expanded.update((set) => {
      const next = new Set(set);
      if (next.has(node.unit.id)) {
        next.delete(node.unit.id);
      } else {
        next.add(node.unit.id);
      }
      return next;
    });
  }

  protected onKeydown(event: KeyboardEvent, node: OrgTreeNode): void {
    // Keys reach every treeitem around the focused one; only that one acts.
    if (event.target !== event.currentTarget) {
      return;
    }
    const list = this.visible();
    const index = list.findIndex((n) => n.unit.id === node.unit.id);
    const open = this.expanded().has(node.unit.id);
    const move = (to: OrgTreeNode | undefined) => to && this.focus(to.unit.id);
    switch (event.key) {
      case 'ArrowDown':
        move(list[index + 1]);
        break;
      case 'ArrowUp':
        move(list[index - 1]);
        break;
      case 'Home':
        move(list[0]);
        break;
      case 'End':
        move(list[list.length - 1]);
        break;
      case 'ArrowRight':
        if (node.children.length && !open) {
          this.toggle(node);
        } else if (open) {
          move(node.children[0]);
        }
        break;
      case 'ArrowLeft':
        if (open) {
          this.toggle(node);
        } else {
          move(
            list
              .slice(0, index)
              .reverse()
              .find((n) => n.depth === node.depth - 1),
          );
        }
        break;
      case 'Enter':
      case ' ':
        this.selected.emit(node.unit.id);
        break;
      default:
        return;
    }
    event.preventDefault();
  }

  private focus(id: string): void {
    this.focused.set(id);
    this.host.nativeElement.ownerDocument.getElementById(`org-unit-${id}`)?.focus();
  }
}
