import type { OrgUnitView } from '@lederloeft/contracts';
import { ORG_UNITS } from '../testing/admin-fixtures';
import {
  ancestorIds,
  buildTree,
  childKind,
  moveTargets,
  subtreeIds,
  visibleNodes,
} from './org-tree';

const byId = (id: string) => ORG_UNITS.find((u) => u.id === id) as OrgUnitView;

describe('org tree', () => {
  it('builds the tree with depths, siblings by name (Danish order)', () => {
    const tree = buildTree(ORG_UNITS);
    expect(tree.map((n) => n.unit.id)).toEqual(['u-kommune']);
    expect(tree[0].children.map((n) => [n.unit.id, n.depth])).toEqual([
      ['u-boern', 1],
      ['u-social', 1],
    ]);
    expect(tree[0].children[0].children[0].children[0].unit.id).toBe('u-nord');
    const sorted = buildTree([
      ...ORG_UNITS,
      { id: 'u-aa', name: 'Åbo', kind: 'fagomraade', parentId: 'u-kommune', externalId: null },
      { id: 'u-ae', name: 'Ærø', kind: 'fagomraade', parentId: 'u-kommune', externalId: null },
    ]);
    expect(sorted[0].children.map((n) => n.unit.name)).toEqual([
      'Børn og Unge',
      'Social og Sundhed',
      'Ærø',
      'Åbo',
    ]);
  });

  it('lists the nodes a person sees when some are open', () => {
    const tree = buildTree(ORG_UNITS);
    expect(visibleNodes(tree, new Set()).map((n) => n.unit.id)).toEqual(['u-kommune']);
    expect(visibleNodes(tree, new Set(['u-kommune', 'u-social'])).map((n) => n.unit.id)).toEqual([
      'u-kommune',
      'u-boern',
      'u-social',
      'u-pleje',
    ]);
  });

  it('finds a subtree and the units above', () => {
    expect([...subtreeIds(ORG_UNITS, 'u-boern')]).toEqual(['u-boern', 'u-dagtilbud', 'u-nord']);
    expect(ancestorIds(ORG_UNITS, 'u-nord')).toEqual(['u-dagtilbud', 'u-boern', 'u-kommune']);
  });

  it('offers as new parents only units one level up, outside the unit and its current parent', () => {
    expect(childKind('afdeling')).toBe('enhed');
    expect(childKind('enhed')).toBeNull();
    expect(moveTargets(ORG_UNITS, byId('u-dagtilbud')).map((u) => u.id)).toEqual(['u-social']);
    // An enhed goes under an afdeling; Dagtilbud is already Dagtilbud Nord's parent.
    expect(moveTargets(ORG_UNITS, byId('u-nord'))).toEqual([]);
    expect(moveTargets(ORG_UNITS, byId('u-kommune'))).toEqual([]);
  });
});
