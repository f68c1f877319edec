import type { OrgUnitKind, OrgUnitView } from '@lederloeft/contracts';
import { ORG_UNIT_KINDS } from '@lederloeft/contracts';

/** A unit in the tree, with its children in the API's order (by path). */
export interface OrgTreeNode {
  unit: OrgUnitView;
  depth: number;
  children: OrgTreeNode[];
}

/** The units as a tree, siblings by name; a unit whose parent is missing is shown at the top. */
export function buildTree(units: readonly OrgUnitView[]): OrgTreeNode[] {
  const known = new Set(units.map((u) => u.id));
  const children = new Map<string | null, OrgUnitView[]>();
  for (const unit of units) {
    const parent = unit.parentId !== null && known.has(unit.parentId) ? unit.parentId : null;
    children.set(parent, [...(children.get(parent) ?? []), unit]);
  }
  const node = (unit: OrgUnitView, depth: number): OrgTreeNode => ({
    unit,
    depth,
    children: (children.get(unit.id) ?? [])
      .slice()
      .sort((a, b) => a.name.localeCompare(b.name, 'da'))
      .map((child) => node(child, depth + 1)),
  });
  return (children.get(null) ?? []).map((root) => node(root, 0));
}

/** The nodes a person sees, top to bottom, when the `expanded` nodes are open. */
export function visibleNodes(
  nodes: readonly OrgTreeNode[],
  expanded: ReadonlySet<string>,
): OrgTreeNode[] {
  return nodes.flatMap((n) => [
    n,
    ...(expanded.has(n.unit.id) ? visibleNodes(n.children, expanded) : []),
  ]);
}

/** The ids of `id` and every unit under it. */
export function subtreeIds(units: readonly OrgUnitView[], id: string): Set<string> {
  const ids = new Set([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const unit of units) {
      if (unit.parentId !== null && ids.has(unit.parentId) && !ids.has(unit.id)) {
        ids.add(unit.id);
        grew = true;
      }
    }
  }
  return ids;
}

/** The ids of the units above `id`, nearest first. */
export function ancestorIds(units: readonly OrgUnitView[], id: string): string[] {
  const byId = new Map(units.map((u) => [u.id, u]));
  const result: string[] = [];
  let parent = byId.get(id)?.parentId ?? null;
  while (parent !== null && !result.includes(parent)) {
    result.push(parent);
    parent = byId.get(parent)?.parentId ?? null;
  }
  return result;
}

/** The kind of a child of `kind`, or null under an enhed (the bottom level). */
export function childKind(kind: OrgUnitKind): OrgUnitKind | null {
  return ORG_UNIT_KINDS[ORG_UNIT_KINDS.indexOf(kind) + 1] ?? null;
}

/**
 * Where `unit` may be moved: units exactly one level above it, outside its own subtree,
 * other than its current parent. The kommune at the top is never moved.
 */
export function moveTargets(units: readonly OrgUnitView[], unit: OrgUnitView): OrgUnitView[] {
  if (unit.parentId === null) {
    return [];
  }
  const own = subtreeIds(units, unit.id);
  return units.filter(
    (u) => childKind(u.kind) === unit.kind && !own.has(u.id) && u.id !== unit.parentId,
  );
}
