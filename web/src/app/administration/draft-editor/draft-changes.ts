import {
  BEHAVIOUR_GROUPS,
  type FrameworkDocument,
  type LocalizedText,
} from '@lederloeft/contracts';
import { COMPETENCY_TEXTS } from './draft-form';

/** What a draft changes compared with the edition in force ("Forskelle"). */
export interface DraftChanges {
  /** Texts (Danish, English or both) that read differently. */
  texts: number;
  /** Values, competencies, behaviours and dogmas whose key is new. */
  added: number;
  /** Values, competencies, behaviours and dogmas whose key is gone. */
  removed: number;
  /** Lists (a group of behaviours, dogmas, values, competencies) whose order changed. */
  reordered: number;
}

interface Content {
  /** Every text by a name that survives reordering: `competency:handlekraft.title`. */
  texts: Map<string, LocalizedText>;
  keys: Set<string>;
  /** Each list as its keys in order. */
  lists: Map<string, string[]>;
}

function contentOf(doc: FrameworkDocument): Content {
  const texts = new Map<string, LocalizedText>([['name', doc.name]]);
  const keys = new Set<string>();
  const lists = new Map<string, string[]>();
  for (const field of ['purpose', 'foundation', 'competenciesIntro'] as const) {
    doc[field].forEach((paragraph, i) => texts.set(`${field}[${i}]`, paragraph));
  }
  const list = (name: string, items: readonly { key: string; text: LocalizedText }[]) => {
    lists.set(
      name,
      items.map((i) => i.key),
    );
    for (const item of items) {
      keys.add(item.key);
      texts.set(`item:${item.key}`, item.text);
    }
  };
  doc.values.forEach((value) => {
    keys.add(value.key);
    texts.set(`value:${value.key}.name`, value.name);
    texts.set(`value:${value.key}.description`, value.description);
  });
  lists.set(
    'values',
    doc.values.map((v) => v.key),
  );
  doc.competencies.forEach((c) => {
    keys.add(c.key);
    for (const field of COMPETENCY_TEXTS) {
      texts.set(`competency:${c.key}.${field}`, c[field]);
    }
    for (const group of BEHAVIOUR_GROUPS) {
      list(
        `${c.key}/${group}`,
        c.behaviours.filter((b) => b.group === group),
      );
    }
    list(`${c.key}/dogmas`, c.dogmas);
  });
  lists.set(
    'competencies',
    doc.competencies.map((c) => c.key),
  );
  list('dogmas', doc.dogmas);
  return { texts, keys, lists };
}

const PARAGRAPH = /^(?:purpose|foundation|competenciesIntro)\[/;
const same = (a: LocalizedText, b: LocalizedText) => a.da === b.da && a.en === b.en;

/**
 * Counts what publishing `draft` would change compared with `published`. Items are matched
 * on their keys, so a reworded behaviour is one changed text, not one removed and one added.
 * A paragraph that exists in only one of them counts as a changed text.
 */
export function draftChanges(published: FrameworkDocument, draft: FrameworkDocument): DraftChanges {
  const before = contentOf(published);
  const after = contentOf(draft);
  let texts = 0;
  for (const [name, text] of after.texts) {
    const old = before.texts.get(name);
    // The texts of a new item are counted as the item added.
    if (old ? !same(old, text) : PARAGRAPH.test(name)) {
      texts++;
    }
  }
  for (const name of before.texts.keys()) {
    if (!after.texts.has(name) && PARAGRAPH.test(name)) {
      texts++;
    }
  }
  const added = [...after.keys].filter((key) => !before.keys.has(key)).length;
  const removed = [...before.keys].filter((key) => !after.keys.has(key)).length;
  let reordered = 0;
  for (const [name, keys] of after.lists) {
    const old = before.lists.get(name);
    if (!old) {
      continue;
    }
    const kept = keys.filter((key) => old.includes(key));
    const oldKept = old.filter((key) => keys.includes(key));
    if (kept.join('\n') !== oldKept.join('\n')) {
      reordered++;
    }
  }
  return { texts, added, removed, reordered };
}
